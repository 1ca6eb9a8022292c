// Patterns used inside expressions: pattern predicates and EXISTS/COUNT { pattern } (does a
// match exist, how many) and pattern comprehensions (a list projected from every match).

import type * as A from '../ast/ast.js';
import { Node, type CypherValue } from '../values.js';
import type { Expr } from './context.js';
import { compileExpression } from './expressions.js';
import { compilePattern } from './pattern-matcher.js';
import type { DegreeLookup } from '../planner/pattern-plan.js';
import type { CompileScope } from './scope.js';

function partOf(element: A.PatternElement, pathName: string | null): A.PatternPart {
  return {
    kind: 'PatternPart',
    loc: element.loc,
    variable: pathName === null ? null : { kind: 'Variable', name: pathName, loc: element.loc },
    shortest: null,
    selector: null,
    element,
  };
}

function innerScope(scope: CompileScope, vars: string[]): CompileScope {
  return scope.withoutAggregates().with(vars);
}

/**
 * The number of matches of the planner's degree lookup for a row, or null where the general
 * matcher must decide (a value that is not a node, so that it raises the same error).
 */
function degreeOf(shape: DegreeLookup, row: Parameters<Expr>[0], ctx: Parameters<Expr>[1]): number | null {
  const v = row[shape.variable];
  if (v === null || v === undefined) return 0;
  if (!(v instanceof Node)) return null;
  if (!ctx.store.hasNode(v.id)) return 0;
  return ctx.store.degree(v.id, shape.direction, shape.types);
}

export function compileExistsPattern(pattern: A.PatternElement | A.Pattern, where: A.Expression | null, scope: CompileScope): Expr {
  const parts = pattern.kind === 'Pattern' ? pattern.parts : [partOf(pattern, null)];
  const s = scope.withoutAggregates();
  const compiled = compilePattern(parts, s, where, true);
  const shape = compiled.degree ?? null;
  return (row, ctx) => {
    if (shape) {
      const d = degreeOf(shape, row, ctx);
      if (d !== null) return d > 0;
    }
    let found = false;
    compiled.match(row, ctx, () => {
      found = true;
      return false;
    });
    return found;
  };
}

export function compileCountPattern(pattern: A.Pattern, where: A.Expression | null, scope: CompileScope): Expr {
  const s = scope.withoutAggregates();
  const compiled = compilePattern(pattern.parts, s, where, true);
  const shape = compiled.degree ?? null;
  return (row, ctx) => {
    if (shape) {
      const d = degreeOf(shape, row, ctx);
      if (d !== null) return BigInt(d);
    }
    let n = 0n;
    compiled.match(row, ctx, () => {
      n++;
    });
    return n;
  };
}

export function compilePatternComprehension(e: A.PatternComprehension, scope: CompileScope): Expr {
  const s = scope.withoutAggregates();
  const compiled = compilePattern([partOf(e.pattern, e.variable?.name ?? null)], s, e.where);
  const inner = innerScope(s, compiled.newVars);
  const w = e.where ? compileExpression(e.where, inner) : null;
  const proj = compileExpression(e.projection, inner);
  return (row, ctx) => {
    const out: CypherValue[] = [];
    compiled.match(row, ctx, (b) => {
      if (w && w(b, ctx) !== true) return;
      out.push(proj(b, ctx));
    });
    return out;
  };
}
