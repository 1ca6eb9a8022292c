// Plans a MATCH pattern as a whole, path selectors included (`MATCH p = SHORTEST 2 (a)-[:R]->+(b)`):
// which strategy finds the paths a selector keeps. `SHORTEST 1` / `ALL SHORTEST` (and
// `SHORTEST 1 GROUPS`, which is ALL SHORTEST) over one quantified relationship is the
// breadth-first shortestPath() search (a cycle back to the start found instead of refused); a
// selector between two nodes bound before the pattern, over one quantified relationship, tries
// one length at a time; any other lists every path of its part and selects from those. Parts without a selector are matched first. The MATCH's WHERE runs
// after the selection, as in Neo4j. Pure: AST, bound variables and statistics in, a plan out.

import type * as A from '../ast/ast.js';
import { partVariables } from '../ast/patterns.js';
import { findAll } from '../ast/visitor.js';
import { planPattern, simplifyQuantified, type PatternPlan } from './pattern-plan.js';
import type { GraphStatistics } from './statistics.js';

/** A MATCH pattern's plan: one without a path selector (or rewritten to shortestPath), or one that selects paths. */
export type MatchPlan = PatternPlan | SelectedPatternPlan;

export interface SelectedPatternPlan {
  kind: 'selected';
  /** The parts without a selector, matched first; null when every part has one. */
  head: PatternPlan | null;
  selected: SelectedPartPlan[];
  /** The MATCH's WHERE, run on what the selectors keep (null without one). */
  where: A.Expression | null;
}

export interface SelectedPartPlan {
  selector: A.PathSelector;
  /** The path's variable: as written, or a hidden one (a leading space) named after its place in the text. */
  pathName: string;
  /** The part matched in full, its selector taken off and its path bound to `pathName`. */
  pattern: PatternPlan;
  strategy: SelectionStrategy;
}

/**
 * How a selected part's paths are found: `deepen` tries one length at a time from `min` (after
 * a breadth-first check that `to` can be reached from `from` at all), matching `pattern` capped
 * at that length (`cappedAt`), until the selection is settled; `list-all` lists every path.
 */
export type SelectionStrategy =
  | { kind: 'deepen'; from: string; to: string; dir: 'out' | 'in' | 'both'; types: readonly string[]; min: number; max: number }
  | BreadthFirstStrategy
  | { kind: 'list-all' };

/**
 * `breadth-first`: one quantified (or variable-length) relationship of plain types towards an end
 * node not bound before (or from a start not bound before, searched from the bound end: `reversed`).
 * From each start node, trails are extended one relationship at a time, level by level; each end
 * node keeps what its selector wants from the first levels that reach it, and once it has that it
 * is settled. A trail is dropped once no unsettled end node can be reached from where it ends, and
 * the search stops when none is left: Neo4j's breadth-first search per end node, not a listing of
 * every trail. `start` lists the start nodes (null when bound); `startTest` and `endTest` check a
 * node against the pattern's node (its labels, properties, WHERE) with its variable bound.
 */
export interface BreadthFirstStrategy {
  kind: 'breadth-first';
  /** The variables of the node searched from and the one searched towards (hidden names for anonymous ones). */
  from: string;
  to: string;
  /** Searched from the pattern's last node back to its first (the path is still written first to last). */
  reversed: boolean;
  /** The relationship's variable (bound to the list of relationships), if written. */
  rel: string | null;
  /** Direction from `from`. */
  dir: 'out' | 'in' | 'both';
  types: readonly string[];
  min: number;
  max: number;
  start: PatternPlan | null;
  startTest: PatternPlan;
  endTest: PatternPlan;
}

/** Plan a MATCH pattern (or a pattern inside an expression); `bound`, `where` and `stats` as for planPattern. */
export function planMatch(parts: readonly A.PatternPart[], bound: ReadonlySet<string>, where: A.Expression | null, stats: GraphStatistics): MatchPlan {
  if (!parts.some((p) => p.selector !== null)) return planPattern(parts, bound, where, stats);
  const shortest = parts.length === 1 ? asShortestPath(simplifyQuantified(parts[0]!)) : null;
  if (shortest) {
    const plan = planPattern([shortest], bound, where, stats);
    // Unlike a written shortestPath(), a selector finds a cycle back to the start.
    return { ...plan, steps: plan.steps.map((s) => (s.kind === 'shortest' && s.sameEnds === 'error' ? { ...s, sameEnds: 'shortest-cycle' } : s)) };
  }
  const plain = parts.filter((p) => p.selector === null);
  const current = new Set(bound);
  const head = plain.length > 0 ? planPattern(plain, bound, null, stats) : null;
  for (const p of plain) partVariables(p).forEach((v) => current.add(v));
  const selected = parts
    .filter((p) => p.selector !== null)
    .map((part): SelectedPartPlan => {
      const pathName = part.variable?.name ?? ` p${part.loc.start}`;
      const whole: A.PatternPart = { ...part, selector: null, variable: { kind: 'Variable', name: pathName, loc: part.loc } };
      const strategy = strategyFor(part, current, stats);
      const pattern = planPattern([whole], new Set(current), null, stats);
      partVariables(whole).forEach((v) => current.add(v));
      return { selector: part.selector!, pathName, pattern, strategy };
    });
  return { kind: 'selected', head, selected, where };
}

/**
 * The pattern plan of a `deepen` strategy's part with its one relationship's upper bound set to
 * `max`: the same steps, a shorter reach.
 */
export function cappedAt(plan: PatternPlan, max: number): PatternPlan {
  return {
    ...plan,
    parts: plan.parts.map((part) => ({
      ...part,
      element: { ...part.element, relationships: part.element.relationships.map((r) => (r.length ? { ...r, length: { min: r.length.min, max } } : r)) },
    })),
  };
}

function strategyFor(written: A.PatternPart, bound: ReadonlySet<string>, stats: GraphStatistics): SelectionStrategy {
  const part = simplifyQuantified(written);
  const { nodes, relationships } = part.element;
  const rel = relationships[0];
  const [from, to] = [nodes[0]?.variable?.name, nodes[1]?.variable?.name];
  if (relationships.length !== 1 || !rel?.length || rel.quantified || part.element.where) return { kind: 'list-all' };
  if (!from || !to || !bound.has(from) || !bound.has(to)) return breadthFirst(part, bound, stats) ?? { kind: 'list-all' };
  return {
    kind: 'deepen',
    from,
    to,
    dir: rel.direction === 'right' ? 'out' : rel.direction === 'left' ? 'in' : 'both',
    types: rel.typeExpression ? [] : rel.types,
    min: rel.length.min ?? 1,
    max: rel.length.max ?? Infinity,
  };
}

/**
 * The breadth-first strategy for a part of two nodes and one quantified relationship of plain
 * types (no WHERE, no property map, no type expression), whose two ends are not both bound; null
 * for any other part.
 */
function breadthFirst(part: A.PatternPart, bound: ReadonlySet<string>, stats: GraphStatistics): BreadthFirstStrategy | null {
  const [first, last] = part.element.nodes;
  const rel = part.element.relationships[0]!;
  if (!first || !last || !rel.length || rel.where || rel.properties || rel.typeExpression) return null;
  const name = (n: A.NodePattern, which: string): string => n.variable?.name ?? ` ${which}${part.loc.start}`;
  const [a, b] = [name(first, 'from'), name(last, 'to')];
  // Searched from a bound end where there is one; a node written twice (a cycle) is left to list-all,
  // and so is a node whose test reads the part's other variables (each node is tested alone here).
  if (a === b) return null;
  const own = new Set([a, b, ...(rel.variable ? [rel.variable.name] : []), ...(part.variable ? [part.variable.name] : [])]);
  const readsPart = (n: A.NodePattern): boolean =>
    [n.where, n.properties].some((x) => x !== null && findAll(x, 'Variable').some((v) => own.has(v.name) && v.name !== n.variable?.name));
  if (readsPart(first) || readsPart(last)) return null;
  const reversed = !bound.has(a) && bound.has(b);
  const [fromNode, toNode, from, to] = reversed ? [last, first, b, a] : [first, last, a, b];
  const alone = (n: A.NodePattern, variable: string): A.PatternPart => ({
    kind: 'PatternPart',
    variable: null,
    shortest: null,
    selector: null,
    element: {
      kind: 'PatternElement',
      nodes: [{ ...n, variable: { kind: 'Variable', name: variable, loc: n.loc } }],
      relationships: [],
      where: null,
      loc: n.loc,
    },
    loc: n.loc,
  });
  const withBoth = new Set([...bound, from, to]);
  const forward = rel.direction === 'none' ? 'both' : rel.direction === 'right' ? 'out' : 'in';
  return {
    kind: 'breadth-first',
    from,
    to,
    reversed,
    rel: rel.variable?.name ?? null,
    dir: !reversed || forward === 'both' ? forward : forward === 'out' ? 'in' : 'out',
    types: [...new Set(rel.types)],
    min: rel.length.min ?? 1,
    max: rel.length.max ?? Infinity,
    start: bound.has(from) ? null : planPattern([alone(fromNode, from)], bound, null, stats),
    startTest: planPattern([alone(fromNode, from)], withBoth, null, stats),
    endTest: planPattern([alone(toNode, to)], withBoth, null, stats),
  };
}

/**
 * `SHORTEST 1` / `ALL SHORTEST` / `SHORTEST 1 GROUPS` over one quantified or variable-length relationship with no
 * WHERE of its own and a minimum of at most one is what shortestPath() / allShortestPaths()
 * find, breadth-first, without listing every path: the part rewritten to that.
 */
function asShortestPath(part: A.PatternPart): A.PatternPart | null {
  const selector = part.selector!;
  const rels = part.element.relationships;
  // SHORTEST 1 GROUPS keeps every path of the shortest length: ALL SHORTEST.
  const all = selector.kind === 'allShortest' || (selector.kind === 'shortestGroups' && selector.k === 1);
  if (!((selector.kind === 'shortest' && selector.k === 1) || all)) return null;
  if (part.element.where || rels.length !== 1 || rels[0]!.quantified || rels[0]!.where || rels[0]!.typeExpression || !rels[0]!.length) return null;
  // Breadth-first over nodes finds trails that visit no node twice: shortest ones are such, but
  // not those forced longer by a minimum (two self-loops in a row).
  if ((rels[0]!.length.min ?? 1) > 1) return null;
  return {
    ...part,
    selector: null,
    shortest: all ? 'allShortestPaths' : 'shortestPath',
    element: { ...part.element, relationships: [{ ...rels[0]!, quantifier: null }] },
  };
}
