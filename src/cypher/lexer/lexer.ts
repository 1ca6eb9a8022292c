// Turns Cypher query text into tokens with positions (offset, line, column).
// Comments and whitespace are skipped; string escapes are decoded; bad characters are SyntaxErrors.

import { InvariantError } from '../../errors.js';
import { compileError } from '../errors.js';
import type { Token, TokenKind } from './token.js';

const PUNCT_2 = new Set(['::', '<>', '<=', '>=', '=~', '+=', '..', '!=', '||']);
const PUNCT_1 = new Set([...'()[]{},.:|;+-*/%^=<>$!&?']);

// Dash-like and angle-like characters some editors substitute; openCypher's grammar names
// them, Neo4j rejects them with InvalidUnicodeCharacter.
const UNICODE_LOOKALIKES = /[\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u27E8\u27E9\u3008\u3009\uFE64\uFE65\uFF1C\uFF1E]/u;

const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_PART = /[\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}_$]/u;
const WHITESPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/u;

// ASCII fast paths; the Unicode classes above only for characters beyond ASCII.
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNameStart(source: string, pos: number): boolean {
  const c = source.charCodeAt(pos);
  if (c < 128) return isAsciiLetter(c);
  return NAME_START.test(String.fromCodePoint(source.codePointAt(pos) ?? 0));
}

/** Length of the name part starting at `pos` (0 when none). */
function namePartLength(source: string, pos: number): number {
  const c = source.charCodeAt(pos);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 36 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const ch = String.fromCodePoint(source.codePointAt(pos) ?? 0);
  return NAME_PART.test(ch) ? ch.length : 0;
}

function isWhitespace(c: number, ch: string): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(ch);
}

/** Splits `source` into tokens, ending with one `EOF` token. Throws a compile-time SyntaxError. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let spaceBefore = false;

  const advanceTo = (end: number): void => {
    for (let i = pos; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    pos = end;
  };

  const push = (kind: TokenKind, value: string, end: number, extra?: Partial<Token>): void => {
    const token: Token = { kind, value, start: pos, end, line, column: pos - lineStart + 1, spaceBefore };
    if (extra?.bigint !== undefined) token.bigint = extra.bigint;
    if (extra?.number !== undefined) token.number = extra.number;
    tokens.push(token);
    spaceBefore = false;
    advanceTo(end);
  };

  while (pos < source.length) {
    const ch = source.charAt(pos);
    const c = source.charCodeAt(pos);

    if (isWhitespace(c, ch)) {
      advanceTo(pos + 1);
      spaceBefore = true;
      continue;
    }
    if (ch === '/' && source[pos + 1] === '/') {
      let end = pos + 2;
      while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
      advanceTo(end);
      spaceBefore = true;
      continue;
    }
    if (ch === '/' && source[pos + 1] === '*') {
      const close = source.indexOf('*/', pos + 2);
      if (close < 0) throw compileError(source, pos, 'UnexpectedSyntax', 'Unterminated comment: expected */');
      advanceTo(close + 2);
      spaceBefore = true;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const { value, end } = readString(source, pos);
      push('String', value, end);
      continue;
    }
    if (ch === '`') {
      let end = pos + 1;
      let value = '';
      for (;;) {
        if (end >= source.length) {
          throw compileError(source, pos, 'UnexpectedSyntax', 'Unterminated quoted name: expected `');
        }
        if (source[end] === '`') {
          if (source[end + 1] === '`') {
            value += '`';
            end += 2;
            continue;
          }
          break;
        }
        value += source[end];
        end++;
      }
      push('QuotedName', value, end + 1);
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(source[pos + 1]))) {
      const token = readNumber(source, pos);
      push(token.kind, token.value, token.end, token.extra);
      continue;
    }
    if (isNameStart(source, pos)) {
      let end = pos + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      for (let step = namePartLength(source, end); step > 0; step = namePartLength(source, end)) end += step;
      push('Name', source.slice(pos, end), end);
      continue;
    }
    const two = source.slice(pos, pos + 2);
    if (PUNCT_2.has(two)) {
      push('Punct', two, pos + 2);
      continue;
    }
    if (PUNCT_1.has(ch)) {
      push('Punct', ch, pos + 1);
      continue;
    }
    const code = source.codePointAt(pos) ?? c;
    const chFull = String.fromCodePoint(code);
    if (UNICODE_LOOKALIKES.test(chFull)) {
      throw compileError(
        source,
        pos,
        'InvalidUnicodeCharacter',
        `Invalid input '${chFull}' (U+${code.toString(16).toUpperCase().padStart(4, '0')}): a look-alike of an ASCII operator`,
      );
    }
    throw compileError(source, pos, 'UnexpectedSyntax', `Invalid input '${chFull}': unexpected character`);
  }
  tokens.push({ kind: 'EOF', value: '', start: pos, end: pos, line, column: pos - lineStart + 1, spaceBefore });
  return tokens;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Reads the quoted string starting at `start`, decoding escapes. */
function readString(source: string, start: number): { value: string; end: number } {
  const quote = source.charAt(start);
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= source.length) {
      throw compileError(source, start, 'UnexpectedSyntax', `Unterminated string literal: expected ${quote}`);
    }
    const ch = source.charAt(i);
    if (ch === quote) return { value, end: i + 1 };
    if (ch !== '\\') {
      // Copy the run up to the next quote or backslash at once.
      let j = i + 1;
      while (j < source.length && source[j] !== quote && source[j] !== '\\') j++;
      value += source.slice(i, j);
      i = j;
      continue;
    }
    const esc = source[i + 1];
    switch (esc) {
      case '\\':
      case "'":
      case '"':
        value += esc;
        i += 2;
        break;
      case 'n':
        value += '\n';
        i += 2;
        break;
      case 't':
        value += '\t';
        i += 2;
        break;
      case 'r':
        value += '\r';
        i += 2;
        break;
      case 'b':
        value += '\b';
        i += 2;
        break;
      case 'f':
        value += '\f';
        i += 2;
        break;
      case 'u':
      case 'U': {
        const width = esc === 'u' ? 4 : 8;
        const hex = source.slice(i + 2, i + 2 + width);
        if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
          throw compileError(source, i, 'InvalidUnicodeLiteral', `Invalid unicode escape: expected \\${esc} followed by ${width} hexadecimal digits`);
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) {
          throw compileError(source, i, 'InvalidUnicodeLiteral', `Invalid unicode escape: U+${hex} is beyond U+10FFFF`);
        }
        value += String.fromCodePoint(cp);
        i += 2 + width;
        break;
      }
      default:
        // Neo4j keeps an unknown escape as written.
        value += '\\';
        i += 1;
    }
  }
}

interface NumberToken {
  kind: TokenKind;
  value: string;
  end: number;
  extra: Partial<Token>;
}

/** Reads an integer or float literal; a number glued to letters becomes a `BadNumber` token. */
// Sticky patterns read in place at an offset, without copying the rest of the query.
// Digits may be grouped with underscores, as Neo4j 5 allows: 1_000_000, 0x_FF_FF.
const HEX = /0x((?:_?[0-9a-fA-F])*)/y;
const OCTAL = /0o((?:_?[0-7])*)/y;
const DIGITS = '\\d+(?:_\\d+)*';
const DECIMAL = new RegExp(`(?:${DIGITS}\\.${DIGITS}|\\.${DIGITS}|${DIGITS})(?:[eE][+-]?${DIGITS})?`, 'y');
const GLUED_RUN = /[\p{L}\p{Nd}_.]+/uy;

function matchAt(pattern: RegExp, source: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start;
  return pattern.exec(source);
}

/** A match the caller knows is there (a digit starts a number; a letter after one starts a run). */
function mustMatchAt(pattern: RegExp, source: string, start: number): RegExpExecArray {
  const m = matchAt(pattern, source, start);
  if (!m) throw new InvariantError(`lexer: ${pattern} does not match at ${start}`);
  return m;
}

function readNumber(source: string, start: number): NumberToken {
  const glued = (len: number): NumberToken | undefined => {
    const after = source[start + len];
    if (after !== undefined && /[\p{L}\p{Nd}_]/u.test(after)) {
      const m = mustMatchAt(GLUED_RUN, source, start);
      return { kind: 'BadNumber', value: m[0], end: start + m[0].length, extra: {} };
    }
    return undefined;
  };
  const prefixed = matchAt(HEX, source, start) ?? matchAt(OCTAL, source, start);
  if (prefixed) {
    const text = prefixed[0];
    const bad = glued(text.length);
    if (bad) return bad;
    if (prefixed[1] === '') return { kind: 'BadNumber', value: text, end: start + text.length, extra: {} };
    return { kind: 'Integer', value: text, end: start + text.length, extra: { bigint: BigInt(text.replaceAll('_', '')) } };
  }
  // Float: digits with a fraction and/or exponent. `1..2` is an integer then `..`.
  const [text] = mustMatchAt(DECIMAL, source, start);
  const bad = glued(text.length);
  if (bad) return bad;
  const plain = text.replaceAll('_', '');
  if (/[.eE]/.test(plain)) {
    return { kind: 'Float', value: text, end: start + text.length, extra: { number: Number(plain) } };
  }
  // Legacy octal `017` is rejected by Neo4j 5 (it asks for `0o17`), so it is no number here.
  if (plain.length > 1 && plain[0] === '0') return { kind: 'BadNumber', value: text, end: start + text.length, extra: {} };
  return { kind: 'Integer', value: text, end: start + text.length, extra: { bigint: BigInt(plain) } };
}
