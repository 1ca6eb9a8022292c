// WITH and RETURN: projection with implicit grouping keys and aggregation, DISTINCT, ORDER BY
// (over projected aliases and, before aggregation, the original variables), SKIP and LIMIT. How
// the rows are taken (streamed, the best k kept, all read first) is the planner's RowHandling.

import type * as A from '../ast/ast.js';
import type { CypherValue } from '../values.js';
import { orderCompare } from '../runtime/comparison.js';
import { groupKey } from '../runtime/equality.js';
import { makeAccumulator, type Accumulator } from '../functions/aggregates.js';
import type { ExecContext, Expr, Row } from './context.js';
import { columnName, containsAggregate, sameExpression } from '../ast/expressions.js';
import { AGG_SLOT, compileExpression, isAggregateCall, type AggregateCollector } from './expressions.js';
import type { CompileScope } from './scope.js';
import { variablesOf } from '../ast/variables.js';
import { runtimeError } from '../errors.js';
import { copyRow, emptyRow, mergedRow, rowWith } from './row.js';
import { forEachRow, rowStream, type RowVisitor } from './row-stream.js';
import { GroupTable } from './group-table.js';
import { ROW_WEIGHT } from './count-store.js';
import type { RowHandling } from '../planner/query-plan.js';

/** A clause as a row operator; streaming operators return generators, barriers arrays. */
export type RowsOp = (rows: Iterable<Row>, ctx: ExecContext) => Iterable<Row>;

interface AggSpec {
  name: string;
  distinct: boolean;
  args: Expr[];
}

/** count(*) counts rows: its one argument is always true, shared rather than built per row. */
const COUNT_STAR_ARGS: Expr[] = [() => true];
const TRUE_ARGS: CypherValue[] = [true];

class Collector implements AggregateCollector {
  readonly specs: AggSpec[] = [];
  constructor(readonly argScope: CompileScope) {}
  add(call: A.FunctionCall | A.CountStar, args: Expr[]): number {
    if (call.kind === 'CountStar') this.specs.push({ name: 'count', distinct: false, args: COUNT_STAR_ARGS });
    else this.specs.push({ name: call.name.toLowerCase(), distinct: call.distinct, args });
    return this.specs.length - 1;
  }
}

/** SKIP/LIMIT value: a non-negative INTEGER, evaluated once per run (validate has rejected bad literals). */
function compileCount(e: A.Expression | null, scope: CompileScope, what: string): ((ctx: ExecContext) => number) | null {
  if (!e) return null;
  const f = compileExpression(e, scope.withVars(new Set()).withoutAggregates());
  return (ctx) => {
    let v = f({}, ctx);
    if (typeof v === 'number' && Number.isInteger(v)) v = BigInt(v);
    if (typeof v !== 'bigint') throw runtimeError('SyntaxError', 'InvalidArgumentType', `${what} must be an INTEGER`);
    if (v < 0n) throw runtimeError('SyntaxError', 'NegativeIntegerArgument', `${what} must not be negative`);
    return Number(v);
  };
}

/** The first k elements offered, in sorted order, stable, in O(n log k) comparisons. */
class TopK<T> {
  readonly items: T[] = [];
  constructor(
    private readonly k: number,
    private readonly cmp: (a: T, b: T) => number,
  ) {}

  offer(it: T): void {
    const best = this.items;
    const k = this.k;
    if (k === 0 || (best.length === k && this.cmp(it, best[k - 1]!) >= 0)) return;
    // Insert after every element that is not greater (keeps equal elements in input order).
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cmp(best[mid]!, it) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, it);
    if (best.length > k) best.pop();
  }
}

function topK<T>(items: T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const best = new TopK(k, cmp);
  for (const it of items) best.offer(it);
  return best.items;
}

function accumulatorOf(spec: AggSpec): Accumulator {
  return makeAccumulator(spec.name, spec.distinct);
}

interface Projected {
  out: Row;
  sortRow: Row;
}

interface Keyed {
  r: Projected;
  keys: CypherValue[];
}

function keyedOrder(sorts: { desc: boolean }[]): (a: Keyed, b: Keyed) => number {
  return (a, b) => {
    for (let i = 0; i < sorts.length; i++) {
      const c = orderCompare(a.keys[i]!, b.keys[i]!);
      if (c !== 0) return sorts[i]!.desc ? -c : c;
    }
    return 0;
  };
}

/** Replace sub-expressions equal to a projected item by a reference to its column (not inside aggregates). */
function rewriteToColumns(e: A.Expression, items: { name: string; expr: A.Expression }[]): A.Expression {
  const visit = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map(visit);
    const node = x as A.Expression;
    if (typeof node.kind === 'string' && 'loc' in node) {
      const hit = items.find((i) => sameExpression(i.expr, node));
      if (hit) return { kind: 'Variable', name: hit.name, loc: node.loc };
      if (isAggregateCall(node)) return node;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'loc' ? v : visit(v);
    return out;
  };
  return visit(e) as A.Expression;
}

export interface CompiledProjection {
  columns: string[];
  op: RowsOp;
  scope: CompileScope;
}

export function compileProjection(clause: A.WithClause | A.ReturnClause, scope: CompileScope, handling: RowHandling): CompiledProjection {
  const items: { name: string; expr: A.Expression }[] = [];
  if (clause.star) {
    const names = [...scope.vars].filter((v) => !v.startsWith(' ')).sort();
    for (const n of names) items.push({ name: n, expr: { kind: 'Variable', name: n, loc: clause.loc } });
  }
  for (const it of clause.items) items.push({ name: columnName(it), expr: it.expression });
  const columns = items.map((i) => i.name);
  const outScope = scope.withVars(new Set(columns)).withoutAggregates();
  const aggregating = handling.kind === 'aggregate';
  const partialBelow = handling.kind === 'all' || handling.kind === 'aggregate' ? handling.partialBelow : 0;
  const skip = compileCount(clause.skip, scope, 'SKIP');
  const limit = compileCount(clause.limit, scope, 'LIMIT');
  const isReturn = clause.kind === 'Return';
  // Before aggregation or DISTINCT, ORDER BY and WITH ... WHERE also see the incoming variables.
  const narrow = aggregating || clause.distinct;
  const mergedScope = scope.with(columns).withoutAggregates();
  const whereExpr = clause.kind === 'With' ? clause.where : null;
  const where = whereExpr ? compileExpression(narrow ? rewriteToColumns(whereExpr, items) : whereExpr, narrow ? outScope : mergedScope) : null;

  const finish = (rows: { out: Row; sortRow: Row }[], ctx: ExecContext, sorts: { f: Expr; desc: boolean }[] | null): Row[] => {
    const s = skip ? skip(ctx) : 0;
    const l = limit ? limit(ctx) : Infinity;
    if (sorts && sorts.length > 0) {
      // Sort keys in one flat array and row positions sorted by them: no object per row.
      const n = rows.length;
      const nk = sorts.length;
      const keys: CypherValue[] = new Array<CypherValue>(n * nk);
      for (let i = 0; i < n; i++) {
        const sortRow = rows[i]!.sortRow;
        for (let j = 0; j < nk; j++) keys[i * nk + j] = sorts[j]!.f(sortRow, ctx);
      }
      const desc = sorts.map((x) => x.desc);
      // Ties go by position, so the order is stable whichever way it is reached.
      // The sort of a million rows takes seconds: the clock is checked inside it too.
      const cmp = (a: number, b: number): number => {
        ctx.tick();
        for (let j = 0; j < nk; j++) {
          const c = orderCompare(keys[a * nk + j]!, keys[b * nk + j]!);
          if (c !== 0) return desc[j] ? -c : c;
        }
        return a - b;
      };
      const positions = Array.from({ length: n }, (_, i) => i);
      const sorted = s + l < n * partialBelow ? topK(positions, s + l, cmp) : positions.sort(cmp);
      const all = rows;
      rows = sorted.map((i) => all[i]!);
    }
    if (s > 0 || l !== Infinity) rows = rows.slice(s, l === Infinity ? undefined : s + l);
    if (where) rows = rows.filter((r) => where(narrow ? r.out : r.sortRow, ctx) === true);
    if (isReturn) ctx.checkRows(rows.length);
    return rows.map((r) => r.out);
  };

  const dedupe = (rows: { out: Row; sortRow: Row }[]): { out: Row; sortRow: Row }[] => {
    const keys = new Set<string>();
    return rows.filter((r) => {
      const k = columns.map((c) => groupKey(r.out[c]!)).join('\u0001');
      if (keys.has(k)) return false;
      keys.add(k);
      return true;
    });
  };

  if (!aggregating) {
    const exprs = items.map((i) => compileExpression(i.expr, scope.withoutAggregates()));
    // Sort keys that only use projected columns are read from the projected row; others need the
    // incoming variables beside the columns.
    const sortExprs = clause.orderBy?.map((s) => rewriteToColumns(s.expression, items)) ?? [];
    const columnsOnly = (e: A.Expression): boolean => [...variablesOf(e)].every((v) => columns.includes(v));
    const sorts =
      clause.orderBy?.map((s, i) => ({
        f: narrow ? compileExpression(sortExprs[i]!, outScope) : compileExpression(sortExprs[i]!, mergedScope),
        desc: s.direction === 'DESC',
      })) ?? null;
    const needMerged = !narrow && (!sortExprs.every(columnsOnly) || (whereExpr !== null && !columnsOnly(whereExpr)));
    const streaming = handling.kind === 'stream';
    const bestOf = handling.kind === 'top-k' ? handling.atMost : 0;
    const project = (row: Row, ctx: ExecContext): Row => {
      const out: Row = emptyRow();
      for (let i = 0; i < exprs.length; i++) out[columns[i]!] = exprs[i]!(row, ctx);
      return out;
    };
    // LIMIT 0 takes no row; after a SKIP, Neo4j 5.26 still reads and projects them all (an error
    // on the way is raised), without one it reads none (planner/dead-end.ts).
    const drain = (rows: Iterable<Row>, s: number, ctx: ExecContext): void => {
      if (s > 0)
        forEachRow(rows, (row) => {
          ctx.tick();
          project(row, ctx);
          return true;
        });
    };
    const stream = function* (rows: Iterable<Row>, ctx: ExecContext): Generator<Row> {
      const s = skip ? skip(ctx) : 0;
      const l = limit ? limit(ctx) : Infinity;
      if (l === 0) return drain(rows, s, ctx);
      let seenRows = 0;
      let taken = 0;
      for (const row of rows) {
        ctx.tick();
        if (seenRows++ < s) continue;
        const out = project(row, ctx);
        const keep = !where || where(needMerged ? mergedRow(row, out) : out, ctx) === true;
        if (keep) {
          if (isReturn) ctx.checkRows(taken + 1);
          yield out;
        }
        if (++taken >= l) return;
      }
    };
    // The same, pushed: reads each incoming row once and keeps none of them.
    const push = (rows: Iterable<Row>, ctx: ExecContext, visit: RowVisitor): void => {
      const s = skip ? skip(ctx) : 0;
      const l = limit ? limit(ctx) : Infinity;
      if (l === 0) return drain(rows, s, ctx);
      let seenRows = 0;
      let taken = 0;
      forEachRow(rows, (row) => {
        ctx.tick();
        if (seenRows++ < s) return true;
        const out = project(row, ctx);
        const keep = !where || where(needMerged ? mergedRow(row, out) : out, ctx) === true;
        if (keep) {
          if (isReturn) ctx.checkRows(taken + 1);
          if (visit(out) === false) return false;
        }
        return ++taken < l;
      });
    };
    const op: RowsOp = (input, ctx) => {
      if (streaming)
        return rowStream(
          () => stream(input, ctx),
          (visit) => push(input, ctx, visit),
          true,
        );
      const k = (skip ? skip(ctx) : 0) + (limit ? limit(ctx) : Infinity);
      if (sorts && k <= bestOf) {
        // ORDER BY ... LIMIT k: keep the best k as rows come, not every row.
        const best = new TopK<Keyed>(k, keyedOrder(sorts));
        forEachRow(input, (row) => {
          ctx.tick();
          const out = project(row, ctx);
          const sortRow = needMerged ? mergedRow(row, out) : out;
          best.offer({ r: { out, sortRow }, keys: sorts.map((x) => x.f(sortRow, ctx)) });
        });
        return finish(
          best.items.map((x) => x.r),
          ctx,
          null,
        );
      }
      let projected: Projected[] = [];
      forEachRow(input, (row) => {
        ctx.tick();
        const out = project(row, ctx);
        projected.push({ out, sortRow: needMerged ? mergedRow(row, out) : out });
      });
      if (clause.distinct) projected = dedupe(projected);
      return finish(projected, ctx, sorts);
    };
    return { columns, op, scope: outScope };
  }

  // Aggregation: non-aggregate items are the grouping keys.
  const collector = new Collector(scope.withoutAggregates());
  const aggScope = scope.withAggregates(collector);
  const keyIdx: number[] = [];
  const exprs = items.map((it, i) => {
    if (containsAggregate(it.expr)) return compileExpression(it.expr, aggScope);
    keyIdx.push(i);
    return compileExpression(it.expr, scope.withoutAggregates());
  });
  const sortScope = outScope.withAggregates(collector);
  const sorts = clause.orderBy?.map((s) => ({ f: compileExpression(rewriteToColumns(s.expression, items), sortScope), desc: s.direction === 'DESC' })) ?? null;
  const specs = collector.specs;
  const op: RowsOp = (rows, ctx) => {
    const table = new GroupTable<{ first: Row; keys: CypherValue[]; accs: Accumulator[] }>();
    const nKeys = keyIdx.length;
    // One argument array per aggregate, refilled for each row (accumulators keep values, never the array).
    const argValues: CypherValue[][] = specs.map((s) => (s.args === COUNT_STAR_ARGS ? TRUE_ARGS : new Array<CypherValue>(s.args.length)));
    const newGroup = (row: Row, keys: CypherValue[]) => ({ first: copyRow(row), keys, accs: specs.map(accumulatorOf) });
    let only: ReturnType<typeof newGroup> | null = null;
    forEachRow(rows, (row) => {
      ctx.tick();
      let g;
      if (nKeys === 0) g = only ??= table.addAll([], newGroup(row, []));
      else if (nKeys === 1) {
        const key = exprs[keyIdx[0]!]!(row, ctx);
        g = table.find(key) ?? table.add(key, newGroup(row, [key]));
      } else {
        const keys = keyIdx.map((i) => exprs[i]!(row, ctx));
        g = table.findAll(keys) ?? table.addAll(keys, newGroup(row, keys));
      }
      // A row from the count store stands for `weight` rows (the aggregates are all counts).
      const weight = row[ROW_WEIGHT];
      const times = typeof weight === 'number' ? weight : 1;
      for (let j = 0; j < specs.length; j++) {
        const args = specs[j]!.args;
        const values = argValues[j]!;
        if (args !== COUNT_STAR_ARGS) for (let a = 0; a < args.length; a++) values[a] = args[a]!(row, ctx);
        const acc = g.accs[j]!;
        for (let w = 0; w < times; w++) acc.add(values);
      }
    });
    if (table.groups.length === 0 && nKeys === 0) table.addAll([], newGroup(emptyRow(), []));
    let projected: { out: Row; sortRow: Row }[] = table.groups.map((g) => {
      const aggs = g.accs.map((a) => a.result());
      const aggRow: Row = rowWith(g.first, AGG_SLOT, aggs);
      const out: Row = emptyRow();
      let ki = 0;
      for (let i = 0; i < exprs.length; i++) out[columns[i]!] = keyIdx[ki] === i ? g.keys[ki++]! : exprs[i]!(aggRow, ctx);
      return { out, sortRow: sorts && sorts.length > 0 ? rowWith(out, AGG_SLOT, aggs) : out };
    });
    if (clause.distinct) projected = dedupe(projected);
    return finish(projected, ctx, sorts);
  };
  return { columns, op, scope: outScope };
}
