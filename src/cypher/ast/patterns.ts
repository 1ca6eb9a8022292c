// Questions about patterns and predicates that the planner and the executor both ask of the AST.

import type * as A from './ast.js';

/** Top-level AND-ed conjuncts of a WHERE. */
export function conjuncts(e: A.Expression | null): A.Expression[] {
  if (!e) return [];
  if (e.kind === 'Binary' && e.operator === 'AND') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}

const SUBQUERY_KINDS: ReadonlySet<string> = new Set(['PatternExpression', 'PatternComprehension', 'ExistsSubquery', 'CountSubquery', 'CollectSubquery']);

/** Whether an AST fragment holds a pattern expression or a subquery (which needs a row to run). */
export function containsSubquery(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  if (Array.isArray(e)) return e.some(containsSubquery);
  if ('kind' in e && typeof e.kind === 'string' && SUBQUERY_KINDS.has(e.kind)) return true;
  return Object.entries(e).some(([key, v]) => key !== 'loc' && containsSubquery(v));
}

/** A node pattern that tests nothing: no label, no property map, no WHERE (its variable may be bound). */
export function isBareNode(n: A.NodePattern): boolean {
  return n.labels.length === 0 && n.labelExpression === null && n.properties === null && n.where === null;
}

/** The user-visible variables inside a quantified path: group variables outside it. */
export function groupVariables(element: A.PatternElement): string[] {
  return [...element.nodes, ...element.relationships].flatMap((x) => (x.variable ? [x.variable.name] : []));
}

/**
 * The variables a pattern part binds, as written (anonymous elements have none to see): its
 * nodes' and relationships', a quantified path's group variables, then the path's own.
 */
export function partVariables(part: A.PatternPart): string[] {
  const out: string[] = [];
  for (const x of [...part.element.nodes, ...part.element.relationships]) if (x.variable) out.push(x.variable.name);
  for (const r of part.element.relationships) if (r.quantified) out.push(...groupVariables(r.quantified.element));
  if (part.variable) out.push(part.variable.name);
  return out;
}

/** Whether a label or type expression names a label computed per row (`:$(expr)`) anywhere in it. */
export function hasDynamicLabel(e: A.LabelExpression): boolean {
  switch (e.kind) {
    case 'LabelDynamic':
      return true;
    case 'LabelNot':
      return hasDynamicLabel(e.operand);
    case 'LabelAnd':
    case 'LabelOr':
      return e.operands.some(hasDynamicLabel);
    default:
      return false;
  }
}

/**
 * The names of a type expression that only lists alternatives (`:R`, `:R|S`, `:(R)`, with
 * dynamic ones as `$(t)`): null when it says more (`!`, `&`, `%`).
 */
export function plainTypeNames(e: A.LabelExpression): string[] | null {
  switch (e.kind) {
    case 'LabelName':
      return [e.name];
    case 'LabelDynamic':
      return [];
    case 'LabelOr': {
      const names: string[] = [];
      for (const operand of e.operands) {
        const inner = plainTypeNames(operand);
        if (!inner) return null;
        names.push(...inner);
      }
      return names;
    }
    default:
      return null;
  }
}
