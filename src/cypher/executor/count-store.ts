// Relationship counts from the type index: `MATCH ()-[r]->() RETURN type(r), count(*)` and its
// kin get one weighted row per type instead of one row per relationship (Neo4j's count store).

import type * as A from '../ast/ast.js';
import { isAggregateName } from '../functions/aggregates.js';
import { containsAggregate } from '../validate/index.js';
import { Relationship } from '../values.js';
import type { ExecContext, Row } from './context.js';
import { copyRow } from './row.js';

/** Hidden row key: how many rows this one row stands for, in a count-only aggregation. */
export const ROW_WEIGHT = ' weight';

export interface CountedRelationships {
  /** The relationship variable, if named. */
  name: string | null;
  /** The types counted (all types for []). */
  types: string[];
}

function bare(n: A.NodePattern): boolean {
  return n.variable === null && n.labels.length === 0 && n.labelExpression === null && n.properties === null && n.where === null;
}

/**
 * True when `x` reads the relationship only as `type(r)` or `count(r)` and aggregates only with
 * count(*) / count(r), so one row per type weighted by its count gives the same result.
 */
function readsOnlyTypeAndCount(x: unknown, rel: string | null): boolean {
  if (x === null || typeof x !== 'object') return true;
  if (Array.isArray(x)) return x.every((v) => readsOnlyTypeAndCount(v, rel));
  const node = x as A.Expression;
  switch (node.kind) {
    case 'CountStar':
      return true;
    case 'Variable':
      return node.name !== rel;
    case 'FunctionCall': {
      const name = node.namespace.length === 0 ? node.name.toLowerCase() : '';
      const arg = node.arguments.length === 1 ? node.arguments[0]! : null;
      const ofRel = arg !== null && arg.kind === 'Variable' && arg.name === rel;
      if (ofRel && (name === 'type' || (name === 'count' && !node.distinct))) return true;
      if (name !== '' && isAggregateName(name)) return false;
      break;
    }
    case 'PatternExpression':
    case 'PatternComprehension':
    case 'ExistsSubquery':
    case 'CountSubquery':
    case 'CollectSubquery':
      return false;
  }
  return Object.entries(node).every(([k, v]) => k === 'loc' || readsOnlyTypeAndCount(v, rel));
}

/**
 * The shape answered from the type index: a plain MATCH of one directed relationship between two
 * anonymous bare nodes (no WHERE, properties or length), followed by a projection that
 * aggregates, reads the relationship only through type(r) and count(r), and counts only.
 */
export function countedRelationships(match: A.MatchClause, next: A.Clause | undefined): CountedRelationships | null {
  if (match.optional || match.where !== null || match.pattern.parts.length !== 1) return null;
  const part = match.pattern.parts[0]!;
  if (part.variable !== null || part.shortest !== null) return null;
  const { nodes, relationships } = part.element;
  if (nodes.length !== 2 || relationships.length !== 1 || !bare(nodes[0]!) || !bare(nodes[1]!)) return null;
  const rel = relationships[0]!;
  if (rel.direction === 'none' || rel.length !== null || rel.properties !== null || rel.where !== null) return null;
  if (!next || (next.kind !== 'With' && next.kind !== 'Return') || next.star) return null;
  if (!next.items.some((i) => containsAggregate(i.expression))) return null;
  const name = rel.variable?.name ?? null;
  const parts = [next.items, next.orderBy, next.skip, next.limit, next.kind === 'With' ? next.where : null];
  if (!readsOnlyTypeAndCount(parts, name)) return null;
  return { name, types: [...new Set(rel.types)] };
}

/** One row per counted type: the input row, a relationship of that type, and the count as weight. */
export function countedRelationshipRows(spec: CountedRelationships, row: Row, ctx: ExecContext): Row[] {
  const out: Row[] = [];
  for (const [type, count, e] of ctx.store.relTypeCounts(spec.types)) {
    const r = copyRow(row);
    if (spec.name !== null) r[spec.name] = new Relationship(e.key, type, e.source, e.target, e.attrs.properties as never);
    r[ROW_WEIGHT] = count as never;
    out.push(r);
  }
  return out;
}
