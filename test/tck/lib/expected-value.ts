// Parses the TCK's notation for values in result tables and parameter tables:
// null, booleans, integers, floats (NaN, Inf), 'strings', lists, maps, nodes, relationships, paths.

import type { CypherMap, CypherValue } from '../../../src/cypher/values.js';
import { CrimegraphError } from '../../../src/errors.js';

export interface ExpectedNode {
  kind: 'node';
  labels: string[];
  properties: Record<string, Expected>;
}

export interface ExpectedRelationship {
  kind: 'relationship';
  type: string;
  properties: Record<string, Expected>;
}

/** One hop of a path: the relationship, written `-[..]->` (forward) or `<-[..]-` (backward), and the next node. */
export interface ExpectedPathStep {
  relationship: ExpectedRelationship;
  forward: boolean;
  node: ExpectedNode;
}

/** An expected value as written in a TCK table. Temporal values are written as strings. */
export type Expected =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'list'; items: Expected[] }
  | { kind: 'map'; entries: Record<string, Expected> }
  | ExpectedNode
  | ExpectedRelationship
  | { kind: 'path'; start: ExpectedNode; steps: ExpectedPathStep[] };

/** A cell that is not a TCK value. */
export class ExpectedValueSyntaxError extends CrimegraphError {
  override name = 'ExpectedValueSyntaxError';
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super('E_TCK_VALUE', `${message} at offset ${offset} in ${JSON.stringify(source)}`, { position: { offset } });
  }
}

const NAME = /[A-Za-z0-9_$]/;
const NUMBER = /^-?(?:\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+(?:[eE][+-]?\d+)?)/;

/**
 * Parse one table cell in the TCK value notation.
 *
 * @example
 * parseExpected("(:A {name: 'x'})") // { kind: 'node', labels: ['A'], properties: { name: { kind: 'string', value: 'x' } } }
 */
export function parseExpected(source: string): Expected {
  const parser = new ValueParser(source);
  parser.skipSpace();
  const value = parser.parseValue();
  parser.skipSpace();
  if (!parser.atEnd()) parser.fail('unexpected text after the value');
  return value;
}

class ValueParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  fail(message: string): never {
    throw new ExpectedValueSyntaxError(message, this.src, this.pos);
  }

  skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  private expect(text: string): void {
    this.skipSpace();
    if (!this.src.startsWith(text, this.pos)) this.fail(`expected "${text}"`);
    this.pos += text.length;
  }

  private tryWord(word: string): boolean {
    if (!this.src.startsWith(word, this.pos)) return false;
    const after = this.src[this.pos + word.length] ?? '';
    if (NAME.test(after)) return false;
    this.pos += word.length;
    return true;
  }

  // value : node | relationship | path | number | string | bool | null | list | map
  parseValue(): Expected {
    this.skipSpace();
    const ch = this.peek();
    if (ch === '(') return this.parseNode();
    if (ch === '<') return this.parsePath();
    if (ch === '{') return { kind: 'map', entries: this.parseMap() };
    if (ch === '[') {
      // `[:T ...]` is a relationship, `[...]` a list.
      const save = this.pos;
      this.pos++;
      this.skipSpace();
      const isRelationship = this.peek() === ':';
      this.pos = save;
      return isRelationship ? this.parseRelationship() : this.parseList();
    }
    if (ch === "'" || ch === '"') return { kind: 'string', value: this.parseString() };
    if (this.tryWord('null')) return { kind: 'null' };
    if (this.tryWord('true')) return { kind: 'boolean', value: true };
    if (this.tryWord('false')) return { kind: 'boolean', value: false };
    if (this.tryWord('NaN')) return { kind: 'float', value: Number.NaN };
    if (this.tryWord('Infinity') || this.tryWord('Inf')) return { kind: 'float', value: Number.POSITIVE_INFINITY };
    if (this.tryWord('-Infinity') || this.tryWord('-Inf')) return { kind: 'float', value: Number.NEGATIVE_INFINITY };
    return this.parseNumber();
  }

  // number : '-'? digits ('.' digits)? exponent?   (a float has a '.' or an exponent)
  private parseNumber(): Expected {
    const match = NUMBER.exec(this.src.slice(this.pos));
    if (!match) this.fail('expected a value');
    const text = match[0];
    this.pos += text.length;
    if (/[.eE]/.test(text)) return { kind: 'float', value: Number(text) };
    return { kind: 'integer', value: BigInt(text) };
  }

  // string : "'" (char | "\'" | "\\")* "'"   (other backslashes stand for themselves)
  private parseString(): string {
    const quote = this.peek();
    this.pos++;
    let out = '';
    while (!this.atEnd()) {
      const ch = this.src[this.pos++]!;
      if (ch === quote) return out;
      if (ch === '\\' && !this.atEnd()) {
        const next = this.src[this.pos]!;
        if (next === quote || next === '\\' || next === "'" || next === '"') {
          out += next;
          this.pos++;
          continue;
        }
      }
      out += ch;
    }
    return this.fail('string is not closed');
  }

  // list : '[' (value (',' value)*)? ']'
  private parseList(): Expected {
    this.expect('[');
    const items: Expected[] = [];
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos++;
      return { kind: 'list', items };
    }
    for (;;) {
      items.push(this.parseValue());
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      this.expect(']');
      return { kind: 'list', items };
    }
  }

  // map : '{' (key ':' value (',' key ':' value)*)? '}'
  private parseMap(): Record<string, Expected> {
    this.expect('{');
    const entries: Record<string, Expected> = {};
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return entries;
    }
    for (;;) {
      this.skipSpace();
      const key = this.parseName();
      this.expect(':');
      entries[key] = this.parseValue();
      this.skipSpace();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      this.expect('}');
      return entries;
    }
  }

  // name : [A-Za-z0-9_$]+ | '`' ... '`'
  private parseName(): string {
    if (this.peek() === '`') {
      const end = this.src.indexOf('`', this.pos + 1);
      if (end < 0) this.fail('backquoted name is not closed');
      const name = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return name;
    }
    const start = this.pos;
    while (NAME.test(this.peek())) this.pos++;
    if (start === this.pos) this.fail('expected a name');
    return this.src.slice(start, this.pos);
  }

  // node : '(' (':' name)* map? ')'
  private parseNode(): ExpectedNode {
    this.expect('(');
    const labels: string[] = [];
    this.skipSpace();
    while (this.peek() === ':') {
      this.pos++;
      labels.push(this.parseName());
      this.skipSpace();
    }
    const properties = this.peek() === '{' ? this.parseMap() : {};
    this.expect(')');
    return { kind: 'node', labels, properties };
  }

  // relationship : '[' ':' name map? ']'
  private parseRelationship(): ExpectedRelationship {
    this.expect('[');
    this.expect(':');
    const type = this.parseName();
    this.skipSpace();
    const properties = this.peek() === '{' ? this.parseMap() : {};
    this.expect(']');
    return { kind: 'relationship', type, properties };
  }

  // path : '<' node (('-' relationship '->' | '<-' relationship '-') node)* '>'
  private parsePath(): Expected {
    this.expect('<');
    const start = this.parseNode();
    const steps: ExpectedPathStep[] = [];
    for (;;) {
      this.skipSpace();
      if (this.peek() === '>') {
        this.pos++;
        return { kind: 'path', start, steps };
      }
      if (this.peek() === '<' && this.peek(1) === '-') {
        this.pos += 2;
        const relationship = this.parseRelationship();
        this.expect('-');
        steps.push({ relationship, forward: false, node: this.parseNode() });
      } else if (this.peek() === '-') {
        this.pos++;
        const relationship = this.parseRelationship();
        this.expect('->');
        steps.push({ relationship, forward: true, node: this.parseNode() });
      } else {
        this.fail('expected a relationship or the end of the path');
      }
    }
  }
}

/** A parameter value: the TCK notation read as a CypherValue (graph elements are not parameters). */
export function expectedToCypher(value: Expected): CypherValue {
  switch (value.kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'integer':
    case 'float':
    case 'string':
      return value.value;
    case 'list':
      return value.items.map(expectedToCypher);
    case 'map': {
      const map: CypherMap = {};
      for (const [k, v] of Object.entries(value.entries)) map[k] = expectedToCypher(v);
      return map;
    }
    default:
      throw new Error(`a ${value.kind} cannot be a parameter value`);
  }
}
