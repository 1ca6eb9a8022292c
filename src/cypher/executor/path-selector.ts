// Path selectors, `MATCH p = SHORTEST 2 (a)-[:R]->+(b)`, as the planner's SelectedPatternPlan
// says (planner/path-selection.ts chooses the strategy): a part with a selector is matched in
// full (or one length at a time), its matches grouped by their two end nodes, and each group cut
// down by path length: SHORTEST k keeps the k shortest, ANY k any k, ALL SHORTEST every shortest
// one, SHORTEST k GROUPS every path of the k shortest lengths. The MATCH's WHERE runs after the
// selection, as in Neo4j (a WHERE that drops the shortest path does not bring back a longer one).

import type * as A from '../ast/ast.js';
import { Node, type Path } from '../values.js';
import type { ExecContext, Row } from './context.js';
import { compileExpression } from './expressions.js';
import type { CompiledPattern } from './pattern-matcher.js';
import type { CompileScope } from './scope.js';
import { copyRow } from './row.js';
import { describeMatch } from '../plan-description.js';
import type { PatternPlan } from '../planner/pattern-plan.js';
import type { SelectedPatternPlan, SelectionStrategy } from '../planner/path-selection.js';

type CompilePlan = (plan: PatternPlan, scope: CompileScope, applyWhere: boolean) => CompiledPattern;

interface SelectedPart {
  pattern: CompiledPattern;
  pathName: string;
  selector: A.PathSelector;
  deepening: Deepening | null;
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
    newVars.push(...pattern.newVars);
    current = current.with(pattern.newVars);
    return { pattern, pathName: part.pathName, selector: part.selector, deepening: deepen };
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
      const { pattern, pathName, selector, deepening } = selected[i]!;
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
