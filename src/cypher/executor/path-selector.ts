// Path selectors, `MATCH p = SHORTEST 2 (a)-[:R]->+(b)`: a part with a selector is matched in
// full, its matches grouped by their two end nodes, and each group cut down by path length:
// SHORTEST k keeps the k shortest, ANY k any k, ALL SHORTEST every shortest one, SHORTEST k
// GROUPS every path of the k shortest lengths. The MATCH's WHERE runs after the selection, as
// in Neo4j (a WHERE that drops the shortest path does not bring back a longer one).

import type * as A from '../ast/ast.js';
import { Node, type Path } from '../values.js';
import type { ExecContext, Row } from './context.js';
import { compileExpression } from './expressions.js';
import type { CompiledPattern } from './pattern-matcher.js';
import type { CompileScope } from './scope.js';
import { copyRow } from './row.js';
import { simplifyQuantified } from '../planner/pattern-plan.js';

type CompilePattern = (parts: readonly A.PatternPart[], scope: CompileScope, where: A.Expression | null, applyWhere: boolean) => CompiledPattern;

interface SelectedPart {
  pattern: CompiledPattern;
  pathName: string;
  selector: A.PathSelector;
  deepening: Deepening | null;
}

/**
 * Between two nodes bound before the pattern, over one quantified relationship, the lengths are
 * tried one at a time from the smallest until the selection is settled: paths longer than the
 * selection needs are never listed, and an end the start cannot reach is found breadth-first.
 */
interface Deepening {
  from: string;
  to: string;
  dir: 'out' | 'in' | 'both';
  types: readonly string[];
  min: number;
  max: number;
  /** The part with the relationship's maximum set to `d` (compiled once per length). */
  upTo(d: number): CompiledPattern;
}

function deepeningFor(part: A.PatternPart, pathName: string, scope: CompileScope, compile: CompilePattern): Deepening | null {
  const { nodes, relationships } = part.element;
  const rel = relationships[0];
  const [from, to] = [nodes[0]?.variable?.name, nodes[1]?.variable?.name];
  if (relationships.length !== 1 || !rel!.length || rel!.quantified || part.element.where) return null;
  if (!from || !to || !scope.has(from) || !scope.has(to)) return null;
  const compiled = new Map<number, CompiledPattern>();
  const length = rel!.length;
  return {
    from,
    to,
    dir: rel!.direction === 'right' ? 'out' : rel!.direction === 'left' ? 'in' : 'both',
    types: rel!.typeExpression ? [] : rel!.types,
    min: length.min ?? 1,
    max: length.max ?? Infinity,
    upTo(d) {
      let pattern = compiled.get(d);
      if (!pattern) {
        const capped: A.RelationshipPattern = { ...rel!, length: { min: length.min, max: d } };
        const whole: A.PatternPart = {
          ...part,
          selector: null,
          variable: { kind: 'Variable', name: pathName, loc: part.loc },
          element: { ...part.element, relationships: [capped] },
        };
        compiled.set(d, (pattern = compile([whole], scope, null, false)));
      }
      return pattern;
    },
  };
}

/** Whether `to` can be reached from `from` at all (any relationships of the types, each way allowed). */
function reachable(ctx: ExecContext, from: string, to: string, dir: Deepening['dir'], types: readonly string[]): boolean {
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

function describeSelector(s: A.PathSelector): string {
  switch (s.kind) {
    case 'shortest':
      return `keep the ${s.k} shortest path${s.k === 1 ? '' : 's'} per pair of end nodes`;
    case 'any':
      return `keep any ${s.k} path${s.k === 1 ? '' : 's'} per pair of end nodes`;
    case 'allShortest':
      return 'keep all shortest paths per pair of end nodes';
    case 'shortestGroups':
      return `keep the paths of the ${s.k} shortest length${s.k === 1 ? '' : 's'} per pair of end nodes`;
  }
}

/** The matches a selector keeps out of one group (all with the same end nodes, shortest first). */
function select(group: { row: Row; length: number }[], s: A.PathSelector): Row[] {
  if (s.kind === 'shortest' || s.kind === 'any') return group.slice(0, s.k).map((g) => g.row);
  const lengths = [...new Set(group.map((g) => g.length))];
  const keep = s.kind === 'allShortest' ? 1 : s.k;
  const longest = lengths[Math.min(keep, lengths.length) - 1]!;
  return group.filter((g) => g.length <= longest).map((g) => g.row);
}

/**
 * `SHORTEST 1` / `ALL SHORTEST` over one quantified or variable-length relationship with no
 * WHERE of its own and a minimum of at most one is what shortestPath() / allShortestPaths()
 * find, breadth-first (a cycle back to the start included), without listing every path: the
 * part is rewritten to that.
 */
/**
 * Parts rewritten from `SHORTEST 1` / `ALL SHORTEST`: unlike a written shortestPath(), these
 * find a cycle back to the start instead of failing on it.
 */
export const fromPathSelector = new WeakSet<A.PatternPart>();

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
  const rewritten: A.PatternPart = {
    ...part,
    selector: null,
    shortest: all ? 'allShortestPaths' : 'shortestPath',
    element: { ...part.element, relationships: [{ ...rels[0]!, quantifier: null }] },
  };
  fromPathSelector.add(rewritten);
  return rewritten;
}

export function compileSelectedPattern(
  parts: readonly A.PatternPart[],
  scope: CompileScope,
  where: A.Expression | null,
  applyWhere: boolean,
  compile: CompilePattern,
): CompiledPattern {
  const shortest = parts.length === 1 ? asShortestPath(simplifyQuantified(parts[0]!)) : null;
  if (shortest) return compile([shortest], scope, where, applyWhere);
  const plain = parts.filter((p) => p.selector === null);
  const newVars: string[] = [];
  let current = scope;
  const head = plain.length > 0 ? compile(plain, scope, null, false) : null;
  if (head) {
    newVars.push(...head.newVars);
    current = current.with(head.newVars);
  }
  const selected: SelectedPart[] = parts
    .filter((p) => p.selector !== null)
    .map((part) => {
      const pathName = part.variable?.name ?? scope.fresh('p');
      const whole: A.PatternPart = { ...part, selector: null, variable: { kind: 'Variable', name: pathName, loc: part.loc } };
      const deepening = deepeningFor(part, pathName, current, compile);
      const pattern = compile([whole], current, null, false);
      newVars.push(...pattern.newVars);
      current = current.with(pattern.newVars);
      return { pattern, pathName, selector: part.selector!, deepening };
    });
  const check = where && applyWhere ? compileExpression(where, current) : null;

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
        const [a, b] = [r[deepening.from], r[deepening.to]];
        if (!(a instanceof Node) || !(b instanceof Node)) return;
        if (deepening.min > 0 && !reachable(ctx, a.id, b.id, deepening.dir, deepening.types)) return;
        // No trail is longer than the graph has relationships.
        const last = Math.min(deepening.max, Math.max(deepening.min, ctx.store.relationshipCount));
        for (let d = deepening.min; d <= last; d++) {
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
    describe: () => [
      ...(head ? head.describe() : []),
      ...selected.flatMap((s) => [...s.pattern.describe(), describeSelector(s.selector)]),
      ...(check ? ['filter WHERE after selecting paths'] : []),
    ],
    match,
    *stream(row: Row, ctx: ExecContext) {
      const out: Row[] = [];
      match(row, ctx, (b) => void out.push(copyRow(b)));
      yield* out;
    },
  };
}
