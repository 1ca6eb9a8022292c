// Count-store plans: `MATCH ()-[r]->() RETURN type(r), count(*)`, `MATCH (n) UNWIND labels(n) AS l
// RETURN l, count(*)` and their kin are answered from the type and label indexes, one row per
// type or label weighted by its count (executor/count-store.ts makes the rows). Whether a query
// has that shape is decided here, from the AST and the variables bound before it; pure.

import type * as A from '../ast/ast.js';
import { isAggregateName } from '../functions/aggregates.js';
import { containsAggregate } from '../ast/expressions.js';
import { isBareNode } from '../ast/patterns.js';

export interface CountedRelationships {
  /** The relationship variable, if named. */
  name: string | null;
  /** The types counted (all types for []). */
  types: string[];
}

/** An anonymous node that tests nothing: `()`. */
const anonymousBare = (n: A.NodePattern): boolean => n.variable === null && isBareNode(n);

/**
 * True when `x` reads the relationship only as `type(r)` or `count(r)` and aggregates only with
 * count(*) / count(r), so one row per type weighted by its count gives the same result.
 */
function readsOnlyTypeAndCount(x: unknown, rel: string | null): boolean {
  return readsOnly(x, rel, 'type');
}

/** True when `x` does not read `variable` except through `fn(variable)` or count(variable). */
function readsOnly(x: unknown, rel: string | null, fn: string): boolean {
  if (x === null || typeof x !== 'object') return true;
  if (Array.isArray(x)) return x.every((v) => readsOnly(v, rel, fn));
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
      if (ofRel && (name === fn || (name === 'count' && !node.distinct))) return true;
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
  return Object.entries(node).every(([k, v]) => k === 'loc' || readsOnly(v, rel, fn));
}

/**
 * The shape answered from the type index: a plain MATCH of one directed relationship (a new
 * variable or none) between two anonymous bare nodes (no WHERE, properties or length), followed by a projection that
 * aggregates, reads the relationship only through type(r) and count(r), and counts only.
 */
export function countedRelationships(match: A.MatchClause, next: A.Clause | undefined, bound: ReadonlySet<string>): CountedRelationships | null {
  if (match.optional || match.where !== null || match.pattern.parts.length !== 1) return null;
  const part = match.pattern.parts[0]!;
  if (part.variable !== null || part.shortest !== null) return null;
  const { nodes, relationships } = part.element;
  if (nodes.length !== 2 || relationships.length !== 1 || !anonymousBare(nodes[0]!) || !anonymousBare(nodes[1]!)) return null;
  const rel = relationships[0]!;
  if (rel.direction === 'none' || rel.length !== null || rel.properties !== null || rel.where !== null) return null;
  if (!next || (next.kind !== 'With' && next.kind !== 'Return') || next.star) return null;
  if (!next.items.some((i) => containsAggregate(i.expression))) return null;
  const name = rel.variable?.name ?? null;
  if (name !== null && bound.has(name)) return null;
  const parts = [next.items, next.orderBy, next.skip, next.limit, next.kind === 'With' ? next.where : null];
  if (!readsOnlyTypeAndCount(parts, name)) return null;
  return { name, types: [...new Set(rel.types)] };
}

/** `MATCH (n) UNWIND labels(n) AS label` counted per label: the variable the labels go to. */
export interface CountedLabels {
  /** The node variable (bound to one node of the label, for count(n)). */
  node: string;
  label: string;
}

/**
 * The shape answered from the label index: a plain MATCH of one bare new node `(n)` (no WHERE), then
 * `UNWIND labels(n) AS label`, then a projection that aggregates, counts only (count(*),
 * count(label)) and does not read n: one row per label, weighted by its node count.
 */
export function countedLabels(
  match: A.MatchClause,
  unwind: A.Clause | undefined,
  next: A.Clause | undefined,
  bound: ReadonlySet<string>,
): CountedLabels | null {
  if (match.optional || match.where !== null || match.pattern.parts.length !== 1) return null;
  const part = match.pattern.parts[0]!;
  if (part.variable !== null || part.shortest !== null) return null;
  const { nodes, relationships } = part.element;
  const node = nodes[0]!;
  if (relationships.length !== 0 || node.variable === null) return null;
  if (node.labels.length > 0 || node.labelExpression !== null || node.properties !== null || node.where !== null) return null;
  const n = node.variable.name;
  if (bound.has(n)) return null;
  if (!unwind || unwind.kind !== 'Unwind') return null;
  const e = unwind.expression;
  if (e.kind !== 'FunctionCall' || e.namespace.length > 0 || e.name.toLowerCase() !== 'labels' || e.arguments.length !== 1) return null;
  const arg = e.arguments[0]!;
  if (arg.kind !== 'Variable' || arg.name !== n) return null;
  if (!next || (next.kind !== 'With' && next.kind !== 'Return') || next.star) return null;
  if (!next.items.some((i) => containsAggregate(i.expression))) return null;
  const parts = [next.items, next.orderBy, next.skip, next.limit, next.kind === 'With' ? next.where : null];
  // n is read only as count(n); every aggregate is count(*) or count(n).
  if (!readsOnly(parts, n, '')) return null;
  return { node: n, label: unwind.variable.name };
}
