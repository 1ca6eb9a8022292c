// Path selectors, `MATCH p = SHORTEST 2 (a)-[:R]->+(b)`: a part with a selector is matched in
// full, its matches grouped by their two end nodes, and each group cut down by path length:
// SHORTEST k keeps the k shortest, ANY k any k, ALL SHORTEST every shortest one, SHORTEST k
// GROUPS every path of the k shortest lengths. The MATCH's WHERE runs after the selection, as
// in Neo4j (a WHERE that drops the shortest path does not bring back a longer one).

import type * as A from '../ast/ast.js';
import { Node, Path } from '../values.js';
import type { ExecContext, Row } from './context.js';
import { compileExpression } from './expressions.js';
import type { CompiledPattern } from './pattern-matcher.js';
import type { CompileScope } from './scope.js';
import { copyRow } from './row.js';
import { simplifyQuantified } from './quantified-path.js';

type CompilePattern = (parts: readonly A.PatternPart[], scope: CompileScope, where: A.Expression | null, applyWhere: boolean) => CompiledPattern;

interface SelectedPart {
  pattern: CompiledPattern;
  pathName: string;
  selector: A.PathSelector;
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
function asShortestPath(part: A.PatternPart): A.PatternPart | null {
  const selector = part.selector!;
  const rels = part.element.relationships;
  if (!((selector.kind === 'shortest' && selector.k === 1) || selector.kind === 'allShortest')) return null;
  if (part.element.where || rels.length !== 1 || rels[0]!.quantified || rels[0]!.where || rels[0]!.typeExpression || !rels[0]!.length) return null;
  // Breadth-first over nodes finds trails that visit no node twice: shortest ones are such, but
  // not those forced longer by a minimum (two self-loops in a row).
  if ((rels[0]!.length.min ?? 1) > 1) return null;
  return {
    ...part,
    selector: null,
    shortest: selector.kind === 'shortest' ? 'shortestPath' : 'allShortestPaths',
    element: { ...part.element, relationships: [{ ...rels[0]!, quantifier: null }] },
  };
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
      const pattern = compile([whole], current, null, false);
      newVars.push(...pattern.newVars);
      current = current.with(pattern.newVars);
      return { pattern, pathName, selector: part.selector! };
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
      const { pattern, pathName, selector } = selected[i]!;
      const groups = new Map<string, { row: Row; length: number }[]>();
      pattern.match(r, ctx, (m) => {
        const path = m[pathName] as Path;
        const key = `${(path.nodes[0] as Node).id}\u0000${(path.nodes.at(-1) as Node).id}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = []));
        group.push({ row: copyRow(m), length: path.relationships.length });
      });
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
