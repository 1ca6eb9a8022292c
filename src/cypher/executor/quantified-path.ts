// Quantified path patterns, `(a) ((x)-[r:R]->(y) WHERE p){1,3} (b)`: the inner path repeated,
// each repetition starting where the last ended (the first at `a`, the last ending at `b`), no
// relationship twice in the whole match. The inner path is a pattern of its own whose first node
// is bound to where the repetition starts, planned both ways round by the planner
// (QuantifiedPlan), so inner labels, properties and WHERE are checked by the ordinary matcher;
// the variables inside become lists, one element per repetition (group variables).

import type * as A from '../ast/ast.js';
import type { Node, Relationship, CypherValue } from '../values.js';
import type { ExecContext, Row } from './context.js';
import type { CompiledPattern } from './pattern-matcher.js';
import type { CompileScope } from './scope.js';
import { rowWith } from './row.js';
import { print } from '../ast/printer.js';
import type { PatternPlan, QuantifiedPlan, RepetitionPlan } from '../planner/pattern-plan.js';

type CompilePlan = (plan: PatternPlan, scope: CompileScope, applyWhere: boolean) => CompiledPattern;

/** One way round through the inner path. */
interface Orientation extends Omit<RepetitionPlan, 'plan'> {
  pattern: CompiledPattern;
}

export interface QuantifiedMatcher {
  /** The quantified path as written, for plan descriptions. */
  text: string;
  /** The user-visible variables inside, bound to lists once a match is found. */
  groupNames: string[];
  min: number;
  max: number;
  /**
   * Every way of repeating the inner path from `from` (walking it backwards when `reversed`),
   * calling `found` with the end node, the relationships in path order and the group values
   * (in path order, indexed like `groupNames`). `used` holds relationships taken elsewhere in
   * the pattern; those taken here are added while `found` runs.
   */
  walk(
    from: Node,
    reversed: boolean,
    b: Row,
    ctx: ExecContext,
    used: Set<string> | null,
    found: (end: Node, rels: Relationship[], groups: CypherValue[][]) => void,
  ): void;
}

export function compileQuantifiedPath(plan: QuantifiedPlan, q: A.QuantifiedPath, scope: CompileScope, compile: CompilePlan): QuantifiedMatcher {
  const unique = plan.groupNames;
  const orient = ({ plan: inner, ...way }: RepetitionPlan): Orientation => ({ ...way, pattern: compile(inner, scope.with([way.first]), true) });
  const forward = orient(plan.forward);
  const backward = orient(plan.backward);
  const max = q.max ?? Infinity;
  return {
    text: print(q),
    groupNames: unique,
    min: q.min,
    max,
    walk(from, reversed, b, ctx, used, found) {
      const way = reversed ? backward : forward;
      const seen = used ?? new Set<string>();
      const rels: Relationship[] = [];
      const groups: CypherValue[][] = unique.map(() => []);
      const repeat = (cur: Node, depth: number): void => {
        ctx.tick();
        if (depth >= q.min) {
          found(cur, reversed ? [...rels].reverse() : [...rels], reversed ? groups.map((g) => [...g].reverse()) : groups.map((g) => [...g]));
        }
        if (depth >= max) return;
        way.pattern.match(rowWith(b, way.first, cur), ctx, (r) => {
          const hop = way.relNames.map((n) => r[n] as Relationship);
          if (hop.some((x) => seen.has(x.id))) return;
          for (const x of hop) seen.add(x.id);
          rels.push(...hop);
          unique.forEach((n, i) => groups[i]!.push(r[n]!));
          repeat(r[way.last] as Node, depth + 1);
          for (const g of groups) g.pop();
          rels.length -= hop.length;
          for (const x of hop) seen.delete(x.id);
        });
      };
      repeat(from, 0);
    },
  };
}
