// Plans one MATCH pattern (or a pattern inside an expression): where each part starts (bound
// variable, property index, smallest label, label union, all nodes, or a relationship-type
// index), in which order it expands, and which index a start uses. Pure: the AST, the variables
// bound before the pattern and graph statistics in, a plain plan out; the executor follows it.

import type * as A from '../ast/ast.js';
import { conjuncts, containsSubquery, groupVariables, isBareNode, partVariables } from '../ast/patterns.js';
import { variablesOf } from '../ast/variables.js';
import type { GraphStatistics } from './statistics.js';

/** How a part's start node is found. */
export type NodeAccess =
  | { kind: 'bound' }
  /** An equality on `key` (among nodes labelled `label`): from the pattern's map, or a WHERE `v.key = expr`. */
  | { kind: 'property-index'; label: string | null; key: string; from: 'pattern' | 'where' }
  /** The label index of `label`, the one of the node's `labels` with the fewest nodes (the others are checked on each). */
  | { kind: 'label-scan'; label: string; labels: string[] }
  /** A WHERE conjunct `n:A OR n:B` (or `n:A|B`): the union of the label index sets. */
  | { kind: 'label-union'; labels: string[] }
  | { kind: 'all-nodes' };

/** One step of a pattern plan, in the order it runs. Indexes are into `PatternPlan.parts`. */
export type PatternStep =
  | { kind: 'start-node'; part: number; node: number; access: NodeAccess }
  /** Start from the relationships of the types of `rel` (all relationships when it has none), binding both ends. */
  | { kind: 'start-relationship'; part: number; rel: number; access: 'type-index' | 'all-relationships' }
  /** Walk relationship `rel` of the part, from its left node (or from its right one when reversed). */
  | { kind: 'expand'; part: number; rel: number; reversed: boolean }
  | { kind: 'build-path'; part: number }
  /** shortestPath / allShortestPaths between the part's two nodes, started by the two steps before. */
  | ShortestStep;

/**
 * How a shortest path is searched. Between two distinct nodes with a minimum length of at most
 * one, breadth-first from both ends, a whole level at a time, widening the side whose frontier
 * has fewer relationships to walk (`widen`); with a longer minimum, breadth-first from the start
 * by levels. Two ends that are one node: the empty path (minimum 0), the shortest cycles
 * depth-first one length at a time (a `SHORTEST 1` / `ALL SHORTEST` selector), or Neo4j 5's
 * error (a written shortestPath()).
 */
export interface ShortestStep {
  kind: 'shortest';
  part: number;
  all: boolean;
  search: 'bidirectional' | 'levels';
  widen: 'fewer-relationships';
  sameEnds: 'empty-path' | 'shortest-cycle' | 'error';
}

/**
 * A quantified path pattern's inner path, planned both ways round (so the match may walk it from
 * either end): each way a pattern of its own, its first node bound to where a repetition starts.
 * The inner anonymous elements are given hidden names (`\u0001q…`) that no query can write.
 */
export interface QuantifiedPlan {
  /** The user-visible variables inside (group variables), in the order they first appear. */
  groupNames: string[];
  forward: RepetitionPlan;
  backward: RepetitionPlan;
}

export interface RepetitionPlan {
  /** The inner node a repetition starts at, and the one it ends at. */
  first: string;
  last: string;
  /** The inner relationships' names, in the order this way walks them. */
  relNames: string[];
  plan: PatternPlan;
}

export interface PatternPlan {
  kind: 'pattern';
  /** The parts as planned (a quantified path that is a plain repetition rewritten to a quantified relationship). */
  parts: A.PatternPart[];
  /** The parts in the order they run (shortest-path parts last). */
  order: number[];
  steps: PatternStep[];
  /** Equalities `v.key = expr` from the WHERE whose right side is known before the match, by variable. */
  hints: Map<string, [key: string, value: A.Expression][]>;
  /**
   * `(b)-[:T1|T2]->()` from a bound node to anything, no WHERE: one match per relationship of the
   * node of those types and direction, so a count or an existence test (EXISTS { }, COUNT { }, a
   * pattern predicate) reads the node's degree from the adjacency index, as Neo4j does.
   */
  degree: DegreeLookup | null;
  /**
   * Where each WHERE conjunct runs (the MATCH's, then those of parenthesised paths): as soon as
   * the variables it reads are bound, so a Cartesian product or a long expansion is cut where its
   * first part already fails.
   */
  filters: FilterPlacement[];
  /** The plan of each quantified path pattern in the parts, by the relationship slot it takes. */
  quantified: Map<A.RelationshipPattern, QuantifiedPlan>;
}

/** One WHERE conjunct and the step after which it runs. */
export interface FilterPlacement {
  conjunct: A.Expression;
  /** How many steps run before it (0: before the first, so a false one costs no scan). */
  after: number;
  /** It tests the relationship step `after - 1` binds: run before that step reaches the node at the other end, so a failing relationship costs no node. */
  onRelationship: boolean;
  /** From the MATCH's WHERE (applied only where the caller asks), not from a parenthesised path's. */
  fromWhere: boolean;
}

/** A bound node's degree by direction and types (all types when none). */
export interface DegreeLookup {
  variable: string;
  direction: 'out' | 'in' | 'both';
  types: string[];
}

/** The fraction of a scan assumed to pass a WHERE conjunct on the scanned node alone. */
export const FILTER_SELECTIVITY = 0.1;

/**
 * Plan the parts of a pattern. `bound` holds the variables bound before it; `where` is the
 * MATCH's WHERE, read for index hints, label unions and selectivity (the executor applies it).
 */
export function planPattern(input: readonly A.PatternPart[], bound: ReadonlySet<string>, where: A.Expression | null, stats: GraphStatistics): PatternPlan {
  const { parts, predicates } = liftInlinePredicates(input.map(simplifyQuantified), bound);
  const hints = indexHints(where, bound);
  const unions = labelUnions(where);
  const patternVariables = new Set<string>();
  for (const part of parts) for (const name of partVariables(part)) patternVariables.add(name);
  const filtered = filteredVariables(where, new Set([...patternVariables].filter((n) => !bound.has(n))));

  const known = new Set(bound);
  /** The step that binds each variable of the pattern. */
  const boundAt = new Map<string, number>();
  /** Bind a variable (anonymous ones are never bound before); whether it was bound already. */
  const claim = (name: string | undefined): boolean => {
    if (name === undefined) return false;
    if (known.has(name)) return true;
    known.add(name);
    boundAt.set(name, steps.length);
    return false;
  };
  const access = (np: A.NodePattern, isBound: boolean): NodeAccess => nodeAccess(np, isBound, hints, unions, stats);

  /** What starting at a node costs: 0 bound, 1 a property lookup with a label, 1.5 without, 2 + the nodes a scan reads. */
  const startCost = (n: A.NodePattern): number => {
    const name = n.variable?.name;
    const lookups = propertyEntries(n).length > 0 || (name !== undefined && (hints.get(name)?.length ?? 0) > 0);
    const union = name === undefined ? undefined : unions.get(name);
    let cost: number;
    if (name !== undefined && known.has(name)) cost = 0;
    else if (n.labels.length > 0 && lookups) cost = 1;
    else if (lookups) cost = 1.5;
    else if (n.labels.length > 0) cost = 2 + Math.min(...n.labels.map((l) => stats.labelCount(l)));
    else if (union) cost = 2 + union.reduce((sum, l) => sum + stats.labelCount(l), 0);
    else cost = 2 + stats.nodeCount;
    // A WHERE conjunct on the node alone keeps a fraction of the scan (Neo4j's planner
    // assumes a selectivity too); without this, an expansion from every relationship of a
    // type would win over a scan that a name test cuts to one node.
    if (cost > 2 && name !== undefined && filtered.has(name)) cost = 2 + (cost - 2) * FILTER_SELECTIVITY;
    return cost;
  };

  const steps: PatternStep[] = [];
  const order = parts.map((_, i) => i).sort((a, b) => Number(parts[a]?.shortest != null) - Number(parts[b]?.shortest != null));
  for (const index of order) {
    const part = parts[index];
    if (!part) continue;
    const { nodes, relationships: rels } = part.element;
    if (part.shortest) {
      // Both ends, the cheaper first: an end that is not there costs no scan of the other.
      const ends = nodes.map((np, node) => ({ np, node, cost: startCost(np) })).sort((a, b) => a.cost - b.cost);
      for (const { np, node } of ends) steps.push({ kind: 'start-node', part: index, node, access: access(np, claim(np.variable?.name)) });
      claim(rels[0]?.variable?.name);
      claim(part.variable?.name);
      const min = rels[0]?.length ? (rels[0].length.min ?? 1) : 1;
      steps.push({
        kind: 'shortest',
        part: index,
        all: part.shortest === 'allShortestPaths',
        search: min <= 1 ? 'bidirectional' : 'levels',
        widen: 'fewer-relationships',
        sameEnds: min === 0 ? 'empty-path' : 'error',
      });
      continue;
    }
    // Choose the start node: bound < property lookup < smallest label < scan.
    let start = 0;
    let best = Infinity;
    nodes.forEach((n, i) => {
      const cost = startCost(n);
      if (cost < best) {
        best = cost;
        start = i;
      }
    });
    // Or start from a relationship type index, when its relationships are fewer than what
    // expanding from the best start node would touch.
    const avgDegree = stats.nodeCount > 0 ? (2 * stats.relationshipCount) / stats.nodeCount : 0;
    let edgeStart = -1;
    let edgeCost = best === 0 ? 0 : best * (1 + avgDegree);
    const isKnown = (x: { variable: A.Variable | null } | undefined): boolean => x?.variable != null && known.has(x.variable.name);
    rels.forEach((r, i) => {
      if (r.length !== null || isKnown(r) || isKnown(nodes[i]) || isKnown(nodes[i + 1])) return;
      const types = [...new Set(r.types)];
      const c = types.length > 0 ? types.reduce((sum, t) => sum + stats.relTypeCount(t), 0) : stats.relationshipCount;
      if (c < edgeCost) {
        edgeCost = c;
        edgeStart = i;
      }
    });
    let rightFrom = start;
    let leftFrom = start - 1;
    const startRel = rels[edgeStart];
    if (startRel) {
      claim(startRel.variable?.name);
      claim(nodes[edgeStart]?.variable?.name);
      claim(nodes[edgeStart + 1]?.variable?.name);
      steps.push({ kind: 'start-relationship', part: index, rel: edgeStart, access: startRel.types.length > 0 ? 'type-index' : 'all-relationships' });
      rightFrom = edgeStart + 1;
      leftFrom = edgeStart - 1;
    } else {
      const np = nodes[start];
      if (np) steps.push({ kind: 'start-node', part: index, node: start, access: access(np, claim(np.variable?.name)) });
    }
    const expand = (i: number, reversed: boolean): void => {
      const rel = rels[i];
      claim(rel?.variable?.name);
      if (rel?.quantified) groupVariables(rel.quantified.element).forEach(claim);
      claim(nodes[reversed ? i : i + 1]?.variable?.name);
      steps.push({ kind: 'expand', part: index, rel: i, reversed });
    };
    for (let i = rightFrom; i < rels.length; i++) expand(i, false);
    for (let i = leftFrom; i >= 0; i--) expand(i, true);
    if (part.variable) {
      claim(part.variable.name);
      steps.push({ kind: 'build-path', part: index });
    }
  }
  const quantified = new Map<A.RelationshipPattern, QuantifiedPlan>();
  for (const part of parts) for (const r of part.element.relationships) if (r.quantified) quantified.set(r, planQuantified(r.quantified, bound, stats));
  return {
    kind: 'pattern',
    parts,
    order,
    steps,
    hints,
    degree: degreeLookup(parts, where, bound),
    filters: placeFilters(parts, steps, where, boundAt, predicates),
    quantified,
  };
}

/** Names for the anonymous nodes and relationships inside a quantified path: no query can write them. */
let hidden = 0;
const hiddenName = (): string => `\u0001q${hidden++}`;

function named<T extends A.NodePattern | A.RelationshipPattern>(item: T): T {
  return item.variable ? item : { ...item, variable: { kind: 'Variable', name: hiddenName(), loc: item.loc } };
}

/** The name of an element made `named` (every element inside is). */
function nameOf(item: A.NodePattern | A.RelationshipPattern | undefined): string {
  return item?.variable?.name ?? '';
}

function reversedElement(element: A.PatternElement): A.PatternElement {
  const flip = { left: 'right', right: 'left', none: 'none' } as const;
  return {
    ...element,
    nodes: [...element.nodes].reverse(),
    relationships: [...element.relationships].reverse().map((r) => ({ ...r, direction: flip[r.direction] })),
  };
}

/**
 * A quantified path's inner path as a pattern of its own, both ways round; `bound` is what is
 * bound before the whole pattern (a repetition sees those and the node it starts at).
 */
function planQuantified(q: A.QuantifiedPath, bound: ReadonlySet<string>, stats: GraphStatistics): QuantifiedPlan {
  const element: A.PatternElement = { ...q.element, nodes: q.element.nodes.map(named), relationships: q.element.relationships.map(named) };
  const groupNames = [...new Set([...element.nodes, ...element.relationships].map(nameOf).filter((n) => !n.startsWith('\u0001')))];
  const orient = (el: A.PatternElement): RepetitionPlan => {
    const first = nameOf(el.nodes[0]);
    const part: A.PatternPart = { kind: 'PatternPart', variable: null, shortest: null, selector: null, element: el, loc: el.loc };
    return {
      first,
      last: nameOf(el.nodes.at(-1)),
      relNames: el.relationships.map(nameOf),
      plan: planPattern([part], new Set([...bound, first]), q.where, stats),
    };
  };
  return { groupNames, forward: orient(element), backward: orient(reversedElement(element)) };
}

/**
 * Whether Neo4j 5.26 reads this expression as a bound node's degree: `size()` of a pattern
 * comprehension, or `COUNT { }` of a pattern, one hop from a bound node to a node that tests
 * nothing (named or not; the projection, a path or relationship variable change nothing), with no
 * WHERE. Compared with a value, that degree wants a number (plan.ts of the executor: comparisons).
 */
export function isDegreeCount(e: A.Expression, bound: ReadonlySet<string>): boolean {
  let element: A.PatternElement | undefined;
  if (e.kind === 'FunctionCall' && e.namespace.length === 0 && e.name.toLowerCase() === 'size' && e.arguments.length === 1) {
    const arg = e.arguments[0]!;
    if (arg.kind === 'PatternComprehension' && arg.where === null) element = arg.pattern;
  } else if (e.kind === 'CountSubquery' && e.pattern !== null && e.where === null && e.pattern.parts.length === 1) {
    const part = e.pattern.parts[0]!;
    if (part.variable === null && part.shortest === null && part.selector === null) element = part.element;
  }
  if (!element || element.where) return false;
  const [rel, ...moreRels] = element.relationships;
  const [left, right] = element.nodes;
  if (!rel || moreRels.length > 0 || !left || !right) return false;
  if (rel.properties !== null || rel.where !== null || rel.length !== null || rel.quantified || rel.typeExpression) return false;
  if (!isBareNode(left) || !isBareNode(right)) return false;
  const isBound = (n: A.NodePattern): boolean => n.variable !== null && bound.has(n.variable.name);
  return isBound(left) !== isBound(right);
}

/** Each WHERE conjunct after the step that binds the last variable it reads. */
function placeFilters(
  parts: readonly A.PatternPart[],
  steps: readonly PatternStep[],
  where: A.Expression | null,
  boundAt: ReadonlyMap<string, number>,
  lifted: readonly A.Expression[],
): FilterPlacement[] {
  const pathWheres = [...parts.flatMap((p) => (p.element.where ? conjuncts(p.element.where) : [])), ...lifted];
  return [...conjuncts(where).map((c) => [c, true] as const), ...pathWheres.map((c) => [c, false] as const)].map(([conjunct, fromWhere]) => {
    const vars = variablesOf(conjunct);
    let after = 0;
    for (const v of vars) after = Math.max(after, (boundAt.get(v) ?? -1) + 1);
    const step = steps[after - 1];
    const rel = step && (step.kind === 'start-relationship' || step.kind === 'expand') ? parts[step.part]?.element.relationships[step.rel] : undefined;
    const single = rel !== undefined && (step?.kind === 'start-relationship' || rel.length === null);
    const onRelationship = single && [...vars].every((v) => boundAt.get(v) !== after - 1 || v === rel.variable?.name);
    return { conjunct, after, onRelationship, fromWhere };
  });
}

/**
 * A node's or single relationship's inline WHERE that reads another variable of the pattern not
 * bound before (`(a WHERE a.x = b.x)-->(b)`) is a predicate of the whole pattern, as Neo4j reads
 * it: taken out of the node or relationship and placed as a filter once that variable is bound
 * (tested where it is written, it met the other variable unbound). A quantified relationship's
 * WHERE, which holds for each relationship, stays.
 */
function liftInlinePredicates(parts: A.PatternPart[], bound: ReadonlySet<string>): { parts: A.PatternPart[]; predicates: A.Expression[] } {
  const names = new Set<string>();
  for (const part of parts) {
    for (const x of [...part.element.nodes, ...part.element.relationships]) if (x.variable) names.add(x.variable.name);
    if (part.variable) names.add(part.variable.name);
  }
  const predicates: A.Expression[] = [];
  const readsOthers = (where: A.Expression, own: string | undefined): boolean =>
    [...variablesOf(where)].some((v) => v !== own && names.has(v) && !bound.has(v));
  const lifted = parts.map((part) => {
    let changed = false;
    const nodes = part.element.nodes.map((n) => {
      if (!n.where || !readsOthers(n.where, n.variable?.name)) return n;
      predicates.push(n.where);
      changed = true;
      return { ...n, where: null };
    });
    const relationships = part.element.relationships.map((r) => {
      if (!r.where || r.length !== null || r.quantified || !readsOthers(r.where, r.variable?.name)) return r;
      predicates.push(r.where);
      changed = true;
      return { ...r, where: null };
    });
    return changed ? { ...part, element: { ...part.element, nodes, relationships } } : part;
  });
  return { parts: lifted, predicates };
}

/**
 * The degree lookup a pattern is, if it is one: one part, no path variable or selector, one
 * single-hop relationship with no variable, properties or WHERE, between a bound bare node and an
 * anonymous bare node, and no WHERE.
 */
function degreeLookup(parts: readonly A.PatternPart[], where: A.Expression | null, bound: ReadonlySet<string>): DegreeLookup | null {
  const [part, ...more] = parts;
  if (where !== null || !part || more.length > 0 || part.variable !== null || part.shortest !== null || part.selector !== null) return null;
  const { nodes, relationships } = part.element;
  const [rel, ...moreRels] = relationships;
  const [left, right] = nodes;
  if (!rel || moreRels.length > 0 || !left || !right) return null;
  if (rel.variable !== null || rel.properties !== null || rel.where !== null || rel.length !== null || rel.quantified || rel.typeExpression) return null;
  if (!isBareNode(left) || !isBareNode(right)) return null;
  const boundLeft = left.variable !== null && bound.has(left.variable.name) && right.variable === null;
  const boundRight = right.variable !== null && bound.has(right.variable.name) && left.variable === null;
  const node = boundLeft ? left.variable : boundRight ? right.variable : null;
  if (!node) return null;
  const outward = rel.direction === 'right' ? 'out' : 'in';
  const direction = rel.direction === 'none' ? 'both' : boundLeft ? outward : outward === 'out' ? 'in' : 'out';
  return { variable: node.name, direction, types: [...new Set(rel.types)] };
}

/** How an unbound node would be found: property index, label index, label union or all nodes. */
function nodeAccess(np: A.NodePattern, isBound: boolean, hints: PatternPlan['hints'], unions: Map<string, string[]>, stats: GraphStatistics): NodeAccess {
  if (isBound) return { kind: 'bound' };
  const name = np.variable?.name;
  const entry = propertyEntries(np)[0];
  const hint = name === undefined ? undefined : hints.get(name)?.[0];
  const label = np.labels[0] ?? null;
  if (entry) return { kind: 'property-index', label, key: entry.key, from: 'pattern' };
  if (hint) return { kind: 'property-index', label, key: hint[0], from: 'where' };
  if (np.labels.length > 0) {
    let smallest = np.labels[0]!;
    for (const l of np.labels) if (stats.labelCount(l) < stats.labelCount(smallest)) smallest = l;
    return { kind: 'label-scan', label: smallest, labels: np.labels };
  }
  const union = name === undefined ? undefined : unions.get(name);
  return union ? { kind: 'label-union', labels: union } : { kind: 'all-nodes' };
}

/** The entries of a node's literal property map (none for `$map` or no map). */
function propertyEntries(np: A.NodePattern): A.MapLiteral['entries'] {
  return np.properties?.kind === 'MapLiteral' ? np.properties.entries : [];
}

/**
 * The labels of a disjunction of label tests on one variable (`v:A OR v:B`, `v:A|B`), one of which
 * a node passing it must have; null for anything else.
 */
function labelDisjunction(e: A.Expression): { variable: string; labels: string[] } | null {
  if (e.kind === 'Binary' && e.operator === 'OR') {
    const l = labelDisjunction(e.left);
    const r = labelDisjunction(e.right);
    return l && r && l.variable === r.variable ? { variable: l.variable, labels: [...l.labels, ...r.labels] } : null;
  }
  if (e.kind !== 'LabelPredicate' || e.operand.kind !== 'Variable') return null;
  const variable = e.operand.name;
  if (e.labelExpression === null) return e.labels[0] !== undefined ? { variable, labels: [e.labels[0]] } : null;
  const lex = e.labelExpression;
  if (lex.kind === 'LabelName') return { variable, labels: [lex.name] };
  if (lex.kind !== 'LabelOr') return null;
  const labels = lex.operands.flatMap((o) => (o.kind === 'LabelName' ? [o.name] : []));
  return labels.length === lex.operands.length ? { variable, labels } : null;
}

/** Label unions from the WHERE conjuncts, by variable (the first such conjunct per variable). */
function labelUnions(where: A.Expression | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of conjuncts(where)) {
    const d = labelDisjunction(c);
    if (d && !out.has(d.variable)) out.set(d.variable, [...new Set(d.labels)]);
  }
  return out;
}

/**
 * Variables that a WHERE conjunct filters on its own (it reads no other variable of the
 * pattern): a scan from such a node keeps only a fraction of it.
 */
function filteredVariables(where: A.Expression | null, patternVariables: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const c of conjuncts(where)) {
    const own = [...variablesOf(c)].filter((v) => patternVariables.has(v));
    if (own.length === 1 && own[0] !== undefined) out.add(own[0]);
  }
  return out;
}

/** Equality hints `v.key = expr` from a WHERE, where expr only uses variables of the outer scope. */
function indexHints(where: A.Expression | null, outer: ReadonlySet<string>): PatternPlan['hints'] {
  const hints: PatternPlan['hints'] = new Map();
  for (const c of conjuncts(where)) {
    if (c.kind !== 'Comparison' || c.operators.length !== 1 || c.operators[0] !== '=') continue;
    const [l, r] = c.operands;
    if (!l || !r) continue;
    for (const [side, other] of [
      [l, r],
      [r, l],
    ] as const) {
      if (side.kind !== 'PropertyAccess' || side.object.kind !== 'Variable') continue;
      const used = variablesOf(other);
      if ([...used].every((v) => outer.has(v)) && !containsSubquery(other)) {
        const list = hints.get(side.object.name) ?? [];
        list.push([side.key, other]);
        hints.set(side.object.name, list);
        break;
      }
    }
  }
  return hints;
}

/**
 * `(()-[r:T WHERE p]->()){1,3}`, one relationship between anonymous nodes that test nothing and
 * no WHERE of its own, is the quantified relationship `-[r:T WHERE p]->{1,3}`: the part is
 * rewritten to it, a variable-length hop, with no pattern compiled per repetition.
 */
export function simplifyQuantified(part: A.PatternPart): A.PatternPart {
  const rels = part.element.relationships;
  if (!rels.some((r) => r.quantified && plainRepetition(r.quantified))) return part;
  const relationships = rels.map((r): A.RelationshipPattern => {
    const q = r.quantified;
    const only = q ? plainRepetition(q) : null;
    if (!q || !only) return r;
    return { ...only, length: { min: q.min, max: q.max }, quantifier: q.quantifier, loc: r.loc };
  });
  return { ...part, element: { ...part.element, relationships } };
}

/** The one relationship of a quantified path that is a plain repetition of it; null if it is not one. */
function plainRepetition(q: A.QuantifiedPath): A.RelationshipPattern | null {
  const bare = (n: A.NodePattern): boolean =>
    n.variable === null && n.labels.length === 0 && n.labelExpression === null && n.properties === null && n.where === null;
  const [only, ...more] = q.element.relationships;
  return q.where === null && only && more.length === 0 && q.element.nodes.every(bare) ? only : null;
}
