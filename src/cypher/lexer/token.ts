// The tokens the Cypher lexer produces and the parser consumes.
// Keywords are not a token kind: a keyword is a `Name` the parser matches case-insensitively.

export type TokenKind =
  /** Identifier or keyword, e.g. `MATCH`, `n`, `date`. */
  | 'Name'
  /** A backtick-quoted name: never a keyword. `value` has the backticks removed. */
  | 'QuotedName'
  /** Decimal, hex or octal integer; `bigint` holds its magnitude (range-checked by the parser). */
  | 'Integer'
  | 'Float'
  | 'String'
  /** A run that starts like a number but is not one (`0x`, `12ab`): an error where a value is needed. */
  | 'BadNumber'
  /** Operator or punctuation; `value` is its text (`(`, `<=`, `..`, `=~`, ...). */
  | 'Punct'
  | 'EOF';

export interface Token {
  kind: TokenKind;
  /** Names and punctuation: the text; strings: the decoded value; numbers: the source text. */
  value: string;
  /** For `Integer`: the unsigned value. */
  bigint?: bigint;
  /** For `Float`: the value. */
  number?: number;
  /** 0-based offset of the first character and just past the last. */
  start: number;
  end: number;
  /** 1-based position of `start`. */
  line: number;
  column: number;
  /** True when whitespace or a comment separates this token from the previous one. */
  spaceBefore: boolean;
}
