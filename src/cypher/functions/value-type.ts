// valueType(): the closed dynamic type of a value as Neo4j 5 names it. A list's element type is
// the normalised union of its elements' types: members in Neo4j's type order, a list type left
// out where another in the union covers it, NOT NULL dropped from every member when an element
// is null, NOTHING for the empty list.

import { TemporalValue, type CypherValue, type TemporalKind } from '../values.js';
import { kindOf } from '../runtime/kind.js';

interface CypherType {
  name: string;
  nullable: boolean;
  /** LIST: the union of its element types. */
  elements?: CypherType[];
}

/** Each temporal kind's Cypher type name, as valueType() and IS :: name them. */
export const TEMPORAL_NAMES: Record<TemporalKind, string> = {
  Date: 'DATE',
  LocalTime: 'LOCAL TIME',
  Time: 'ZONED TIME',
  LocalDateTime: 'LOCAL DATETIME',
  DateTime: 'ZONED DATETIME',
  Duration: 'DURATION',
};

const ORDER = [
  'NOTHING',
  'NULL',
  'BOOLEAN',
  'STRING',
  'INTEGER',
  'FLOAT',
  'DATE',
  'LOCAL TIME',
  'ZONED TIME',
  'LOCAL DATETIME',
  'ZONED DATETIME',
  'DURATION',
  'POINT',
  'NODE',
  'RELATIONSHIP',
  'MAP',
  'LIST',
  'PATH',
];

export function valueType(v: CypherValue): string {
  return render(typeOf(v));
}

function typeOf(v: CypherValue): CypherType {
  if (v === null) return { name: 'NULL', nullable: true };
  if (v instanceof TemporalValue) return { name: TEMPORAL_NAMES[v.kind], nullable: false };
  if (Array.isArray(v)) {
    const types = v.map(typeOf);
    const nullable = types.some((t) => t.name === 'NULL');
    const present = types.filter((t) => t.name !== 'NULL').map((t) => (nullable ? { ...t, nullable: true } : t));
    const elements = present.length > 0 ? union(present) : [{ name: nullable ? 'NULL' : 'NOTHING', nullable }];
    return { name: 'LIST', nullable: false, elements };
  }
  return { name: kindOf(v), nullable: false };
}

/** Whether every value of `b` is a value of `a`. */
function covers(a: CypherType, b: CypherType): boolean {
  if (b.name === 'NOTHING') return true;
  if (a.name !== b.name || (b.nullable && !a.nullable)) return false;
  if (a.name !== 'LIST') return true;
  return elementsOf(b).every((e) => elementsOf(a).some((f) => covers(f, e)));
}

/** A LIST's element types (every LIST has them; other types have none). */
function elementsOf(t: CypherType): CypherType[] {
  return t.elements ?? [];
}

function union(types: CypherType[]): CypherType[] {
  const kept: CypherType[] = [];
  for (const t of types) {
    if (kept.some((k) => covers(k, t))) continue;
    const others = kept.filter((k) => !covers(t, k));
    kept.splice(0, kept.length, ...others, t);
  }
  return kept.sort(compare);
}

function compare(a: CypherType, b: CypherType): number {
  const byName = ORDER.indexOf(a.name) - ORDER.indexOf(b.name);
  if (byName !== 0 || a.name !== 'LIST') return byName;
  const [xs, ys] = [elementsOf(a), elementsOf(b)];
  for (const [i, x] of xs.entries()) {
    const y = ys[i];
    if (y === undefined) break;
    const c = compare(x, y);
    if (c !== 0) return c;
  }
  return xs.length - ys.length;
}

function render(t: CypherType): string {
  if (t.name === 'NULL' || t.name === 'NOTHING') return t.name;
  const name = t.elements ? `LIST<${t.elements.map(render).join(' | ')}>` : t.name;
  return t.nullable ? name : `${name} NOT NULL`;
}
