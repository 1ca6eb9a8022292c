// How the differential test compares one query's outcome on two engines: the same columns, the
// same rows (as a bag, or in the order the query fixes, ties as bags), every value of the same
// type with the same value (1 and 1.0 differ, -0.0 and 0.0 differ, maps compared without key
// order); or both fail. What differs is named by kind for the summary.

import { Node, Path, Relationship, TemporalValue, type CypherValue } from '../../src/cypher/values.js';
import type { Comparison } from './generator.js';

/** One engine's outcome: its columns and rows, or the error it raised. */
export type Outcome = { ok: true; columns: string[]; rows: CypherValue[][] } | { ok: false; error: string; code: string };

export type DifferenceKind = 'only-embedded-fails' | 'only-neo4j-fails' | 'columns' | 'row-count' | 'float-last-digits' | 'value-type' | 'values' | 'order';

export interface Verdict {
  agree: boolean;
  bothFail: boolean;
  kind?: DifferenceKind;
  detail?: string;
}

/** A value kept as its canonical text (a recorded Neo4j outcome, recorded.ts). */
export class Verbatim {
  constructor(readonly text: string) {}
}

/** A value as text that keeps its type: `1` (INTEGER) and `1.0` (FLOAT) differ. */
export function canonical(value: CypherValue, bagList = false): string {
  if (value === null) return 'null';
  if ((value as unknown) instanceof Verbatim) return (value as unknown as Verbatim).text;
  switch (typeof value) {
    case 'bigint':
      return `${value}`;
    case 'number':
      return Number.isNaN(value) ? 'NaN' : Object.is(value, -0) ? '-0.0' : Number.isInteger(value) ? `${value}.0` : `${value}`;
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return String(value);
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => canonical(v));
    if (bagList) parts.sort();
    return `[${parts.join(', ')}]`;
  }
  if (value instanceof TemporalValue) return `${value.kind}(${value.toString()})`;
  if (value instanceof Node) return `Node(${[...value.labels].join(':')} ${canonical(value.properties)})`;
  if (value instanceof Relationship) return `Rel(${value.type} ${canonical(value.properties)})`;
  if (value instanceof Path) return `Path(${value.nodes.map((n) => canonical(n)).join(' ')})`;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${k}: ${canonical(v)}`).join(', ')}}`;
}

function rowText(row: CypherValue[], bagLists: number[]): string {
  return row.map((v, i) => canonical(v, bagLists.includes(i))).join(' | ');
}

/** Whether two outcomes agree under the query's comparison rule, and how they differ when not. */
export function compareOutcomes(embedded: Outcome, neo4j: Outcome, rule: Comparison): Verdict {
  if (!embedded.ok && !neo4j.ok) return { agree: true, bothFail: true };
  if (!embedded.ok) return { agree: false, bothFail: false, kind: 'only-embedded-fails', detail: embedded.error };
  if (!neo4j.ok) return { agree: false, bothFail: false, kind: 'only-neo4j-fails', detail: neo4j.error };
  if (embedded.columns.join('\u0000') !== neo4j.columns.join('\u0000'))
    return { agree: false, bothFail: false, kind: 'columns', detail: `${embedded.columns.join(', ')} vs ${neo4j.columns.join(', ')}` };
  if (embedded.rows.length !== neo4j.rows.length)
    return { agree: false, bothFail: false, kind: 'row-count', detail: `${embedded.rows.length} rows vs ${neo4j.rows.length}` };
  const a = embedded.rows.map((r) => rowText(r, rule.bagListColumns));
  const b = neo4j.rows.map((r) => rowText(r, rule.bagListColumns));
  const groups = (rows: CypherValue[][], texts: string[]): string[][] => {
    if (rule.mode === 'bag') return [[...texts].sort()];
    // Consecutive rows with equal sort keys are a tie: their order is open.
    const out: string[][] = [];
    let lastKey: string | null = null;
    rows.forEach((row, i) => {
      const key = rule.sortColumns.map((c) => canonical(row[c]!, rule.bagListColumns.includes(c))).join(' | ');
      if (key !== lastKey) out.push([]);
      out.at(-1)!.push(texts[i]!);
      lastKey = key;
    });
    return out.map((g) => g.sort());
  };
  const ga = groups(embedded.rows, a).flat();
  const gb = groups(neo4j.rows, b).flat();
  if (ga.join('\n') === gb.join('\n')) return { agree: true, bothFail: false };
  if (rule.mode === 'ordered' && [...a].sort().join('\n') === [...b].sort().join('\n'))
    return { agree: false, bothFail: false, kind: 'order', detail: firstDifference(ga, gb) };
  return { agree: false, bothFail: false, kind: valueDifferenceKind(embedded.rows, neo4j.rows), detail: firstDifference(ga, gb) };
}

function firstDifference(a: string[], b: string[]): string {
  const i = a.findIndex((x, k) => x !== b[k]);
  return `row ${i}: embedded ${a[i]} / neo4j ${b[i]}`;
}

/** 'float-last-digits' when every differing value is a float within a few ulps; 'value-type' when a type differs. */
function valueDifferenceKind(a: CypherValue[][], b: CypherValue[][]): DifferenceKind {
  const flatten = (rows: CypherValue[][]): CypherValue[] => rows.flat().flatMap((v) => (Array.isArray(v) ? v : [v]));
  const fa = flatten(a)
    .map((v) => canonical(v))
    .sort();
  const fb = flatten(b)
    .map((v) => canonical(v))
    .sort();
  const typeOf = (text: string): string =>
    text.startsWith('"') ? 's' : /^-?[\d.]+(e[-+]?\d+)?$/.test(text) ? (text.includes('.') || text.includes('e') ? 'f' : 'i') : text[0]!;
  if (fa.length === fb.length) {
    const types = (xs: string[]) => xs.map(typeOf).sort().join('');
    if (types(fa) !== types(fb)) return 'value-type';
  }
  const na = flatten(a).filter((v): v is number => typeof v === 'number');
  const nb = flatten(b).filter((v): v is number => typeof v === 'number');
  if (na.length === nb.length && na.length > 0) {
    const sa = [...na].sort((x, y) => x - y);
    const sb = [...nb].sort((x, y) => x - y);
    const close = sa.every((x, i) => x === sb[i] || Math.abs(x - sb[i]!) <= 1e-12 * Math.max(Math.abs(x), Math.abs(sb[i]!)));
    const rest = (rows: CypherValue[][]) =>
      flatten(rows)
        .filter((v) => typeof v !== 'number')
        .map((v) => canonical(v))
        .sort()
        .join('\n');
    if (close && rest(a) === rest(b)) return 'float-last-digits';
  }
  return 'values';
}
