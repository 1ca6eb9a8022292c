// Path selectors, `MATCH p = SHORTEST 2 (a)-[:R]->+(b)`, as the planner's SelectedPatternPlan
// says (planner/path-selection.ts chooses the strategy): a part with a selector is matched in
// full (or one length at a time), its matches grouped by their two end nodes, and each group cut
// down by path length: SHORTEST k keeps the k shortest, ANY k any k, ALL SHORTEST every shortest
// one, SHORTEST k GROUPS every path of the k shortest lengths. The MATCH's WHERE runs after the
// selection, as in Neo4j (a WHERE that drops the shortest path does not bring back a longer one).

import type * as A from '../ast/ast.js';
import { Node, Path, Relationship } from '../values.js';
import type { ExecContext, Row } from './context.js';
import { compileExpression } from './expressions.js';
import type { CompiledPattern } from './pattern-matcher.js';
import type { CompileScope } from './scope.js';
import { copyRow, rowWith } from './row.js';
import { describeMatch } from '../plan-description.js';
import type { PatternPlan } from '../planner/pattern-plan.js';
import type { BreadthFirstStrategy, SelectedPatternPlan, SelectionStrategy } from '../planner/path-selection.js';
import type { EdgeRecord } from './graph-store.js';

type CompilePlan = (plan: PatternPlan, scope: CompileScope, applyWhere: boolean) => CompiledPattern;

interface SelectedPart {
  pattern: CompiledPattern;
  pathName: string;
  selector: A.PathSelector;
  deepening: Deepening | null;
  search: BreadthFirst | null;
}

/** The planner's `breadth-first` strategy with its node patterns compiled. */
interface BreadthFirst {
  strategy: BreadthFirstStrategy;
  start: CompiledPattern | null;
  startTest: CompiledPattern;
  endTest: CompiledPattern;
}

/** A trail found so far: where it ends and its relationships, in the order walked. */
interface Trail {
  at: string;
  rels: EdgeRecord[];
}

/** The relationships at `node` a trail may take next, with the node each leads to. */
function steps(ctx: ExecContext, node: string, dir: 'out' | 'in' | 'both', types: readonly string[], f: (e: EdgeRecord, other: string) => void): void {
  const adj = ctx.store.adjacency(node);
  const lists = types.length === 0 ? [adj] : types.flatMap((t) => adj.byType.get(t) ?? []);
  for (const list of lists) {
    if (dir !== 'in') for (const e of list.out) f(e, e.target);
    if (dir !== 'out') for (const e of list.in) if (dir === 'in' || e.source !== e.target) f(e, e.source);
  }
}

/** Every node `dir` leads to from `starts` in one or more steps (`backwards`: every node that leads to them). */
function reach(ctx: ExecContext, starts: Iterable<string>, dir: 'out' | 'in' | 'both', types: readonly string[], backwards: boolean): Set<string> {
  const way = backwards && dir !== 'both' ? (dir === 'out' ? 'in' : 'out') : dir;
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    steps(ctx, queue.pop()!, way, types, (_e, other) => {
      ctx.tick();
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    });
  }
  return seen;
}

/**
 * The trails from `from` each end node keeps under `selector`, found level by level (see
 * BreadthFirstStrategy): per end node, in the order found, shortest first.
 */
function searchFrom(
  ctx: ExecContext,
  from: string,
  how: BreadthFirstStrategy,
  selector: A.PathSelector,
  isEnd: (node: string) => boolean,
): Map<string, EdgeRecord[][]> {
  const { dir, types, min } = how;
  const found = new Map<string, { trails: EdgeRecord[][]; lengths: number[] }>();
  const wanted = selector.kind === 'allShortest' ? 1 : selector.k;
  const byCount = selector.kind === 'shortest' || selector.kind === 'any';
  const candidates = [...reach(ctx, [from], dir, types, false)];
  if (min === 0) candidates.push(from);
  const unsettled = new Set(candidates.filter(isEnd));
  const record = (at: string, rels: EdgeRecord[]): void => {
    if (!unsettled.has(at)) return;
    let f = found.get(at);
    if (!f) found.set(at, (f = { trails: [], lengths: [] }));
    if (byCount ? f.trails.length >= wanted : f.lengths.length >= wanted && f.lengths.at(-1) !== rels.length) return;
    f.trails.push(rels);
    if (f.lengths.at(-1) !== rels.length) f.lengths.push(rels.length);
  };
  if (min === 0) record(from, []);
  // No trail is longer than the graph has relationships.
  const last = Math.min(how.max, ctx.store.relationshipCount);
  let level: Trail[] = [{ at: from, rels: [] }];
  for (let d = 1; d <= last && level.length > 0; d++) {
    for (const [node, f] of found) if (byCount ? f.trails.length >= wanted : f.lengths.length >= wanted) unsettled.delete(node);
    if (unsettled.size === 0) break;
    // Where an unsettled end node can still be reached from (whatever the trail took already).
    const leadsOn = reach(ctx, unsettled, dir, types, true);
    for (const node of unsettled) leadsOn.add(node);
    const next: Trail[] = [];
    for (const trail of level) {
      if (!leadsOn.has(trail.at)) continue;
      steps(ctx, trail.at, dir, types, (e, other) => {
        ctx.tick();
        if (trail.rels.some((x) => x.key === e.key)) return;
        const rels = [...trail.rels, e];
        if (d >= min) record(other, rels);
        next.push({ at: other, rels });
      });
    }
    level = next;
  }
  return new Map([...found].map(([node, f]) => [node, f.trails]));
}

/** The row of one trail found: its two end nodes, its relationships (as a list) and its path, first node to last. */
function trailRow(r: Row, ctx: ExecContext, how: BreadthFirstStrategy, pathName: string, from: Node, to: string, rels: EdgeRecord[]): Row {
  const relationships = rels.map((e) => new Relationship(e.key, e.attrs.type, e.source, e.target, e.attrs.properties as never));
  const nodes: Node[] = [from];
  for (const e of rels) nodes.push(ctx.store.node(nodes.at(-1)!.id === e.source ? e.target : e.source));
  const out = rowWith(rowWith(r, how.from, from), how.to, nodes.at(-1) ?? ctx.store.node(to));
  if (how.rel) out[how.rel] = how.reversed ? [...relationships].reverse() : relationships;
  out[pathName] = how.reversed ? new Path([...nodes].reverse(), [...relationships].reverse()) : new Path(nodes, relationships);
  return out;
}

/** Whether a node pattern compiled with its variable bound holds for the row. */
function holds(pattern: CompiledPattern, r: Row, ctx: ExecContext): boolean {
  let ok = false;
  pattern.match(r, ctx, () => {
    ok = true;
    return false;
  });
  return ok;
}

/** The planner's `deepen` strategy with the part compiled once per length tried. */
interface Deepening {
  strategy: Extract<SelectionStrategy, { kind: 'deepen' }>;
  /** The part with the relationship's maximum set to `d`. */
  upTo(d: number): CompiledPattern;
}

function deepening(plan: PatternPlan, strategy: Extract<SelectionStrategy, { kind: 'deepen' }>, scope: CompileScope, compile: CompilePlan): Deepening {
  const compiled = new Map<number, CompiledPattern>();
  return {
    strategy,
    upTo(d) {
      let pattern = compiled.get(d);
      if (!pattern) compiled.set(d, (pattern = compile(scope.planner.cappedAt(plan, d), scope, false)));
      return pattern;
    },
  };
}

/** Whether `to` can be reached from `from` at all (any relationships of the types, each way allowed). */
function reachable(ctx: ExecContext, from: string, to: string, dir: 'out' | 'in' | 'both', types: readonly string[]): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (at === to && at !== from) return true;
    const adj = ctx.store.adjacency(at);
    const lists = types.length === 0 ? [adj] : types.flatMap((t) => adj.byType.get(t) ?? []);
    for (const list of lists) {
      const next = [...(dir !== 'in' ? list.out.map((e) => e.target) : []), ...(dir !== 'out' ? list.in.map((e) => e.source) : [])];
      for (const n of next) {
        ctx.tick();
        if (n === to) return true;
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
  }
  return false;
}

/** Whether the paths found up to some length already settle what the selector keeps. */
function settled(lengths: number[], s: A.PathSelector): boolean {
  if (s.kind === 'shortest' || s.kind === 'any') return lengths.length >= s.k;
  if (s.kind === 'allShortest') return lengths.length > 0;
  return new Set(lengths).size >= s.k;
}

/** The matches a selector keeps out of one group (all with the same end nodes, shortest first). */
function select(group: { row: Row; length: number }[], s: A.PathSelector): Row[] {
  if (s.kind === 'shortest' || s.kind === 'any') return group.slice(0, s.k).map((g) => g.row);
  const lengths = [...new Set(group.map((g) => g.length))];
  const keep = s.kind === 'allShortest' ? 1 : s.k;
  const longest = lengths[Math.min(keep, lengths.length) - 1]!;
  return group.filter((g) => g.length <= longest).map((g) => g.row);
}

export function compileSelectedPattern(plan: SelectedPatternPlan, scope: CompileScope, applyWhere: boolean, compile: CompilePlan): CompiledPattern {
  const newVars: string[] = [];
  let current = scope;
  const head = plan.head ? compile(plan.head, scope, false) : null;
  if (head) {
    newVars.push(...head.newVars);
    current = current.with(head.newVars);
  }
  const selected: SelectedPart[] = plan.selected.map((part) => {
    const deepen = part.strategy.kind === 'deepen' ? deepening(part.pattern, part.strategy, current, compile) : null;
    const pattern = compile(part.pattern, current, false);
    let search: BreadthFirst | null = null;
    if (part.strategy.kind === 'breadth-first') {
      const how = part.strategy;
      const both = current.with([how.from, how.to]);
      search = {
        strategy: how,
        start: how.start ? compile(how.start, current, true) : null,
        startTest: compile(how.startTest, both, true),
        endTest: compile(how.endTest, both, true),
      };
    }
    newVars.push(...pattern.newVars);
    current = current.with(pattern.newVars);
    return { pattern, pathName: part.pathName, selector: part.selector, deepening: deepen, search };
  });
  const check = plan.where && applyWhere ? compileExpression(plan.where, current) : null;

  const match = (row: Row, ctx: ExecContext, emit: (b: Row) => boolean | void): void => {
    let stopped = false;
    const stage = (i: number, r: Row): void => {
      if (stopped) return;
      if (i === selected.length) {
        if (check && check(r, ctx) !== true) return;
        if (emit(r) === false) stopped = true;
        return;
      }
      const { pattern, pathName, selector, deepening, search } = selected[i]!;
      if (search) {
        const how = search.strategy;
        const fromEach = (start: Node, base: Row): void => {
          const withStart = rowWith(base, how.from, start);
          if (!holds(search.startTest, withStart, ctx)) return;
          const isEnd = (node: string): boolean => holds(search.endTest, rowWith(withStart, how.to, ctx.store.node(node)), ctx);
          for (const [end, trails] of searchFrom(ctx, start.id, how, selector, isEnd)) {
            for (const rels of trails) stage(i + 1, trailRow(base, ctx, how, pathName, start, end, rels));
          }
        };
        if (search.start) {
          const starts: Node[] = [];
          search.start.match(r, ctx, (m) => void starts.push(m[how.from] as Node));
          for (const start of starts) fromEach(start, r);
        } else if (r[how.from] instanceof Node) fromEach(r[how.from] as Node, r);
        return;
      }
      const groups = new Map<string, { row: Row; length: number }[]>();
      const collect = (m: Row): void => {
        const path = m[pathName] as Path;
        const key = `${(path.nodes[0] as Node).id}\u0000${(path.nodes.at(-1) as Node).id}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = []));
        group.push({ row: copyRow(m), length: path.relationships.length });
      };
      if (deepening) {
        const how = deepening.strategy;
        const [a, b] = [r[how.from], r[how.to]];
        if (!(a instanceof Node) || !(b instanceof Node)) return;
        if (how.min > 0 && !reachable(ctx, a.id, b.id, how.dir, how.types)) return;
        // No trail is longer than the graph has relationships.
        const last = Math.min(how.max, Math.max(how.min, ctx.store.relationshipCount));
        for (let d = how.min; d <= last; d++) {
          groups.clear();
          deepening.upTo(d).match(r, ctx, collect);
          const found = [...groups.values()][0] ?? [];
          if (
            d === last ||
            settled(
              found.map((g) => g.length),
              selector,
            )
          )
            break;
        }
      } else pattern.match(r, ctx, collect);
      for (const group of groups.values()) {
        // A stable sort: among paths of one length, the order they were found in.
        group.sort((a, b) => a.length - b.length);
        for (const kept of select(group, selector)) stage(i + 1, kept);
      }
    };
    if (head) head.match(row, ctx, (b) => stage(0, copyRow(b)));
    else stage(0, row);
  };

  return {
    newVars,
    describe: () => describeMatch(plan),
    match,
    *stream(row: Row, ctx: ExecContext) {
      const out: Row[] = [];
      match(row, ctx, (b) => void out.push(copyRow(b)));
      yield* out;
    },
  };
}
