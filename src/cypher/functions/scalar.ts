// The scalar function library: string, list, maths, type conversion and graph functions,
// keyed by lower-case name. Each takes evaluated arguments and the evaluation context.

import { elementAt } from '../../errors.js';
import { Node, Path, Relationship, TemporalValue, type CypherMap, type CypherValue } from '../values.js';
import { runtimeArgumentError, runtimeError, runtimeTypeError } from '../errors.js';
import { typeName } from '../runtime/kind.js';
import { fromStored } from '../runtime/stored.js';
import { toBoolean, toCypherString, toFloat, toInteger, trimWhitespace } from '../runtime/conversion.js';
import { cypherEquals } from '../runtime/equality.js';
import { roundDecimal, roundingMode } from './rounding.js';
import { valueType } from './value-type.js';
import { isInNeo4jOrder, neo4jMapKeyOrder } from './neo4j-map-order.js';

/** What a function may need beyond its arguments. */
export interface FunctionContext {
  /** Numeric id of a node or relationship key, stable within the engine. */
  numericId(kind: 'node' | 'rel', key: string): bigint;
  /** Whether a node/relationship has been deleted. */
  isDeleted(v: Node | Relationship): boolean;
  nodeOf(key: string): Node;
  now: Date;
  /** Check the deadline and the heap now and then: called inside long loops. */
  tick(): void;
  /** Sizes a function may build: checked before a list or string is made. */
  readonly budget: { list(length: number, what?: string): void; string(length: number, what?: string): void };
}

export type ScalarFunction = (args: CypherValue[], ctx: FunctionContext) => CypherValue;

interface Spec {
  fn: ScalarFunction;
  min: number;
  max: number;
}

// An argument is `undefined` only past the arguments given, which the arity check (min, max)
// rules out; the helpers take it and treat it as null, so no call needs a `!`.

function bad(name: string, v: CypherValue | undefined): Error {
  return runtimeTypeError('InvalidArgumentValue', `${name}() got an argument of type ${typeName(v ?? null)}`);
}

function num(name: string, v: CypherValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw bad(name, v);
}

function str(name: string, v: CypherValue | undefined): string {
  if (typeof v === 'string') return v;
  throw bad(name, v);
}

function int(name: string, v: CypherValue | undefined): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw bad(name, v);
}

/** A maths function of one numeric argument, null in null out. */
function math1(name: string, f: (x: number) => number): Spec {
  return {
    min: 1,
    max: 1,
    fn: ([x]) => (x === null ? null : f(num(name, x))),
  };
}

function strFn(name: string, f: (s: string) => CypherValue): Spec {
  return { min: 1, max: 1, fn: ([s]) => (s === null ? null : f(str(name, s))) };
}

function props(v: Node | Relationship): CypherMap {
  const out: CypherMap = {};
  for (const [k, val] of Object.entries(v.properties)) out[k] = fromStored(val);
  return out;
}

/** Java's Math.round: the closest integer, ties towards positive infinity; -0.4 gives -0.0. */
/**
 * Java's Math.round, as Neo4j's round(x) uses it: halves up, and a value past the 64-bit range
 * saturates at ±2^63 (round(1e300) is 9.223372036854776E18); zero is never -0.0.
 */
function roundHalfUp(x: number): number {
  const r = Math.round(x);
  return r === 0 ? 0 : Math.max(-(2 ** 63), Math.min(2 ** 63, r));
}

// Neo4j counts and cuts strings in code points, so an emoji is one character, not two halves.
const SURROGATE = /[\uD800-\uDFFF]/;
const charsOf = (t: string): string[] => (SURROGATE.test(t) ? Array.from(t) : t.split(''));
const lengthOf = (t: string): number => (SURROGATE.test(t) ? Array.from(t).length : t.length);
const slice = (t: string, from: number, to?: number): string => (SURROGATE.test(t) ? Array.from(t).slice(from, to).join('') : t.slice(from, to));

const HIGH_WORD = new DataView(new ArrayBuffer(8));

/** The exponent bits of a double with its top mantissa bits (fdlibm's high word, sign off). */
function highWord(x: number): number {
  HIGH_WORD.setFloat64(0, x);
  return HIGH_WORD.getInt32(0) & 0x7fffffff;
}

/**
 * Math.atan2 as Java's StrictMath (fdlibm) gives it, which Neo4j calls. V8's port differs in one
 * case: |y / x| beyond 2^60 with x negative, where Java computes π - (π/2 - π_lo) one ulp away
 * from π/2 (atan2(-1e308, -42) is -1.5707963267948968 on Neo4j).
 */
function javaAtan2(y: number, x: number): number {
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== 0 && (highWord(y) - highWord(x)) >> 20 > 60) {
    const PI_LO = 1.2246467991473532e-16;
    const z = Math.PI / 2 + 0.5 * PI_LO;
    return y > 0 ? Math.PI - (z - PI_LO) : z - PI_LO - Math.PI;
  }
  return Math.atan2(y, x);
}

/** substring() reads its start and length as Java ints, as Neo4j does. */
function javaInt(what: 'start' | 'length', v: bigint): bigint {
  if (v < -(2n ** 31n) || v > 2n ** 31n - 1n) {
    throw runtimeArgumentError(
      'NumberOutOfRange',
      `Invalid input for ${what} value in function 'substring()': Expected an integer between -2147483648 and 2147483647, but got: ${v}`,
    );
  }
  return v;
}

/** trim(), ltrim(), rtrim() and btrim() with an optional string of characters to take off. */
function trimmer(name: string, leading: boolean, trailing: boolean): Spec {
  return {
    min: 1,
    max: 2,
    fn: ([s, chars]) => {
      if (s === null || chars === null) return null;
      const text = str(name, s);
      if (chars === undefined) return trimWhitespace(text, leading, trailing);
      return trimCharacters(text, str(name, chars), leading, trailing);
    },
  };
}

/**
 * `text` without the `characters` at its start (`leading`) and end (`trailing`). `keepFirst`: never
 * take off the first character from the end, as Neo4j 5.26 trims a string held as UTF-8 (see
 * `heldAsUtf8` in executor/expressions.ts).
 */
export function trimCharacters(text: string, characters: string, leading: boolean, trailing: boolean, keepFirst = false): string {
  const set = new Set(Array.from(characters));
  const cs = Array.from(text);
  let from = 0;
  let to = cs.length;
  if (leading) while (from < to && set.has(elementAt(cs, from))) from++;
  const floor = keepFirst ? Math.min(1, to) : from;
  if (trailing) while (to > Math.max(from, floor) && set.has(elementAt(cs, to - 1))) to--;
  return cs.slice(from, to).join('');
}

/**
 * Neo4j 5's vector similarities work on 32-bit floats, as its vector indexes store them: every
 * product and sum rounded to a float, the result too. Neo4j sums vectorised (in lanes, fused
 * multiply-adds) on some vectors, so a cosine can differ from it in the float's last bit.
 */
function vectorOf(fn: string, which: 'a' | 'b', v: CypherValue | undefined): Float32Array {
  if (!Array.isArray(v))
    throw runtimeTypeError('InvalidArgumentType', `Type mismatch: expected List<Float>, List<Integer> or List<Number> but was ${typeName(v ?? null)}`);
  const out = new Float32Array(v.length);
  v.forEach((x, i) => {
    if (x !== null && typeof x !== 'number' && typeof x !== 'bigint') {
      throw runtimeTypeError('InvalidArgumentType', `Type mismatch: expected List<Float>, List<Integer> or List<Number> but was List<${typeName(x)}>`);
    }
    out[i] = x === null ? Number.NaN : Number(x);
  });
  if (out.length === 0 || out.some((x) => !Number.isFinite(x))) throw invalidVector(fn, which);
  return out;
}

function invalidVector(fn: string, which: 'a' | 'b'): Error {
  return runtimeArgumentError('InvalidArgumentValue', `Invalid input for '${fn}()': Argument ${which} is not a valid vector for this similarity function`);
}

function similarity(fn: string, f: (a: Float32Array, b: Float32Array) => number): Spec {
  return {
    min: 2,
    max: 2,
    fn: ([x, y]) => {
      if (x === null || y === null) return null;
      const [a, b] = [vectorOf(fn, 'a', x), vectorOf(fn, 'b', y)];
      if (a.length !== b.length) {
        throw runtimeArgumentError('InvalidArgumentValue', `Invalid input for '${fn}()': The supplied vectors do not have the same number of dimensions`);
      }
      return f(a, b);
    },
  };
}

const fround = Math.fround;

function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  let [dot, normA, normB] = [0, 0, 0];
  for (const [i, x] of a.entries()) {
    const y = elementAt(b, i);
    dot = fround(dot + fround(x * y));
    normA = fround(normA + fround(x * x));
    normB = fround(normB + fround(y * y));
  }
  if (normA === 0) throw invalidVector('vector.similarity.cosine', 'a');
  if (normB === 0) throw invalidVector('vector.similarity.cosine', 'b');
  const cosine = fround(dot / Math.sqrt(normA * normB));
  return fround((1 + cosine) / 2);
}

function euclideanSimilarity(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (const [i, x] of a.entries()) {
    const d = fround(x - elementAt(b, i));
    sum = fround(sum + fround(d * d));
  }
  return fround(1 / fround(1 + sum));
}

const SPECS: Record<string, Spec> = {
  'vector.similarity.cosine': similarity('vector.similarity.cosine', cosineSimilarity),
  'vector.similarity.euclidean': similarity('vector.similarity.euclidean', euclideanSimilarity),
  // ---- maths
  abs: {
    min: 1,
    max: 1,
    // Java's Math.abs, which Neo4j calls: the smallest INTEGER is its own absolute value.
    fn: ([x]) => (x === null ? null : typeof x === 'bigint' ? (x === -(2n ** 63n) ? x : x < 0n ? -x : x) : Math.abs(num('abs', x))),
  },
  ceil: math1('ceil', Math.ceil),
  floor: math1('floor', Math.floor),
  round: {
    min: 1,
    max: 3,
    fn: ([x, p, mode]) => {
      if (x === null || p === null) return null;
      const v = num('round', x);
      if (p === undefined) return roundHalfUp(v);
      const precision = Number(int('round', p));
      // Neo4j's two-argument form rounds to an integer as Math.round does (-1.5 gives -1.0), and
      // to decimal places as BigDecimal HALF_UP does (-1.25 gives -1.3).
      if (mode === undefined || mode === null) {
        if (precision < 0) return roundDecimal(v, precision, 'HALF_UP') || 0;
        return precision === 0 ? roundHalfUp(v) : roundDecimal(v, precision, 'HALF_UP') || 0;
      }
      // BigDecimal has no negative zero: round(-0.001, 2, 'UP') is 0.0 in Neo4j.
      return roundDecimal(v, precision, roundingMode(str('round', mode))) || 0;
    },
  },
  sign: {
    min: 1,
    max: 1,
    // sign(NaN) is 0 in Neo4j (Java's Math.signum gives NaN, which Neo4j casts to an integer).
    fn: ([x]) => (x === null ? null : typeof x === 'bigint' ? (x > 0n ? 1n : x < 0n ? -1n : 0n) : BigInt(Math.sign(num('sign', x)) || 0)),
  },
  sqrt: math1('sqrt', Math.sqrt),
  exp: math1('exp', Math.exp),
  log: math1('log', Math.log),
  log10: math1('log10', Math.log10),
  sin: math1('sin', Math.sin),
  cos: math1('cos', Math.cos),
  tan: math1('tan', Math.tan),
  cot: math1('cot', (x) => 1 / Math.tan(x)),
  asin: math1('asin', Math.asin),
  acos: math1('acos', Math.acos),
  atan: math1('atan', Math.atan),
  atan2: { min: 2, max: 2, fn: ([y, x]) => (y === null || x === null ? null : javaAtan2(num('atan2', y), num('atan2', x))) },
  degrees: math1('degrees', (x) => (x * 180) / Math.PI),
  radians: math1('radians', (x) => (x * Math.PI) / 180),
  haversin: math1('haversin', (x) => (1 - Math.cos(x)) / 2),
  pi: { min: 0, max: 0, fn: () => Math.PI },
  e: { min: 0, max: 0, fn: () => Math.E },
  rand: { min: 0, max: 0, fn: () => Math.random() },
  isnan: { min: 1, max: 1, fn: ([x]) => (x === null ? null : typeof x === 'bigint' ? false : Number.isNaN(num('isNaN', x))) },

  // ---- strings
  toupper: strFn('toUpper', (s) => s.toUpperCase()),
  tolower: strFn('toLower', (s) => s.toLowerCase()),
  upper: strFn('upper', (s) => s.toUpperCase()),
  lower: strFn('lower', (s) => s.toLowerCase()),
  trim: trimmer('trim', true, true),
  ltrim: trimmer('ltrim', true, false),
  rtrim: trimmer('rtrim', false, true),
  btrim: trimmer('btrim', true, true),
  // The form is a keyword in the query (`normalize(s, NFD)`), which the parser turns into text.
  normalize: {
    min: 1,
    max: 2,
    fn: ([s, form]) => (s === null ? null : str('normalize', s).normalize(typeof form === 'string' ? form : 'NFC')),
  },
  replace: {
    min: 3,
    max: 3,
    fn: ([s, a, b], ctx) => {
      if (s === null || a === null || b === null) return null;
      const text = str('replace', s);
      const search = str('replace', a);
      const by = str('replace', b);
      // replace(s, '', x) puts x between every character: the result can dwarf its inputs, so
      // its length is counted, and checked, before it is built (and no list of parts is made).
      let count = 0;
      if (search === '') count = text.length + 1;
      else for (let at = text.indexOf(search); at >= 0; at = text.indexOf(search, at + search.length)) count++;
      if (count === 0) return text;
      ctx.budget.string(text.length + count * (by.length - search.length), 'replace()');
      if (search === '') {
        // As Java's String.replace: `by` before every character (code point, as Neo4j counts
        // them) and at the end. V8's replaceAll('') is very slow on long strings, so the
        // characters are joined instead: a list as long as the text, checked as one.
        if (text === '') return by;
        ctx.budget.list(text.length, 'replace()');
        return by + charsOf(text).join(by) + by;
      }
      // `$` doubled: `$&` and the like in `by` stay literal text.
      return text.replaceAll(search, by.replaceAll('$', '$$$$'));
    },
  },
  substring: {
    min: 2,
    max: 3,
    fn: ([s, start, len]) => {
      if (s === null || start === null) return null;
      const text = str('substring', s);
      const from = Number(javaInt('start', int('substring', start)));
      if (from < 0) throw runtimeArgumentError('NumberOutOfRange', 'substring() start must not be negative');
      if (len === undefined) return slice(text, from);
      if (len === null) return null;
      const n = Number(javaInt('length', int('substring', len)));
      if (n < 0) throw runtimeArgumentError('NumberOutOfRange', 'substring() length must not be negative');
      return slice(text, from, from + n);
    },
  },
  left: {
    min: 2,
    max: 2,
    fn: ([s, n]) => {
      if (s === null) return null;
      if (n === null) throw runtimeArgumentError('InvalidArgumentValue', 'left() length is null');
      const k = Number(int('left', n));
      if (k < 0) throw runtimeArgumentError('NumberOutOfRange', 'left() length must not be negative');
      return slice(str('left', s), 0, k);
    },
  },
  right: {
    min: 2,
    max: 2,
    fn: ([s, n]) => {
      if (s === null) return null;
      if (n === null) throw runtimeArgumentError('InvalidArgumentValue', 'right() length is null');
      const k = Number(int('right', n));
      if (k < 0) throw runtimeArgumentError('NumberOutOfRange', 'right() length must not be negative');
      const t = str('right', s);
      return k === 0 ? '' : slice(t, Math.max(0, lengthOf(t) - k));
    },
  },
  split: {
    min: 2,
    max: 2,
    fn: ([s, d], ctx) => {
      if (s === null || d === null) return null;
      const text = str('split', s);
      // split(s, '') is a list as long as the string: refuse it before it is built.
      if (d === '' || (Array.isArray(d) && d.includes(''))) ctx.budget.list(text.length, 'split()');
      if (Array.isArray(d)) {
        const seps = d.map((x) => str('split', x));
        let parts = [text];
        for (const sep of seps) parts = parts.flatMap((p) => splitText(p, sep));
        return parts;
      }
      return splitText(text, str('split', d));
    },
  },
  reverse: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (typeof x === 'string') return Array.from(x).reverse().join('');
      // A list read straight from a property is refused where the compiler can tell (executor/expressions.ts).
      if (Array.isArray(x)) return [...x].reverse();
      throw bad('reverse', x);
    },
  },
  tostring: { min: 1, max: 1, fn: ([x]) => toCypherString(x ?? null) },
  tostringornull: { min: 1, max: 1, fn: ([x]) => toCypherString(x ?? null, true) },

  // ---- conversion
  tointeger: { min: 1, max: 1, fn: ([x]) => toInteger(x ?? null) },
  tointegerornull: { min: 1, max: 1, fn: ([x]) => toInteger(x ?? null, true) },
  tofloat: { min: 1, max: 1, fn: ([x]) => toFloat(x ?? null) },
  tofloatornull: { min: 1, max: 1, fn: ([x]) => toFloat(x ?? null, true) },
  toboolean: { min: 1, max: 1, fn: ([x]) => toBoolean(x ?? null) },
  tobooleanornull: { min: 1, max: 1, fn: ([x]) => toBoolean(x ?? null, true) },
  tointegerlist: listConv('toIntegerList', (x) => toInteger(x, true)),
  tofloatlist: listConv('toFloatList', (x) => toFloat(x, true)),
  tobooleanlist: listConv('toBooleanList', (x) => toBoolean(x, true)),
  tostringlist: listConv('toStringList', (x) => toCypherString(x, true)),

  // ---- lists and general
  size: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (typeof x === 'string') return BigInt(lengthOf(x));
      if (Array.isArray(x)) return BigInt(x.length);
      throw bad('size', x);
    },
  },
  length: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (x instanceof Path) return BigInt(x.relationships.length);
      throw bad('length', x);
    },
  },
  head: { min: 1, max: 1, fn: ([x]) => (x === null ? null : Array.isArray(x) ? (x[0] ?? null) : fail(bad('head', x))) },
  last: {
    min: 1,
    max: 1,
    fn: ([x]) => (x === null ? null : Array.isArray(x) ? (x.at(-1) ?? null) : fail(bad('last', x))),
  },
  tail: { min: 1, max: 1, fn: ([x]) => (x === null ? null : Array.isArray(x) ? x.slice(1) : fail(bad('tail', x))) },
  isempty: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (typeof x === 'string' || Array.isArray(x)) return x.length === 0;
      if (typeof x === 'object' && !(x instanceof TemporalValue) && !(x instanceof Node) && !(x instanceof Relationship) && !(x instanceof Path))
        return Object.keys(x).length === 0;
      throw bad('isEmpty', x);
    },
  },
  range: {
    min: 2,
    max: 3,
    fn: ([a, b, s], ctx) => {
      if (a === null || b === null || s === null) return null;
      const strict = (v: CypherValue | undefined): bigint => {
        if (typeof v !== 'bigint') throw runtimeArgumentError('InvalidArgumentType', `range() expects INTEGER arguments, got ${typeName(v ?? null)}`);
        return v;
      };
      const from = strict(a);
      const to = strict(b);
      const step = s === undefined ? 1n : strict(s);
      if (step === 0n) throw runtimeArgumentError('NumberOutOfRange', 'range() step must not be zero');
      // The length is known before the list exists: refuse an impossible one outright.
      const length = (step > 0n ? to >= from : to <= from) ? (to - from) / step + 1n : 0n;
      ctx.budget.list(length > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(length), 'range()');
      const out: CypherValue[] = [];
      const safe = BigInt(Number.MAX_SAFE_INTEGER);
      if (from < safe && from > -safe && to < safe && to > -safe && step < safe && step > -safe) {
        // Number arithmetic is far cheaper than bigint for the loop itself.
        const f = Number(from);
        const t = Number(to);
        const st = Number(step);
        if (st > 0)
          for (let i = f; i <= t; i += st) {
            ctx.tick();
            out.push(BigInt(i));
          }
        else
          for (let i = f; i >= t; i += st) {
            ctx.tick();
            out.push(BigInt(i));
          }
        return out;
      }
      if (step > 0n)
        for (let i = from; i <= to; i += step) {
          ctx.tick();
          out.push(i);
        }
      else
        for (let i = from; i >= to; i += step) {
          ctx.tick();
          out.push(i);
        }
      return out;
    },
  },
  coalesce: {
    min: 1,
    max: Infinity,
    fn: (args) => {
      for (const a of args) if (a !== null) return a;
      return null;
    },
  },
  keys: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (x instanceof Node || x instanceof Relationship) return Object.keys(x.properties).filter((k) => x.properties[k] !== null);
      // A map's keys come in the order Neo4j's map keeps them in.
      if (typeof x === 'object' && !Array.isArray(x) && !(x instanceof Path) && !(x instanceof TemporalValue))
        return isInNeo4jOrder(x) ? Object.keys(x) : neo4jMapKeyOrder(Object.keys(x));
      throw bad('keys', x);
    },
  },
  properties: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (x instanceof Node || x instanceof Relationship) return props(x);
      if (typeof x === 'object' && !Array.isArray(x) && !(x instanceof Path) && !(x instanceof TemporalValue)) return x;
      throw bad('properties', x);
    },
  },
  labels: {
    min: 1,
    max: 1,
    fn: ([x], ctx) => {
      if (x === null) return null;
      if (x instanceof Node) {
        if (ctx.isDeleted(x)) throw runtimeError('EntityNotFound', 'DeletedEntityAccess', 'The node has been deleted');
        return [...x.labels];
      }
      throw bad('labels', x);
    },
  },
  type: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (x instanceof Relationship) return x.type;
      throw bad('type', x);
    },
  },
  id: {
    min: 1,
    max: 1,
    fn: ([x], ctx) => {
      if (x === null) return null;
      if (x instanceof Node) return ctx.numericId('node', x.id);
      if (x instanceof Relationship) return ctx.numericId('rel', x.id);
      throw bad('id', x);
    },
  },
  elementid: {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (x instanceof Node || x instanceof Relationship) return x.id;
      throw bad('elementId', x);
    },
  },
  startnode: {
    min: 1,
    max: 1,
    fn: ([x], ctx) => (x === null ? null : x instanceof Relationship ? ctx.nodeOf(x.start) : fail(bad('startNode', x))),
  },
  endnode: {
    min: 1,
    max: 1,
    fn: ([x], ctx) => (x === null ? null : x instanceof Relationship ? ctx.nodeOf(x.end) : fail(bad('endNode', x))),
  },
  nodes: { min: 1, max: 1, fn: ([x]) => (x === null ? null : x instanceof Path ? [...x.nodes] : fail(bad('nodes', x))) },
  relationships: {
    min: 1,
    max: 1,
    fn: ([x]) => (x === null ? null : x instanceof Path ? [...x.relationships] : fail(bad('relationships', x))),
  },
  // exists((a)-->()): validate allows patterns only, compiled as a predicate (whether there is a
  // match) or as the list of matching paths.
  exists: { min: 1, max: 1, fn: ([x]) => (typeof x === 'boolean' ? x : Array.isArray(x) ? x.length > 0 : x !== null) },
  valuetype: { min: 1, max: 1, fn: ([x]) => valueType(x ?? null) },
  timestamp: { min: 0, max: 0, fn: (_a, ctx) => BigInt(ctx.now.getTime()) },
  randomuuid: { min: 0, max: 0, fn: () => crypto.randomUUID() },
  char_length: strFn('char_length', (s) => BigInt(Array.from(s).length)),
  character_length: strFn('character_length', (s) => BigInt(Array.from(s).length)),
  nullif: { min: 2, max: 2, fn: ([a = null, b = null]) => (cypherEquals(a, b) === true ? null : a) },
};

function listConv(name: string, f: (x: CypherValue) => CypherValue): Spec {
  return {
    min: 1,
    max: 1,
    fn: ([x]) => {
      if (x === null) return null;
      if (!Array.isArray(x)) throw bad(name, x);
      return x.map((e) => (e === null ? null : f(e)));
    },
  };
}

function fail(e: Error): never {
  throw e;
}

/** Look up a scalar function by its lower-case full name. */
export function scalarFunction(name: string): Spec | undefined {
  return SPECS[name];
}

export type { Spec as ScalarFunctionSpec };

/** `text` cut at each `sep`; the empty string stays one empty part (JavaScript gives none for `''.split('')`, Neo4j `['']`). */
function splitText(text: string, sep: string): string[] {
  return text === '' ? [''] : text.split(sep);
}
