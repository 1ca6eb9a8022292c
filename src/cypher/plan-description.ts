// The plan of a query as EXPLAIN and PROFILE hand it back in a result's summary, on both engines:
// a tree of operators (the root produces the results; each operator's children feed it), each
// with what it does and, after PROFILE, the rows it produced and the graph entries it touched.
// Rendered from the planner's plan alone (planner/query-plan.ts), without a graph: the engine's
// EXPLAIN and a plan made from plain statistics print the same way.

import type * as A from './ast/ast.js';
import { print } from './ast/printer.js';
import type { NodeAccess, PatternPlan, PatternStep, ShortestStep } from './planner/pattern-plan.js';
import type { MatchPlan, SelectedPartPlan } from './planner/path-selection.js';
import type { Operator, QueryPlan, RowHandling } from './planner/query-plan.js';

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

/** A query plan as the operator tree EXPLAIN gives (no counts): the last operator at the root. */
export function describeQuery(plan: QueryPlan): PlanOperator {
  if (plan.kind === 'union') return { operator: plan.all ? 'Union All' : 'Union', details: [], children: plan.parts.map(describeQuery) };
  let tree: PlanOperator | null = null;
  for (const op of plan.operators) tree = { ...describeOperator(op), children: tree ? [tree] : [] };
  return tree ?? { operator: 'EMPTY', details: [], children: [] };
}

/** One operator's name and details (PROFILE counts its rows and db hits against this). */
export function describeOperator(op: Operator): { operator: string; details: string[] } {
  const deadEnd = op.deadEnd ? ['passes on no row: it and what comes before it are not run'] : [];
  switch (op.kind) {
    case 'match':
      return { operator: op.clause.optional ? 'OPTIONAL MATCH' : 'MATCH', details: describeMatch(op.plan) };
    case 'count-labels':
      return { operator: 'MATCH', details: ['count nodes by label from the label index, one row per label (UNWIND labels)'] };
    case 'count-relationships': {
      const types = op.counted.types.length > 0 ? ' :' + op.counted.types.join('|') : '';
      return { operator: 'MATCH', details: [`count relationships${types} by type from the type index`] };
    }
    case 'projection':
      return { operator: clauseName(op.clause), details: [...deadEnd, ...rowsText(op.clause, op.rows)] };
    case 'call-subquery':
    case 'foreach':
      // The body's plan, indented under the clause that runs it for each row.
      return { operator: clauseName(op.clause), details: [...deadEnd, ...planLines(describeQuery(op.body))] };
    case 'clause':
      return { operator: clauseName(op.clause), details: deadEnd };
  }
}

function clauseName(c: A.Clause): string {
  return c.kind.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** How a WITH / RETURN takes its rows, when it does more than project each as it comes. */
function rowsText(clause: A.WithClause | A.ReturnClause, rows: RowHandling): string[] {
  const order = clause.orderBy?.map((s) => `${print(s.expression)}${s.direction === 'DESC' ? ' DESC' : ''}`).join(', ');
  switch (rows.kind) {
    case 'stream':
      return [];
    case 'top-k': {
      const k = [clause.skip, clause.limit].flatMap((e) => (e ? [print(e)] : [])).join(' + ');
      return [`top ${k} by ${order ?? ''}: the best rows kept as they come (every row sorted past ${rows.atMost})`];
    }
    case 'all':
    case 'aggregate': {
      const partial = rows.partialBelow > 0 ? ` (partly, when SKIP + LIMIT is under ${rows.partialBelow * 100}% of the rows)` : '';
      const after = rows.kind === 'aggregate' ? ' after aggregating' : '';
      return [...(clause.distinct ? ['distinct rows'] : []), ...(order ? [`sort by ${order}${after}${partial}`] : [])];
    }
  }
}

/** A MATCH pattern's plan as lines: the pattern's steps, and for path selectors how each keeps its paths. */
export function describeMatch(plan: MatchPlan): string[] {
  if (plan.kind === 'pattern') return describePattern(plan);
  return [
    ...(plan.head ? describePattern(plan.head) : []),
    ...plan.selected.flatMap((s) => [...describePattern(s.pattern), selectorText(s)]),
    ...(plan.where ? ['filter WHERE after selecting paths'] : []),
  ];
}

function selectorText({ selector: s, strategy }: SelectedPartPlan): string {
  const how =
    strategy.kind === 'deepen'
      ? ', trying one length at a time from the shortest'
      : strategy.kind === 'breadth-first'
        ? `, breadth-first from each ${strategy.reversed ? 'end' : 'start'} node until every end node it reaches is settled`
        : '';
  switch (s.kind) {
    case 'shortest':
      return `keep the ${s.k} shortest path${s.k === 1 ? '' : 's'} per pair of end nodes${how}`;
    case 'any':
      return `keep any ${s.k} path${s.k === 1 ? '' : 's'} per pair of end nodes${how}`;
    case 'allShortest':
      return `keep all shortest paths per pair of end nodes${how}`;
    case 'shortestGroups':
      return `keep the paths of the ${s.k} shortest length${s.k === 1 ? '' : 's'} per pair of end nodes${how}`;
  }
}

function shortestText(step: ShortestStep): string {
  const search = step.search === 'bidirectional' ? 'from both ends, widening the side with fewer relationships' : 'from the start by levels';
  const same = step.sameEnds === 'shortest-cycle' ? '; a cycle when both ends are one node' : '';
  return `${search}${same}`;
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
      return `${step.all ? 'all shortest paths' : 'shortest path'} (${nameText(nodes[0])})${relText(rels[0], false)}(${nameText(nodes[1])}), ${shortestText(step)}`;
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
