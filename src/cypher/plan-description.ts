// The plan of a query as EXPLAIN and PROFILE hand it back in a result's summary, on both engines:
// a tree of operators (the root produces the results; each operator's children feed it), each
// with what it does and, after PROFILE, the rows it produced and the graph entries it touched.
// A MATCH's details are rendered from its pattern plan (planner/pattern-plan.ts), without a graph.

import type * as A from './ast/ast.js';
import { print } from './ast/printer.js';
import type { NodeAccess, PatternPlan, PatternStep } from './planner/pattern-plan.js';

export interface PlanOperator {
  /** The operator (`MATCH`, `WITH`, `RETURN`, `Union`, or Neo4j's `NodeByLabelScan`, …). */
  operator: string;
  /** What it does: pattern steps, the index it uses (one line each). */
  details: string[];
  /** PROFILE: rows the operator produced. */
  rows?: number;
  /**
   * PROFILE: graph entries the operator touched. The embedded engine counts each node,
   * relationship or index entry a loop steps over; Neo4j counts its store accesses.
   */
  dbHits?: number;
  children: PlanOperator[];
}

/**
 * A plan as text in the order it runs: the operators feeding one first, each operator's details
 * indented under it, PROFILE's counts beside it; the parts of a UNION one after the other.
 */
export function planLines(op: PlanOperator): string[] {
  if (op.operator === 'Union' || op.operator === 'Union All')
    return op.children.flatMap((c, i) => [...(i > 0 ? [op.operator.toUpperCase()] : []), ...planLines(c)]);
  const counts = op.rows === undefined ? '' : `  (rows ${op.rows}${op.dbHits === undefined ? '' : `, db hits ${op.dbHits}`})`;
  return [...op.children.flatMap(planLines), op.operator + counts, ...op.details.map((d) => `  ${d}`)];
}

/** Each step of a pattern plan as one line, in the order the steps run (a MATCH's details). */
export function describePattern(plan: PatternPlan): string[] {
  return plan.steps.map((step) => describeStep(plan, step));
}

function describeStep(plan: PatternPlan, step: PatternStep): string {
  const part = plan.parts[step.part];
  if (!part) return '';
  const { nodes, relationships: rels } = part.element;
  switch (step.kind) {
    case 'start-node':
      return `start ${nodeText(nodes[step.node])} by ${accessText(step.access)}`;
    case 'start-relationship': {
      const rel = rels[step.rel];
      const how = step.access === 'type-index' ? 'relationship type index' : 'all relationships scan';
      return `start ${nodeText(nodes[step.rel])}${relText(rel, false)}${nodeText(nodes[step.rel + 1])} by ${how}`;
    }
    case 'expand': {
      const rel = rels[step.rel];
      const from = nameText(nodes[step.reversed ? step.rel + 1 : step.rel]);
      const to = nodeText(nodes[step.reversed ? step.rel : step.rel + 1]);
      if (rel?.quantified) return `expand (${from}) ${print(rel.quantified)} ${to}${step.reversed ? ', walked from its end' : ''}`;
      return `expand (${from})${relText(rel, step.reversed)}${to}`;
    }
    case 'build-path':
      return `build path ${part.variable?.name ?? ''}`;
    case 'shortest':
      return `${step.all ? 'all shortest paths' : 'shortest path'} (${nameText(nodes[0])})${relText(rels[0], false)}(${nameText(nodes[1])})`;
  }
}

function accessText(access: NodeAccess): string {
  switch (access.kind) {
    case 'bound':
      return 'bound variable';
    case 'property-index':
      return `property index ${access.label === null ? '' : `:${access.label}.`}${access.key}`;
    case 'label-scan':
      return `label index :${access.label}${access.labels.length > 1 ? ` (the fewest of :${access.labels.join(':')})` : ''}`;
    case 'label-union':
      return `label index union :${access.labels.join('|')}`;
    case 'all-nodes':
      return 'all nodes scan';
  }
}

/** A variable's name as written; nothing for an anonymous element. */
function nameText(x: A.NodePattern | A.RelationshipPattern | undefined): string {
  return x?.variable?.name ?? '';
}

function nodeText(np: A.NodePattern | undefined): string {
  return `(${nameText(np)}${(np?.labels ?? []).map((l) => ':' + l).join('')})`;
}

/** A relationship in the direction it is walked (`reversed`: from its right end). */
function relText(rel: A.RelationshipPattern | undefined, reversed: boolean): string {
  if (!rel) return '';
  const types = rel.types.length > 0 ? ':' + [...new Set(rel.types)].join('|') : '';
  const len = rel.length ? `*${rel.length.min ?? 1}..${rel.length.max ?? ''}` : '';
  const inner = `[${nameText(rel)}${types}${len}]`;
  if (rel.direction === 'none') return `-${inner}-`;
  return (rel.direction === 'right') !== reversed ? `-${inner}->` : `<-${inner}-`;
}
