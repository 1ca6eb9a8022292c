// Patterns used inside expressions: pattern predicates and EXISTS/COUNT { pattern } (does a
// match exist, how many) and pattern comprehensions (a list projected from every match).

import type * as A from '../ast/ast.js';
import { Node, type CypherValue } from '../values.js';
import type { Expr } from './context.js';
import { compileExpression } from './expressions.js';
import { compilePattern } from './pattern-matcher.js';
import { isBareNode } from '../ast/patterns.js';
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

/** `(b)-[:T1|T2]-()` from a bound node to anything: what its degree answers. */
interface DegreeShape {
  variable: string;
  dir: 'out' | 'in' | 'both';
  types: string[];
}

/**
 * The shape whose matches are one per relationship of the bound node (of the given types and
 * direction): one part, no path variable, one single-hop relationship with no variable,
 * properties or WHERE, between a bound bare node and an anonymous bare node, and no WHERE.
 * Neo4j answers these with the node's degree; so do we, from the store's adjacency.
 */
function degreeShape(parts: readonly A.PatternPart[], where: A.Expression | null, scope: CompileScope): DegreeShape | null {
  if (where !== null || parts.length !== 1) return null;
  const part = parts[0]!;
  if (part.variable !== null || part.shortest !== null) return null;
  const { nodes, relationships } = part.element;
  if (nodes.length !== 2 || relationships.length !== 1) return null;
  const rel = relationships[0]!;
  if (rel.variable !== null || rel.properties !== null || rel.where !== null || rel.length !== null) return null;
  const [left, right] = nodes as [A.NodePattern, A.NodePattern];
  if (!isBareNode(left) || !isBareNode(right)) return null;
  const boundLeft = left.variable !== null && scope.has(left.variable.name) && right.variable === null;
  const boundRight = right.variable !== null && scope.has(right.variable.name) && left.variable === null;
  if (!boundLeft && !boundRight) return null;
  const outward = rel.direction === 'right' ? 'out' : 'in';
  const dir = rel.direction === 'none' ? 'both' : boundLeft ? outward : outward === 'out' ? 'in' : 'out';
  return { variable: (boundLeft ? left : right).variable!.name, dir, types: [...new Set(rel.types)] };
}

/**
 * The number of matches of a degree shape for a row, or null where the general matcher must
 * decide (a value that is not a node, so that it raises the same error).
 */
function degreeOf(shape: DegreeShape, row: Parameters<Expr>[0], ctx: Parameters<Expr>[1]): number | null {
  const v = row[shape.variable];
  if (v === null || v === undefined) return 0;
  if (!(v instanceof Node)) return null;
  if (!ctx.store.hasNode(v.id)) return 0;
  return ctx.store.degree(v.id, shape.dir, shape.types);
}

export function compileExistsPattern(pattern: A.PatternElement | A.Pattern, where: A.Expression | null, scope: CompileScope): Expr {
  const parts = pattern.kind === 'Pattern' ? pattern.parts : [partOf(pattern, null)];
  const s = scope.withoutAggregates();
  const compiled = compilePattern(parts, s, where, true);
  const shape = degreeShape(parts, where, s);
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
  const shape = degreeShape(pattern.parts, where, s);
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
