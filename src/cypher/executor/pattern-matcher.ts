// Matches a MATCH pattern against the graph by following its plan (planner/pattern-plan.ts:
// where each part starts, by which index, in which order it expands) along adjacency, with
// relationship uniqueness across the pattern, variable-length hops and shortest paths.

import type * as A from '../ast/ast.js';
import { Node, Path, Relationship, type CypherMap, type CypherValue } from '../values.js';
import { cypherEquals } from '../runtime/equality.js';
import { runtimeError, runtimeTypeError } from '../errors.js';
import { CypherError } from '../../errors.js';
import { fromStored } from '../runtime/stored.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/schema.js';
import type { ExecContext, Expr, Row } from './context.js';
import { compileExpression, labelExpressionMatches } from './expressions.js';
import type { CompileScope } from './scope.js';
import type { EdgeRecord, NodeEntry } from './graph-store.js';
import { copyRow, unbind } from './row.js';
import { compileQuantifiedPath, type QuantifiedMatcher } from './quantified-path.js';
import type { DegreeLookup, NodeAccess, PatternPlan, ShortestStep } from '../planner/pattern-plan.js';
import type { MatchPlan } from '../planner/path-selection.js';
import { describeMatch } from '../plan-description.js';
import { groupVariables, hasDynamicLabel } from '../ast/patterns.js';
import { compileSelectedPattern } from './path-selector.js';
import { compileLabelMatch, type LabelMatch } from './dynamic-labels.js';
import { shortestCycles, type CycleSearch } from './shortest-cycle.js';

/** Neo4j 5's words for a written shortestPath() whose two ends are one node. */
const SHORTEST_COMMON_NODES =
  'The shortest path algorithm does not work when the start and end nodes are the same. This can happen if you perform a shortestPath search after a cartesian product that might have the same start and end nodes for some of the rows passed to shortestPath.';

type Emit = (b: Row) => boolean | void;

interface PropsSpec {
  /** Literal entries, usable for index lookup. */
  entries: [string, Expr][];
  /** A parameter map (`{...}` given as `$p`). */
  whole: Expr | null;
}

interface NodeSpec {
  name: string;
  /** Bound before this node is reached (outer scope, or an earlier occurrence). */
  bound: boolean;
  labels: string[];
  lex: A.LabelExpression | null;
  /** `lex` with dynamic labels, which need the row. */
  lexMatch: LabelMatch | null;
  props: PropsSpec;
  where: Expr | null;
  /** `key = expr` equalities lifted from the MATCH's WHERE, for index lookup only. */
  hints: [string, Expr][];
  /** How the node is found when a part starts at it (set for start nodes only, from the plan). */
  access: NodeAccess | null;
  /** An anonymous end node with no constraints that no later step reads: never materialised. */
  skip: boolean;
  /** An anonymous node that no later step reads: checked against its labels and properties, never materialised. */
  unread: boolean;
}

interface RelSpec {
  name: string;
  bound: boolean;
  types: string[];
  direction: 'left' | 'right' | 'none';
  min: number;
  max: number;
  varLength: boolean;
  props: PropsSpec;
  where: Expr | null;
  /** Whether a match needs the relationship as a value (named, or tested by a WHERE). */
  materialise: boolean;
  /** A quantified relationship's WHERE, which holds for each of its relationships. */
  eachWhere: Expr | null;
  /** This slot is a quantified path pattern, matched by repetition. */
  qpp: QuantifiedMatcher | null;
}

type Step =
  | { k: 'node'; spec: NodeSpec }
  | {
      k: 'hop';
      rel: RelSpec;
      from: string;
      to: NodeSpec;
      dir: 'out' | 'in' | 'both';
      reversed: boolean;
      part: number;
      index: number;
      trace: boolean;
      checks: Expr[];
    }
  | { k: 'edge'; rel: RelSpec; left: NodeSpec; right: NodeSpec; part: number; index: number; trace: boolean; checks: Expr[] }
  | { k: 'path'; part: number; name: string; nodeNames: string[]; relCount: number }
  | { k: 'shortest'; part: number; rel: RelSpec; from: string; to: string; plan: ShortestStep; pathName: string | null };

export interface CompiledPattern {
  /** Variables (user-visible and hidden) this pattern binds that were not bound before. */
  newVars: string[];
  /** One line per step, in execution order: how each part is started and expanded. */
  describe(): string[];
  /** The planner's degree lookup for this pattern (a count or existence test reads the degree), if any. */
  degree?: DegreeLookup | null;
  match(row: Row, ctx: ExecContext, emit: Emit): void;
  /** The matches extending `row`, produced lazily (copies, safe to keep). */
  stream(row: Row, ctx: ExecContext): Generator<Row>;
}

function compileProps(p: A.PatternProperties | null, scope: CompileScope): PropsSpec {
  if (!p) return { entries: [], whole: null };
  if (p.kind === 'MapLiteral') return { entries: p.entries.map((e) => [e.key, compileExpression(e.value, scope)]), whole: null };
  return { entries: [], whole: compileExpression(p, scope) };
}

function propsMatch(spec: PropsSpec, props: Record<string, unknown>, b: Row, ctx: ExecContext): boolean {
  if (spec.entries.length === 0 && spec.whole === null) return true;
  for (const [k, f] of spec.entries) {
    const want = f(b, ctx);
    const have = props[k];
    if (have === undefined || have === null) return false;
    if (cypherEquals(fromStored(have), want) !== true) return false;
  }
  if (spec.whole) {
    const m = spec.whole(b, ctx);
    if (m === null) return false;
    for (const [k, want] of Object.entries(m as CypherMap)) {
      const have = props[k];
      if (have === undefined || have === null) return false;
      if (cypherEquals(fromStored(have), want) !== true) return false;
    }
  }
  return true;
}

function nodeMatches(spec: NodeSpec, n: Node, b: Row, ctx: ExecContext): boolean {
  return attrsMatch(spec, n.labels, n.properties, b, ctx);
}

function attrsMatch(spec: NodeSpec, labels: readonly string[], properties: Record<string, unknown>, b: Row, ctx: ExecContext): boolean {
  for (const label of spec.labels) if (!labels.includes(label)) return false;
  if (spec.lexMatch) {
    if (!spec.lexMatch(labels, b, ctx)) return false;
  } else if (spec.lex && !labelExpressionMatches(spec.lex, labels)) return false;
  if (spec.props.entries.length === 0 && spec.props.whole === null) return true;
  return propsMatch(spec.props, properties, b, ctx);
}

/** Both tests (either may be absent). */
function both(a: Expr | null, b: Expr | null): Expr | null {
  if (a === null || b === null) return a ?? b;
  return (row, ctx) => a(row, ctx) === true && b(row, ctx) === true;
}

/**
 * A pattern met while compiling an expression (EXISTS, COUNT, a pattern comprehension) or a
 * MERGE: planned by the planner (`scope.planner`, planner/path-selection.ts) from what is bound
 * here, then compiled.
 */
export function compilePattern(parts: readonly A.PatternPart[], scope: CompileScope, where: A.Expression | null = null, applyWhere = false): CompiledPattern {
  return compileMatch(scope.planner.match(parts, scope.vars, where), scope, applyWhere);
}

/**
 * Compile a MATCH plan. `scope` is the scope before the pattern; `applyWhere`: the MATCH's WHERE
 * conjuncts run where the plan places them (else the caller evaluates it).
 */
export function compileMatch(plan: MatchPlan, scope: CompileScope, applyWhere = false): CompiledPattern {
  if (plan.kind === 'selected') return compileSelectedPattern(plan, scope, applyWhere, compilePatternPlan);
  return compilePatternPlan(plan, scope, applyWhere);
}

/** Compile a pattern plan into loops over the graph, step by step as planned. */
function compilePatternPlan(plan: PatternPlan, scope: CompileScope, applyWhere: boolean): CompiledPattern {
  const parts = plan.parts;
  const bound = new Set<string>(scope.vars);
  const newVars: string[] = [];

  const steps: Step[] = [];
  // Names first, so expressions inside the pattern can refer to any of its variables.
  const named = parts.map((part) => ({
    part,
    nodeNames: part.element.nodes.map((n) => n.variable?.name ?? scope.fresh('n')),
    relNames: part.element.relationships.map((r) => r.variable?.name ?? scope.fresh('r')),
  }));
  const allNames = new Set<string>(scope.vars);
  for (const p of named) {
    p.nodeNames.forEach((n) => allNames.add(n));
    p.relNames.forEach((n) => allNames.add(n));
    for (const r of p.part.element.relationships) if (r.quantified) groupVariables(r.quantified.element).forEach((n) => allNames.add(n));
    if (p.part.variable) allNames.add(p.part.variable.name);
  }
  const inner = scope.with(allNames);

  const nodeSpec = (np: A.NodePattern, name: string): NodeSpec => ({
    name,
    bound: false,
    labels: np.labels,
    lex: np.labelExpression,
    lexMatch: np.labelExpression && hasDynamicLabel(np.labelExpression) ? compileLabelMatch(np.labelExpression, inner) : null,
    props: compileProps(np.properties, inner),
    where: np.where ? compileExpression(np.where, inner) : null,
    hints: (np.variable ? (plan.hints.get(np.variable.name) ?? []) : []).map(([k, e]): [string, Expr] => [k, compileExpression(e, scope)]),
    access: null,
    skip: false,
    unread: false,
  });
  const relSpec = (rp: A.RelationshipPattern, name: string): RelSpec => {
    // Dynamic types are a test of each relationship, as its WHERE is.
    const typeMatch = rp.typeExpression ? compileLabelMatch(rp.typeExpression, inner) : null;
    const typeTest: Expr | null = typeMatch
      ? (b, ctx) => {
          const r = b[name];
          return r instanceof Relationship && typeMatch([r.type], b, ctx);
        }
      : null;
    const where = rp.where ? compileExpression(rp.where, inner) : null;
    const each = rp.length !== null;
    return {
      name,
      bound: false,
      types: [...new Set(rp.types)],
      direction: rp.direction,
      min: rp.length ? (rp.length.min ?? 1) : 1,
      max: rp.length ? (rp.length.max ?? Infinity) : 1,
      varLength: rp.length !== null,
      props: compileProps(rp.properties, inner),
      where: both(rp.quantifier ? null : where, each ? null : typeTest),
      materialise: rp.variable !== null || rp.where !== null || typeTest !== null,
      eachWhere: both(rp.quantifier ? where : null, each ? typeTest : null),
      qpp: rp.quantified ? compileQuantifiedPath(plan.quantified.get(rp)!, rp.quantified, scope, compilePatternPlan) : null,
    };
  };
  const claim = (name: string): boolean => {
    if (bound.has(name)) return true;
    bound.add(name);
    newVars.push(name);
    return false;
  };

  // Each part's node and relationship specs, compiled in the order the parts run.
  const specs: { nodes: NodeSpec[]; rels: RelSpec[]; nodeNames: string[] }[] = [];
  for (const index of plan.order) {
    const p = named[index];
    if (!p) continue;
    specs[index] = {
      nodes: p.part.element.nodes.map((np, i) => nodeSpec(np, p.nodeNames[i] ?? '')),
      rels: p.part.element.relationships.map((rp, i) => relSpec(rp, p.relNames[i] ?? '')),
      nodeNames: p.nodeNames,
    };
  }
  const allNodeSpecs = specs.flatMap((s) => s.nodes);
  const dirOf = (d: RelSpec['direction'], reversed: boolean): 'out' | 'in' | 'both' => (d === 'none' ? 'both' : (d === 'right') !== reversed ? 'out' : 'in');
  // Follow the plan: bind as each step binds, the executor chooses nothing here.
  for (const st of plan.steps) {
    const part = parts[st.part];
    const spec = specs[st.part];
    if (!part || !spec) continue;
    const { nodes, rels } = spec;
    const trace = part.variable !== null;
    switch (st.kind) {
      case 'start-node': {
        const n = nodes[st.node];
        if (!n) break;
        n.bound = claim(n.name);
        n.access = st.access;
        steps.push({ k: 'node', spec: n });
        break;
      }
      case 'shortest': {
        const [rel] = rels;
        const [from, to] = nodes;
        if (!rel || !from || !to) break;
        rel.bound = claim(rel.name);
        if (part.variable) claim(part.variable.name);
        steps.push({
          k: 'shortest',
          part: st.part,
          rel,
          from: from.name,
          to: to.name,
          plan: st,
          pathName: part.variable?.name ?? null,
        });
        break;
      }
      case 'start-relationship': {
        const rel = rels[st.rel];
        const left = nodes[st.rel];
        const right = nodes[st.rel + 1];
        if (!rel || !left || !right) break;
        rel.bound = claim(rel.name);
        left.bound = claim(left.name);
        right.bound = claim(right.name);
        steps.push({ k: 'edge', rel, left, right, part: st.part, index: st.rel, trace, checks: [] });
        break;
      }
      case 'expand': {
        const rel = rels[st.rel];
        const from = nodes[st.reversed ? st.rel + 1 : st.rel];
        const to = nodes[st.reversed ? st.rel : st.rel + 1];
        if (!rel || !from || !to) break;
        rel.bound = claim(rel.name);
        rel.qpp?.groupNames.forEach(claim);
        to.bound = claim(to.name);
        steps.push({
          k: 'hop',
          rel,
          from: from.name,
          to,
          dir: dirOf(rel.direction, st.reversed),
          reversed: st.reversed,
          part: st.part,
          index: st.rel,
          trace,
          checks: [],
        });
        break;
      }
      case 'build-path':
        if (!part.variable) break;
        claim(part.variable.name);
        steps.push({ k: 'path', part: st.part, name: part.variable.name, nodeNames: spec.nodeNames, relCount: rels.length });
        break;
    }
  }

  // Anonymous, unconstrained nodes that no step starts from and no path begins with need no value.
  const readNames = new Set<string>();
  for (const st of steps) {
    if (st.k === 'hop') readNames.add(st.from);
    else if (st.k === 'path') readNames.add(st.nodeNames[0] ?? '');
    else if (st.k === 'shortest') {
      readNames.add(st.from);
      readNames.add(st.to);
    }
  }
  for (const n of allNodeSpecs) {
    n.unread = n.name.startsWith(' ') && !n.bound && !readNames.has(n.name) && !n.where;
    n.skip = n.unread && n.labels.length === 0 && !n.lex && n.props.entries.length === 0 && !n.props.whole;
  }
  // Relationship uniqueness only matters between two relationships of one MATCH (or along a
  // variable-length hop, which keeps its own set).
  const relTotal = parts.reduce((sum, p) => sum + p.element.relationships.length, 0);
  const unique = relTotal > 1 || parts.some((p) => p.shortest !== null);
  // WHERE conjuncts run where the plan placed them (the MATCH's only when this pattern applies it).
  const checksAt: Expr[][] = Array.from({ length: steps.length + 1 }, () => []);
  const whereScope = scope.with(newVars);
  for (const f of plan.filters) {
    if (f.fromWhere && !applyWhere) continue;
    const compiled = compileExpression(f.conjunct, whereScope);
    const st = steps[f.after - 1];
    if (f.onRelationship && st && (st.k === 'edge' || st.k === 'hop')) st.checks.push(compiled);
    else checksAt[f.after]?.push(compiled);
  }
  const relCounts = parts.map((p) => p.element.relationships.length);
  const makeRunner = (row: Row, ctx: ExecContext, emit: Emit) => {
    const b: Row = copyRow(row);
    const used = unique ? new Set<string>() : null;
    const traces: Relationship[][][] = relCounts.map((n) => Array.from({ length: n }, () => []));
    const traceOf = (part: number): Relationship[][] => traces[part] ?? [];
    let stopped = false;
    // A conjunct that reads no variable runs before the first step, so a false one costs no scan;
    // an error it raises waits for a first match, since Neo4j evaluates it on rows and raises
    // nothing when no row exists (`MATCH (n {id: 7}) WHERE 1 > --9223372036854775808`).
    let pending: unknown = null;
    const passes = (i: number): boolean => {
      if (i === 1 && pending !== null) throw pending;
      const checks = checksAt[i];
      if (!checks) return true;
      for (const check of checks) {
        if (i === 0 && steps.length > 0) {
          try {
            if (check(b, ctx) !== true) return false;
          } catch (error) {
            if (!(error instanceof CypherError)) throw error;
            pending = error;
          }
        } else if (check(b, ctx) !== true) return false;
      }
      return true;
    };
    // One continuation per step, made once per input row rather than once per call.
    const nexts: (() => void)[] = steps.map((_, i) => () => run(i + 1));
    const run = (i: number): void => {
      if (stopped) return;
      if (!passes(i)) return;
      if (i === steps.length) {
        if (emit(b) === false) stopped = true;
        return;
      }
      const step = steps[i];
      const next = nexts[i];
      if (!step || !next) return;
      switch (step.k) {
        case 'node':
          return nodeStep(step.spec, b, ctx, next);
        case 'hop':
          return hopStep(step, b, ctx, used, traceOf(step.part), next);
        case 'edge':
          return edgeStep(step, b, ctx, used, traceOf(step.part), next);
        case 'path': {
          const first = b[step.nodeNames[0] ?? ''];
          if (!(first instanceof Node)) return;
          b[step.name] = buildPath(first, traceOf(step.part), ctx);
          run(i + 1);
          unbind(b, step.name);
          return;
        }
        case 'shortest':
          return shortestStep(step, b, ctx, used, next);
      }
    };
    return { b, run, passes };
  };
  return {
    newVars,
    describe: () => describeMatch(plan),
    degree: plan.degree,
    match(row: Row, ctx: ExecContext, emit: Emit): void {
      makeRunner(row, ctx, emit).run(0);
    },
    *stream(row: Row, ctx: ExecContext): Generator<Row> {
      // Lazily over the start candidates, so a LIMIT downstream stops the scan; each
      // candidate's matches are buffered (bounded) and handed on.
      let out: Row[] = [];
      const collect = (b: Row): void => {
        out.push(copyRow(b));
        if (out.length > ctx.bufferLimit) ctx.checkRows(Infinity);
      };
      const runner = makeRunner(row, ctx, collect);
      const first = steps[0];
      if (!first || first.k !== 'node' || first.spec.bound) {
        runner.run(0);
        yield* out;
        return;
      }
      if (!runner.passes(0)) return;
      const spec = first.spec;
      const candidates = nodeCandidates(spec, runner.b, ctx);
      for (const entry of candidates) {
        ctx.tick();
        if (!tryNode(spec, entry, runner.b, ctx)) continue;
        runner.run(1);
        if (out.length > 0) {
          const batch = out;
          out = [];
          yield* batch;
        }
      }
    },
  };
}

function buildPath(first: Node, trace: Relationship[][], ctx: ExecContext): Path {
  const nodes: Node[] = [first];
  const rels: Relationship[] = [];
  let cur = first;
  for (const seg of trace)
    for (const r of seg) {
      const next = r.start === cur.id ? r.end : r.start;
      cur = next === cur.id ? cur : ctx.store.node(next);
      rels.push(r);
      nodes.push(cur);
    }
  return new Path(nodes, rels);
}

/** Candidate nodes for an unbound start node, by the access its plan chose. */
function nodeCandidates(spec: NodeSpec, b: Row, ctx: ExecContext): readonly NodeEntry[] {
  const store = ctx.store;
  const access = spec.access ?? { kind: 'all-nodes' };
  switch (access.kind) {
    case 'property-index': {
      const entry = access.from === 'pattern' ? spec.props.entries[0] : spec.hints[0];
      const value = entry ? entry[1](b, ctx) : null;
      if (value === null) return [];
      return [...store.nodesWithProperty(access.label, access.key, value)].map((k) => store.nodeEntry(k));
    }
    case 'label-scan':
      return store.nodeEntries([access.label]);
    case 'label-union':
      return store.nodeEntries(access.labels);
    case 'bound':
    case 'all-nodes':
      return store.nodeEntries([]);
  }
}

/** Bind an unbound pattern node to a candidate if the node fits; false (and unbound) if not. */
function tryNode(spec: NodeSpec, entry: NodeEntry, b: Row, ctx: ExecContext): boolean {
  const attrs = entry.attrs;
  if (!attrsMatch(spec, attrs.labels, attrs.properties, b, ctx)) return false;
  b[spec.name] = new Node(entry.key, attrs.labels, attrs.properties as never);
  if (spec.where && spec.where(b, ctx) !== true) {
    unbind(b, spec.name);
    return false;
  }
  return true;
}

function nodeStep(spec: NodeSpec, b: Row, ctx: ExecContext, next: () => void): void {
  if (spec.bound) {
    const v = b[spec.name];
    if (v === null || v === undefined) return;
    if (!(v instanceof Node)) throw runtimeTypeError('InvalidArgumentType', `Variable \`${spec.name}\` is not a node`);
    if (!ctx.store.hasNode(v.id)) return;
    if (!nodeMatches(spec, v, b, ctx)) return;
    if (spec.where && spec.where(b, ctx) !== true) return;
    next();
    return;
  }
  const candidates = nodeCandidates(spec, b, ctx);
  for (const candidate of candidates) {
    ctx.tick();
    if (!tryNode(spec, candidate, b, ctx)) continue;
    next();
  }
  unbind(b, spec.name);
}

type AdjacentVisitor = (e: EdgeRecord, other: string, otherAttrs: NodeAttributes) => void;

/**
 * Visit the relationships next to `node` in direction `dir`, of one of `types` (deduplicated;
 * any type for null), with the node at the other end. A self-loop comes once for 'both', as an
 * undirected pattern matches it once. Reads the store's per-node adjacency, so a typed hop
 * touches only relationships of its types.
 */
function forEachAdjacent(ctx: ExecContext, node: string, dir: 'out' | 'in' | 'both', types: readonly string[] | null, f: AdjacentVisitor): void {
  const adj = ctx.store.adjacency(node);
  if (types === null) {
    if (dir !== 'in') visitOut(adj.out, f);
    if (dir !== 'out') visitIn(adj.in, dir === 'both', f);
    return;
  }
  if (dir !== 'in')
    for (const type of types) {
      const t = adj.byType.get(type);
      if (t) visitOut(t.out, f);
    }
  if (dir !== 'out')
    for (const type of types) {
      const t = adj.byType.get(type);
      if (t) visitIn(t.in, dir === 'both', f);
    }
}

function visitOut(list: readonly EdgeRecord[], f: AdjacentVisitor): void {
  for (const e of list) {
    f(e, e.target, e.targetAttrs);
  }
}

function visitIn(list: readonly EdgeRecord[], skipLoops: boolean, f: AdjacentVisitor): void {
  for (const e of list) {
    if (skipLoops && e.source === e.target) continue;
    f(e, e.source, e.sourceAttrs);
  }
}

function allTrue(checks: readonly Expr[], b: Row, ctx: ExecContext): boolean {
  for (const check of checks) if (check(b, ctx) !== true) return false;
  return true;
}

function relOf(e: EdgeRecord): Relationship {
  return new Relationship(e.key, e.attrs.type, e.source, e.target, e.attrs.properties as never);
}

/** Arrive at `key` as pattern node `to`: check or bind, then continue. */
function arrive(to: NodeSpec, key: string, attrs: NodeAttributes | null, b: Row, ctx: ExecContext, next: () => void): void {
  if (to.bound) {
    const v = b[to.name];
    if (!(v instanceof Node) || v.id !== key) return;
    if (!nodeMatches(to, v, b, ctx)) return;
    if (to.where && to.where(b, ctx) !== true) return;
    next();
    return;
  }
  if (to.skip) {
    next();
    return;
  }
  if (attrs === null) {
    // The start of a variable-length hop: a node value already.
    const n = ctx.store.node(key);
    if (!nodeMatches(to, n, b, ctx)) return;
    b[to.name] = n;
  } else {
    if (!attrsMatch(to, attrs.labels, attrs.properties, b, ctx)) return;
    if (to.unread) {
      next();
      return;
    }
    b[to.name] = new Node(key, attrs.labels, attrs.properties as never);
  }
  if (!to.where || to.where(b, ctx) === true) next();
  unbind(b, to.name);
}

/** Start a part from the relationships of its types (or all), binding both end nodes. */
function edgeStep(step: Extract<Step, { k: 'edge' }>, b: Row, ctx: ExecContext, used: Set<string> | null, trace: Relationship[][], next: () => void): void {
  const rel = step.rel;
  const visit = (key: string, attrs: EdgeAttributes, s: string, t: string, sa: NodeAttributes, ta: NodeAttributes): void => {
    ctx.tick();
    if (used !== null && used.has(key)) return;
    if (!propsMatch(rel.props, attrs.properties, b, ctx)) return;
    const r = rel.materialise || step.trace ? new Relationship(key, attrs.type, s, t, attrs.properties as never) : null;
    if (rel.direction === 'left') end(key, r, t, ta, s, sa);
    else {
      end(key, r, s, sa, t, ta);
      if (rel.direction === 'none' && s !== t) end(key, r, t, ta, s, sa);
    }
  };
  const end = (key: string, r: Relationship | null, l: string, la: NodeAttributes, rr: string, ra: NodeAttributes): void => {
    if (!rel.bound && r !== null) b[rel.name] = r;
    if (rel.where && rel.where(b, ctx) !== true) return;
    if (step.checks.length > 0 && !allTrue(step.checks, b, ctx)) return;
    used?.add(key);
    if (step.trace && r) trace[step.index] = [r];
    arrive(step.left, l, la, b, ctx, () => arrive(step.right, rr, ra, b, ctx, next));
    used?.delete(key);
  };
  if (rel.types.length > 0) {
    for (const type of rel.types) for (const e of ctx.store.relsWithType(type)) visit(e.key, e.attrs, e.source, e.target, e.sourceAttrs, e.targetAttrs);
  } else ctx.store.forEachRel(visit);
  if (!rel.bound) unbind(b, rel.name);
}

function hopStep(step: Extract<Step, { k: 'hop' }>, b: Row, ctx: ExecContext, used: Set<string> | null, trace: Relationship[][], next: () => void): void {
  const from = b[step.from];
  if (!(from instanceof Node)) return;
  const rel = step.rel;
  const types = rel.types.length > 0 ? rel.types : null;

  if (!rel.varLength) {
    const boundRel = rel.bound ? b[rel.name] : undefined;
    if (rel.bound && !(boundRel instanceof Relationship)) return;
    const known = boundRel instanceof Relationship ? boundRel : undefined;
    // Walked without a callback per relationship: this is the innermost loop of most queries.
    const adj = ctx.store.adjacency(from.id);
    const dir = step.dir;
    if (types === null) {
      if (dir !== 'in') hopAlong(adj.out, true, false, step, b, ctx, used, trace, next, known);
      if (dir !== 'out') hopAlong(adj.in, false, dir === 'both', step, b, ctx, used, trace, next, known);
    } else {
      if (dir !== 'in')
        for (const type of types) {
          const list = adj.byType.get(type);
          if (list) hopAlong(list.out, true, false, step, b, ctx, used, trace, next, known);
        }
      if (dir !== 'out')
        for (const type of types) {
          const list = adj.byType.get(type);
          if (list) hopAlong(list.in, false, dir === 'both', step, b, ctx, used, trace, next, known);
        }
    }
    if (!rel.bound) unbind(b, rel.name);
    return;
  }

  if (rel.qpp) {
    const names = rel.qpp.groupNames;
    rel.qpp.walk(from, step.reversed, b, ctx, used, (end, rels, groups) => {
      names.forEach((name, i) => {
        b[name] = groups[i] ?? [];
      });
      trace[step.index] = rels;
      arrive(step.to, end.id, null, b, ctx, next);
    });
    for (const name of names) unbind(b, name);
    return;
  }

  // Variable length: depth-first, edges unique within the pattern.
  const path: Relationship[] = [];
  const boundList = rel.bound ? b[rel.name] : undefined;
  const seen = used ?? new Set<string>();
  const expand = (cur: string, curAttrs: NodeAttributes | null, depth: number): void => {
    if (depth >= rel.min) {
      const list = step.reversed ? [...path].reverse() : [...path];
      if (boundList === undefined || sameRelList(boundList, list)) {
        if (!rel.bound) b[rel.name] = list;
        trace[step.index] = list;
        arrive(step.to, cur, curAttrs, b, ctx, next);
      }
    }
    if (depth >= rel.max) return;
    forEachAdjacent(ctx, cur, step.dir, types, (e, other, otherAttrs) => {
      ctx.tick();
      if (seen.has(e.key)) return;
      if (!propsMatch(rel.props, e.attrs.properties, b, ctx)) return;
      if (rel.eachWhere) {
        b[rel.name] = relOf(e);
        const pass = rel.eachWhere(b, ctx) === true;
        unbind(b, rel.name);
        if (!pass) return;
      }
      seen.add(e.key);
      path.push(relOf(e));
      expand(other, otherAttrs, depth + 1);
      path.pop();
      seen.delete(e.key);
    });
  };
  expand(from.id, null, 0);
  if (!rel.bound) unbind(b, rel.name);
}

/**
 * One hop along a list of a node's relationships: outgoing ones (`outgoing`, the far node is the
 * target) or incoming ones (skipping self-loops already met as outgoing, for an undirected hop).
 */
function hopAlong(
  list: readonly EdgeRecord[],
  outgoing: boolean,
  skipLoops: boolean,
  step: Extract<Step, { k: 'hop' }>,
  b: Row,
  ctx: ExecContext,
  used: Set<string> | null,
  trace: Relationship[][],
  next: () => void,
  boundRel: Relationship | undefined,
): void {
  const rel = step.rel;
  for (const e of list) {
    if (skipLoops && e.source === e.target) continue;
    ctx.tick();
    if (used !== null && used.has(e.key)) continue;
    if (boundRel !== undefined && boundRel.id !== e.key) continue;
    if (!propsMatch(rel.props, e.attrs.properties, b, ctx)) continue;
    let r: Relationship | null = null;
    if (rel.bound) r = boundRel ?? null;
    else if (rel.materialise || step.trace) b[rel.name] = r = relOf(e);
    if (rel.where && rel.where(b, ctx) !== true) continue;
    if (step.checks.length > 0 && !allTrue(step.checks, b, ctx)) continue;
    used?.add(e.key);
    if (step.trace && r) trace[step.index] = [r];
    if (outgoing) arrive(step.to, e.target, e.targetAttrs, b, ctx, next);
    else arrive(step.to, e.source, e.sourceAttrs, b, ctx, next);
    used?.delete(e.key);
  }
}

function sameRelList(v: CypherValue, list: Relationship[]): boolean {
  if (!Array.isArray(v) || v.length !== list.length) return false;
  return v.every((x, i) => x instanceof Relationship && x.id === list[i]?.id);
}

function shortestStep(step: Extract<Step, { k: 'shortest' }>, b: Row, ctx: ExecContext, used: Set<string> | null, next: () => void): void {
  const from = b[step.from];
  const to = b[step.to];
  if (!(from instanceof Node) || !(to instanceof Node)) return;
  const rel = step.rel;
  const store = ctx.store;
  const dir = rel.direction === 'none' ? 'both' : rel.direction === 'right' ? 'out' : 'in';
  const emitPath = (rels: Relationship[]): void => {
    const nodes: Node[] = [from];
    let cur = from.id;
    for (const r of rels) {
      cur = r.start === cur ? r.end : r.start;
      nodes.push(store.node(cur));
    }
    if (step.pathName) b[step.pathName] = new Path(nodes, rels);
    if (!rel.bound) b[rel.name] = rels;
    next();
  };
  const { all, search, sameEnds } = step.plan;
  const types = rel.types.length > 0 ? rel.types : null;
  // Both ends one node, as the plan says: the empty path, the shortest cycles depth-first one
  // length at a time (shortest-cycle.ts), or Neo4j 5's error for a written shortestPath() (its
  // default dbms.cypher.forbid_shortestpath_common_nodes).
  if (from.id === to.id) {
    if (sameEnds === 'empty-path') emitPath([]);
    else if (sameEnds === 'error') throw runtimeError('DatabaseError', 'ShortestPathCommonEndNodes', SHORTEST_COMMON_NODES);
    else {
      const cycles: CycleSearch = { dir, types, min: rel.min, max: rel.max, used, fits: (e) => propsMatch(rel.props, e.attrs.properties, b, ctx) };
      for (const p of shortestCycles(ctx, from.id, cycles, all)) emitPath(p);
    }
    return;
  }
  if (search === 'bidirectional') {
    for (const p of bidirectionalShortest(ctx, from.id, to.id, dir, types, rel, b, used, step.plan)) emitPath(p);
    return;
  }
  // A minimum length above one: breadth-first from the start by levels, keeping every shortest
  // predecessor edge for allShortestPaths.
  const preds = new Map<string, Pred[]>();
  const depthOf = new Map<string, number>([[from.id, 0]]);
  let frontier = [from.id];
  let depth = 0;
  let found = false;
  let cur = '';
  let nextFrontier: string[] = [];
  const visit: AdjacentVisitor = (e, nxt) => {
    ctx.tick();
    if (used !== null && used.has(e.key)) return;
    if (!propsMatch(rel.props, e.attrs.properties, b, ctx)) return;
    const d = depthOf.get(nxt);
    if (d === undefined) {
      depthOf.set(nxt, depth);
      nextFrontier.push(nxt);
    }
    if (d === undefined || d === depth) {
      const pred = { edge: e, prev: cur };
      const list = preds.get(nxt);
      if (list) list.push(pred);
      else preds.set(nxt, [pred]);
    }
    if (nxt === to.id && depth >= rel.min) found = true;
  };
  while (frontier.length > 0 && depth < rel.max && !found) {
    depth++;
    nextFrontier = [];
    for (const node of frontier) {
      cur = node;
      forEachAdjacent(ctx, cur, dir, types, visit);
    }
    frontier = nextFrontier;
  }
  if (!found) return;
  // Walk predecessor edges back from the target.
  const target = depthOf.get(to.id) ?? 0;
  const paths: Relationship[][] = [];
  const back = (at: string, acc: Relationship[]): void => {
    if (at === from.id && acc.length === target) {
      paths.push([...acc].reverse());
      return;
    }
    if (acc.length >= target) return;
    for (const { edge, prev } of preds.get(at) ?? []) {
      if (acc.some((r) => r.id === edge.key)) continue;
      acc.push(relOf(edge));
      back(prev, acc);
      acc.pop();
      if (!all && paths.length > 0) return;
    }
  };
  back(to.id, []);
  for (const p of all ? paths : paths.slice(0, 1)) emitPath(p);
}

/**
 * The shortest paths from `source` to `target` (distinct nodes), each as its relationships in
 * order: every one for allShortestPaths, else the first found. Breadth-first from both ends,
 * a whole level at a time, on the side the plan's `widen` picks (the one whose frontier has
 * fewer relationships to walk);
 * the first level that reaches a node the other side has reached fixes the length. Every
 * shortest path then has exactly one node on that level, so the paths are the predecessor
 * chains back to the source times those on to the target, through each such node.
 */
function bidirectionalShortest(
  ctx: ExecContext,
  source: string,
  target: string,
  dir: 'out' | 'in' | 'both',
  types: readonly string[] | null,
  rel: RelSpec,
  b: Row,
  used: Set<string> | null,
  { all, widen }: ShortestStep,
): Relationship[][] {
  const store = ctx.store;
  const backDir = dir === 'out' ? 'in' : dir === 'in' ? 'out' : 'both';
  const sides: [SearchSide, SearchSide] = [
    { dir, dist: new Map([[source, 0]]), preds: new Map(), frontier: [source], depth: 0 },
    { dir: backDir, dist: new Map([[target, 0]]), preds: new Map(), frontier: [target], depth: 0 },
  ];
  const typeList = types ?? [];
  const work = (side: SearchSide): number => {
    let n = 0;
    for (const node of side.frontier) n += store.degree(node, side.dir, typeList);
    return n;
  };
  let meeting: string[] = [];
  while (sides[0].frontier.length > 0 && sides[1].frontier.length > 0 && sides[0].depth + sides[1].depth < rel.max) {
    const forward = widen === 'fewer-relationships' && work(sides[0]) <= work(sides[1]);
    const side = forward ? sides[0] : sides[1];
    const other = forward ? sides[1] : sides[0];
    const depth = side.depth + 1;
    const nextFrontier: string[] = [];
    let cur = '';
    const visit: AdjacentVisitor = (e, nxt) => {
      ctx.tick();
      if (used !== null && used.has(e.key)) return;
      if (!propsMatch(rel.props, e.attrs.properties, b, ctx)) return;
      const d = side.dist.get(nxt);
      if (d === undefined) {
        side.dist.set(nxt, depth);
        nextFrontier.push(nxt);
      } else if (d !== depth) return;
      const list = side.preds.get(nxt);
      if (list) list.push({ edge: e, prev: cur });
      else side.preds.set(nxt, [{ edge: e, prev: cur }]);
    };
    for (const node of side.frontier) {
      cur = node;
      forEachAdjacent(ctx, cur, side.dir, types, visit);
    }
    side.frontier = nextFrontier;
    side.depth = depth;
    meeting = nextFrontier.filter((n) => other.dist.has(n));
    if (meeting.length > 0) break;
  }
  if (meeting.length === 0) return [];
  // Chains of relationships from the source to a meeting node, and from there to the target.
  const fromSource = walkChains(sides[0].preds, source, true, all);
  const toTarget = walkChains(sides[1].preds, target, false, all);
  const out: Relationship[][] = [];
  for (const m of meeting) {
    for (const head of fromSource(m))
      for (const tail of toTarget(m)) {
        out.push([...head, ...tail]);
        if (!all) return out;
      }
  }
  return out;
}

/** One end of a two-sided breadth-first search: distances and shortest predecessors so far. */
interface SearchSide {
  dir: 'out' | 'in' | 'both';
  dist: Map<string, number>;
  preds: Map<string, Pred[]>;
  frontier: string[];
  depth: number;
}

/**
 * The predecessor chains from a node back to `end`, each as relationships in path order
 * (`toward`: the chain ends at the node, else it starts there); only the first when not `all`.
 */
function walkChains(preds: Map<string, Pred[]>, end: string, toward: boolean, all: boolean): (node: string) => Relationship[][] {
  const memo = new Map<string, Relationship[][]>();
  const walk = (n: string): Relationship[][] => {
    if (n === end) return [[]];
    let known = memo.get(n);
    if (known) return known;
    known = [];
    for (const { edge, prev } of preds.get(n) ?? []) {
      for (const c of walk(prev)) {
        known.push(toward ? [...c, relOf(edge)] : [relOf(edge), ...c]);
        if (!all) break;
      }
      if (!all && known.length > 0) break;
    }
    memo.set(n, known);
    return known;
  };
  return walk;
}

/** A shortest-path predecessor: the edge that reached a node from `prev`, one level closer to the start. */
interface Pred {
  edge: EdgeRecord;
  prev: string;
}
