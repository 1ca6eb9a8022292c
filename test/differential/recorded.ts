// Neo4j's outcomes of a run, kept in a file: `npm run cypher:diff -- --record F` writes them and
// `--replay F` compares the embedded engine with them without a server (an engine change, or
// an older engine, measured against the same answers in seconds).

import { Node, Path, Relationship, TemporalValue, type CypherValue } from '../../src/cypher/values.js';
import { canonical, Verbatim, type Outcome } from './compare.js';

type Encoded = null | boolean | string | Encoded[] | { i: string } | { f: string } | { c: string } | { m: Record<string, Encoded> };

function encode(v: CypherValue): Encoded {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return { i: `${v}` };
  if (typeof v === 'number') return { f: Object.is(v, -0) ? '-0' : `${v}` };
  if (Array.isArray(v)) return v.map(encode);
  if (v instanceof TemporalValue || v instanceof Node || v instanceof Relationship || v instanceof Path) return { c: canonical(v) };
  return { m: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)])) };
}

function decode(e: Encoded): CypherValue {
  if (e === null || typeof e === 'boolean' || typeof e === 'string') return e;
  if (Array.isArray(e)) return e.map(decode);
  if ('i' in e) return BigInt(e.i);
  if ('f' in e) return e.f === '-0' ? -0 : Number(e.f);
  if ('c' in e) return new Verbatim(e.c) as unknown as CypherValue;
  return Object.fromEntries(Object.entries(e.m).map(([k, x]) => [k, decode(x)]));
}

/** One line of JSON per case: its number and Neo4j's outcome. */
export function encodeOutcome(index: number, o: Outcome): string {
  return JSON.stringify(o.ok ? { index, columns: o.columns, rows: o.rows.map((r) => r.map(encode)) } : { index, error: o.error, code: o.code });
}

export function decodeOutcomes(text: string): Map<number, Outcome> {
  const out = new Map<number, Outcome>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const x = JSON.parse(line) as { index: number; columns?: string[]; rows?: Encoded[][]; error?: string; code?: string };
    out.set(x.index, x.columns ? { ok: true, columns: x.columns, rows: x.rows!.map((r) => r.map(decode)) } : { ok: false, error: x.error!, code: x.code! });
  }
  return out;
}
