// A deliberately small Cypher interpreter for the temporal TCK scenarios, so the temporal module
// can be checked against them before the real engine runs: literals, maps, lists, function
// calls, property access, arithmetic and comparison, in CREATE / MATCH (n:L) / WITH / RETURN.

import {
  compareTemporal,
  temporalArithmetic,
  temporalEquals,
  temporalFunctions,
  temporalProperty,
  temporalToCypherString,
} from '../../../src/cypher/temporal/index.js';
import { TemporalValue, type CypherMap, type CypherValue } from '../../../src/cypher/values.js';

type Expr =
  | { kind: 'lit'; value: CypherValue }
  | { kind: 'var'; name: string }
  | { kind: 'map'; entries: [string, Expr][] }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'prop'; target: Expr; key: string }
  | { kind: 'bin'; op: string; left: Expr; right: Expr }
  | { kind: 'neg'; operand: Expr };

/** Raised for query text outside the small language this interpreter covers. */
export class Unsupported extends Error {}

const TOKEN = /\s*(?:(\d+\.\d+(?:e-?\d+)?|\d+)|('(?:[^'\\]|\\.)*')|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|<>|[-+*/=<>(){}[\],.:]))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(`cannot tokenize at ${src.slice(TOKEN.lastIndex)}`);
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  }
  return out;
}

class ExprParser {
  private i = 0;
  constructor(private readonly t: string[]) {}
  peek(): string | undefined {
    return this.t[this.i];
  }
  next(): string {
    const tok = this.t[this.i++];
    if (tok === undefined) throw new Unsupported('unexpected end');
    return tok;
  }
  expect(tok: string): void {
    const got = this.next();
    if (got.toUpperCase() !== tok.toUpperCase()) throw new Unsupported(`expected ${tok}, got ${got}`);
  }
  atEnd(): boolean {
    return this.i >= this.t.length;
  }
  // comparison := additive (('=' | '<>' | '<' | '>' | '<=' | '>=') additive)?
  comparison(): Expr {
    const left = this.additive();
    const op = this.peek();
    if (op && ['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      this.next();
      return { kind: 'bin', op, left, right: this.additive() };
    }
    return left;
  }
  additive(): Expr {
    let e = this.multiplicative();
    while (this.peek() === '+' || this.peek() === '-') e = { kind: 'bin', op: this.next(), left: e, right: this.multiplicative() };
    return e;
  }
  multiplicative(): Expr {
    let e = this.unary();
    while (this.peek() === '*' || this.peek() === '/') e = { kind: 'bin', op: this.next(), left: e, right: this.unary() };
    return e;
  }
  unary(): Expr {
    if (this.peek() === '-') {
      this.next();
      return { kind: 'neg', operand: this.unary() };
    }
    let e = this.primary();
    while (this.peek() === '.') {
      this.next();
      e = { kind: 'prop', target: e, key: this.next() };
    }
    return e;
  }
  primary(): Expr {
    const tok = this.next();
    if (/^\d+\.\d+/.test(tok)) return { kind: 'lit', value: Number(tok) };
    if (/^\d+$/.test(tok)) return { kind: 'lit', value: BigInt(tok) };
    if (tok.startsWith("'")) return { kind: 'lit', value: tok.slice(1, -1).replace(/\\(.)/g, '$1') };
    if (tok === '(') {
      const e = this.comparison();
      this.expect(')');
      return e;
    }
    if (tok === '{') {
      const entries: [string, Expr][] = [];
      while (this.peek() !== '}') {
        const key = this.next();
        this.expect(':');
        entries.push([key, this.comparison()]);
        if (this.peek() === ',') this.next();
      }
      this.next();
      return { kind: 'map', entries };
    }
    if (tok === '[') {
      const items: Expr[] = [];
      while (this.peek() !== ']') {
        items.push(this.comparison());
        if (this.peek() === ',') this.next();
      }
      this.next();
      return { kind: 'list', items };
    }
    const lower = tok.toLowerCase();
    if (lower === 'null') return { kind: 'lit', value: null };
    if (lower === 'true' || lower === 'false') return { kind: 'lit', value: lower === 'true' };
    let name = tok;
    // A dotted name followed by '(' is a namespaced function: date.truncate(...).
    while (this.peek() === '.' && this.t[this.i + 2] === '(') {
      this.next();
      name += '.' + this.next();
    }
    if (this.peek() === '(') {
      this.next();
      const args: Expr[] = [];
      while (this.peek() !== ')') {
        args.push(this.comparison());
        if (this.peek() === ',') this.next();
      }
      this.next();
      return { kind: 'call', name, args };
    }
    return { kind: 'var', name };
  }
}

const CTX = { now: new Date() };

function evaluate(e: Expr, env: Record<string, CypherValue>): CypherValue {
  switch (e.kind) {
    case 'lit':
      return e.value;
    case 'var':
      if (!(e.name in env)) throw new Unsupported(`unbound ${e.name}`);
      return env[e.name]!;
    case 'map': {
      const m: CypherMap = {};
      for (const [k, v] of e.entries) m[k] = evaluate(v, env);
      return m;
    }
    case 'list':
      return e.items.map((i) => evaluate(i, env));
    case 'call': {
      const args = e.args.map((a) => evaluate(a, env));
      if (e.name.toLowerCase() === 'tostring')
        return args[0] instanceof TemporalValue ? temporalToCypherString(args[0]) : args[0] === null ? null : String(args[0]);
      const fn = temporalFunctions[e.name.toLowerCase()];
      if (!fn) throw new Unsupported(`function ${e.name}`);
      return fn(args, CTX);
    }
    case 'prop': {
      const target = evaluate(e.target, env);
      if (target === null) return null;
      if (target instanceof TemporalValue) return temporalProperty(target, e.key);
      if (typeof target === 'object' && !Array.isArray(target)) return (target as CypherMap)[e.key] ?? null;
      throw new Unsupported('property of a non-map');
    }
    case 'neg': {
      const v = evaluate(e.operand, env);
      if (typeof v === 'bigint' || typeof v === 'number') return -v;
      return temporalArithmetic('*', v, -1n) ?? null;
    }
    case 'bin': {
      const a = evaluate(e.left, env);
      const b = evaluate(e.right, env);
      if (['+', '-', '*', '/'].includes(e.op)) {
        const r = temporalArithmetic(e.op as '+', a, b);
        if (r === undefined) throw new Unsupported(`non-temporal arithmetic ${e.op}`);
        return r;
      }
      if (a === null || b === null) return null;
      if (!(a instanceof TemporalValue) || !(b instanceof TemporalValue)) throw new Unsupported('non-temporal comparison');
      if (e.op === '=') return temporalEquals(a, b);
      if (e.op === '<>') return !temporalEquals(a, b);
      const c = compareTemporal(a, b);
      if (c === null) return null;
      return e.op === '<' ? c < 0 : e.op === '>' ? c > 0 : e.op === '<=' ? c <= 0 : c >= 0;
    }
  }
}

/** A node the interpreter's CREATE made: its labels and property values. */
interface MiniNode {
  labels: string[];
  properties: CypherMap;
}

export interface MiniResult {
  columns: string[];
  rows: CypherValue[][];
}

/** Split a comma-separated projection list at top level, keeping each item's source text. */
function splitItems(src: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "'" && src[i - 1] !== '\\') quote = !quote;
    if (quote) continue;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      items.push(src.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(src.slice(start).trim());
  return items;
}

function parseExpr(src: string): Expr {
  const p = new ExprParser(tokenize(src));
  const e = p.comparison();
  if (!p.atEnd()) throw new Unsupported(`trailing text in ${src}`);
  return e;
}

/** `expr AS alias` or a bare expression named by its text. */
function projection(item: string): { name: string; expr: Expr } {
  const m = /^(.*?)\s+AS\s+([A-Za-z_][A-Za-z0-9_]*)$/is.exec(item);
  return m ? { name: m[2]!, expr: parseExpr(m[1]!) } : { name: item, expr: parseExpr(item) };
}

const NODE_HEAD = /\(\s*([A-Za-z_][A-Za-z0-9_]*)?\s*(?::\s*([A-Za-z_][A-Za-z0-9_]*))?\s*/y;

/** The node patterns `(name:Label {props})` of a CREATE or MATCH body, props as source text. */
function nodePatterns(body: string): { name?: string; label?: string; props?: string }[] {
  const out: { name?: string; label?: string; props?: string }[] = [];
  for (let i = body.indexOf('('); i >= 0; i = body.indexOf('(', i + 1)) {
    NODE_HEAD.lastIndex = i;
    const m = NODE_HEAD.exec(body);
    if (!m) continue;
    let j = NODE_HEAD.lastIndex;
    let props: string | undefined;
    if (body[j] === '{') {
      let depth = 0;
      const start = j;
      for (; j < body.length; j++) {
        if (body[j] === '{') depth++;
        else if (body[j] === '}' && --depth === 0) break;
      }
      props = body.slice(start, j + 1);
      j++;
    }
    while (body[j] === ' ') j++;
    if (body[j] !== ')') continue;
    const p: { name?: string; label?: string; props?: string } = {};
    if (m[1]) p.name = m[1];
    if (m[2]) p.label = m[2];
    if (props) p.props = props;
    out.push(p);
    i = j;
  }
  return out;
}

/** A graph of bare nodes and the queries the temporal scenarios run on it. */
export class MiniGraph {
  nodes: MiniNode[] = [];

  run(query: string): MiniResult {
    const clauses = query
      .split(/\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' ')
      .split(/\s(?=(?:CREATE|MATCH|WITH|RETURN)\s)/);
    let rows: Record<string, CypherValue>[] = [{}];
    for (const clause of clauses) {
      const [, keyword, body] = /^(CREATE|MATCH|WITH|RETURN)\s+(.*)$/s.exec(clause.trim()) ?? [];
      if (!keyword || body === undefined) throw new Unsupported(`clause ${clause}`);
      if (keyword === 'CREATE') {
        for (const p of nodePatterns(body)) {
          const props = p.props ? (evaluate(parseExpr(p.props), {}) as CypherMap) : {};
          this.nodes.push({ labels: p.label ? [p.label] : [], properties: props });
        }
        rows = [];
      } else if (keyword === 'MATCH') {
        for (const { name, label } of nodePatterns(body)) {
          const matches = this.nodes.filter((n) => !label || n.labels.includes(label));
          rows = rows.flatMap((r) => matches.map((n) => ({ ...r, [name ?? '_']: n.properties as CypherValue })));
        }
      } else {
        const items = splitItems(body).map(projection);
        const projected = rows.map((r) => Object.fromEntries(items.map((it) => [it.name, evaluate(it.expr, r)])));
        if (keyword === 'RETURN') return { columns: items.map((i) => i.name), rows: projected.map((r) => items.map((i) => r[i.name]!)) };
        rows = projected;
      }
    }
    return { columns: [], rows: [] };
  }
}
