// Compiles a query plan (planner/query-plan.ts: single or UNION) into a pipeline of row
// operators, one per plan operator, tracking which variables each brings into scope. It follows
// the plan: every choice of start, strategy and row handling was made there.

import type * as A from '../ast/ast.js';
import { groupKey } from '../runtime/equality.js';
import { runtimeArgumentError, runtimeTypeError } from '../errors.js';
import { typeName } from '../runtime/kind.js';
import { isUpdating } from '../ast/updating.js';
import type { ExecContext, Row } from './context.js';
import { compileExpression } from './expressions.js';
import { compileMatch } from './pattern-matcher.js';
import { compileProjection, type RowsOp } from './projection.js';
import type { CompileScope } from './scope.js';
import { compileCreate, compileDelete, compileMerge, compileRemove, compileSet } from './writes.js';
import { compileProcedureCall } from './procedures.js';
import { copyRow, emptyRow, rowWith } from './row.js';
import { forEachRow, rowArray, rowStream } from './row-stream.js';
import { countedLabelRows, countedRelationshipRows } from './count-store.js';
import { pipelineTree, type PlanStep, type Profile } from './profile.js';
import type { QueryPlan, SingleQueryPlan } from '../planner/query-plan.js';
import { describeOperator, type PlanOperator } from '../plan-description.js';

export interface CompiledQuery {
  /** Result columns; [] for a query without RETURN. */
  columns: string[];
  /** Run with the given input rows (one empty row for a top-level query). */
  run(input: Iterable<Row>, ctx: ExecContext): Iterable<Row>;
  /** True when the query ends with RETURN (else its rows are the input rows, passed through). */
  returns: boolean;
  /** The operator tree, with PROFILE's counts when a profile is given. */
  planTree(profile?: Profile): PlanOperator;
}

export function compileQuery(q: QueryPlan, scope: CompileScope): CompiledQuery {
  if (q.kind === 'single') return compileSingle(q, scope);
  const parts = q.parts.map((s) => compileSingle(s, scope));
  const cols = parts[0]!.columns;
  const all = q.all;
  return {
    columns: cols,
    returns: true,
    planTree: (profile) => ({ operator: all ? 'Union All' : 'Union', details: [], children: parts.map((p) => p.planTree(profile)) }),
    run(input, ctx) {
      let rows: Row[] = [];
      for (const p of parts) rows = rows.concat([...p.run(input, ctx)]);
      if (all) return rows;
      const seen = new Set<string>();
      return rows.filter((r) => {
        const k = cols.map((c) => groupKey(r[c]!)).join('\u0001');
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    },
  };
}

/** An operator that replaces each incoming row by the rows `expand` gives for it. */
function eachRowInto(expand: (row: Row, ctx: ExecContext) => Row[]): RowsOp {
  return (rows, ctx) => {
    const out: Row[] = [];
    forEachRow(rows, (row) => void out.push(...expand(row, ctx)));
    return out;
  };
}

function compileSingle(q: SingleQueryPlan, outer: CompileScope): CompiledQuery {
  let scope = outer;
  const ops: RowsOp[] = [];
  // One step per operator, for EXPLAIN and PROFILE: described from the plan alone.
  const steps: PlanStep[] = [];
  let columns: string[] = [];
  let returns = false;
  const clauseCount = q.operators.reduce((n, op) => n + (op.kind === 'count-labels' ? 2 : 1), 0);
  // The planner's dead end: the operators up to it are not run (they could pass on no row).
  const deadOps = q.skipped;
  for (const op of q.operators) {
    steps.push(describeOperator(op));
    switch (op.kind) {
      case 'count-labels': {
        // MATCH (n) UNWIND labels(n) AS label, answered from the label index: one row per label.
        const counted = op.counted;
        ops.push(eachRowInto((row, ctx) => countedLabelRows(counted, row, ctx)));
        scope = scope.with([counted.node, counted.label]);
        continue;
      }
      case 'count-relationships': {
        // Answered from the type index: one row per type, weighted by its count.
        const counted = op.counted;
        ops.push(eachRowInto((row, ctx) => countedRelationshipRows(counted, row, ctx)));
        if (counted.name !== null) scope = scope.with([counted.name]);
        continue;
      }
      case 'match': {
        for (const v of op.bound) if (!scope.has(v)) throw new Error(`internal: the plan has ${v} bound before a MATCH, the compiler not`);
        const clause = op.clause;
        const pattern = compileMatch(op.plan, scope, true);
        const inner = scope.with(pattern.newVars);
        const optional = clause.optional;
        const newVars = pattern.newVars;
        const unmatched = (row: Row): Row => {
          const r: Row = copyRow(row);
          for (const v of newVars) r[v] = null;
          return r;
        };
        ops.push((rows, ctx) =>
          rowStream(
            function* () {
              for (const row of rows) {
                let matched = false;
                for (const m of pattern.stream(row, ctx)) {
                  matched = true;
                  yield m;
                }
                if (optional && !matched) yield unmatched(row);
              }
            },
            (visit) =>
              forEachRow(rows, (row) => {
                let matched = false;
                let stopped = false;
                pattern.match(row, ctx, (b) => {
                  matched = true;
                  if (visit(b) !== false) return true;
                  stopped = true;
                  return false;
                });
                if (stopped) return false;
                if (optional && !matched) return visit(unmatched(row));
                return true;
              }),
            false,
          ),
        );
        scope = inner;
        continue;
      }
      case 'projection': {
        const clause = op.clause;
        const p = compileProjection(clause, scope, op.rows);
        ops.push(p.op);
        scope = p.scope;
        if (clause.kind === 'Return') {
          columns = p.columns;
          returns = true;
        }
        continue;
      }
      case 'foreach': {
        const clause = op.clause;
        const list = compileExpression(clause.list, scope);
        const name = clause.variable.name;
        const body = compileSingle(op.body, scope.with([name]));
        ops.push((input, ctx) => {
          const rows = [...input];
          for (const row of rows) {
            const v = list(row, ctx);
            if (v === null) continue;
            if (!Array.isArray(v)) throw runtimeTypeError('InvalidArgumentType', `FOREACH expects a list, got ${typeName(v)}`);
            for (const x of v) for (const _ of body.run([rowWith(row, name, x)], ctx));
          }
          return rows;
        });
        continue;
      }
      case 'call-subquery': {
        const clause = op.clause;
        const importNames = clause.importAll ? [...scope.vars] : clause.importVariables ? clause.importVariables.map((v) => v.name) : null;
        const subScope = importNames === null ? scope : scope.withVars(new Set(importNames));
        const sub = compileQuery(op.body, subScope);
        // A subquery that writes reads all its input first, so earlier clauses never see its writes.
        const eager = isUpdating(clause.query);
        const optional = clause.optional;
        // IN TRANSACTIONS: the batch size is checked as Neo4j checks it; the batches themselves
        // are the rows in order (the embedded engine commits as it goes, there is nothing to batch).
        const batchSize = clause.inTransactions?.batchSize ? compileExpression(clause.inTransactions.batchSize, scope) : null;
        ops.push((input, ctx) => {
          if (batchSize) {
            const size = batchSize(emptyRow(), ctx);
            if (typeof size !== 'bigint' || size < 1n) {
              throw runtimeArgumentError('InvalidArgumentValue', `Invalid input. '${String(size)}' is not a valid value. Must be a positive integer.`);
            }
          }
          const rows = eager ? [...input] : input;
          const out: Row[] = [];
          for (const row of rows) {
            const res = rowArray(sub.run([row], ctx));
            if (!sub.returns) {
              out.push(row);
              continue;
            }
            if (optional && res.length === 0) {
              const kept: Row = copyRow(row);
              for (const c of sub.columns) kept[c] = null;
              out.push(kept);
              continue;
            }
            for (const r of res) {
              const merged: Row = copyRow(row);
              for (const c of sub.columns) merged[c] = r[c]!;
              out.push(merged);
            }
          }
          return out;
        });
        if (sub.returns) scope = scope.with(sub.columns);
        continue;
      }
      case 'clause':
        break;
    }
    const clause = op.clause;
    switch (clause.kind) {
      case 'Unwind': {
        const list = compileExpression(clause.expression, scope);
        const name = clause.variable.name;
        ops.push((rows, ctx) =>
          rowStream(
            function* () {
              for (const row of rows) {
                const v = list(row, ctx);
                if (v === null) continue;
                if (Array.isArray(v))
                  for (const x of v) {
                    ctx.tick();
                    yield rowWith(row, name, x);
                  }
                else yield rowWith(row, name, v);
              }
            },
            // Pushed: one working copy per input row, each element set in turn.
            (visit) =>
              forEachRow(rows, (row) => {
                const v = list(row, ctx);
                if (v === null) return true;
                const r = copyRow(row);
                if (!Array.isArray(v)) {
                  r[name] = v;
                  return visit(r);
                }
                for (let i = 0; i < v.length; i++) {
                  ctx.tick();
                  r[name] = v[i]!;
                  if (visit(r) === false) return false;
                }
                return true;
              }),
            false,
          ),
        );
        scope = scope.with([name]);
        break;
      }
      case 'Create': {
        const c = compileCreate(clause, scope);
        ops.push(c.op);
        scope = scope.with(c.vars);
        break;
      }
      case 'Merge': {
        const m = compileMerge(clause, scope);
        ops.push(m.op);
        scope = scope.with(m.vars);
        break;
      }
      case 'Set':
        ops.push(compileSet(clause, scope));
        break;
      case 'Remove':
        ops.push(compileRemove(clause, scope));
        break;
      case 'Delete':
        ops.push(compileDelete(clause, scope));
        break;
      case 'Finish':
        // The rows are pulled, so every update before runs, and none is handed on.
        ops.push((input) => {
          forEachRow(input, () => true);
          return [];
        });
        break;
      case 'CallProcedure': {
        const call = compileProcedureCall(clause, scope, clauseCount === 1);
        ops.push(call.op);
        scope = scope.with(call.vars);
        if (call.columns) {
          columns = call.columns;
          returns = clauseCount === 1 && call.columns.length > 0;
        }
        break;
      }
    }
  }
  if (steps.length !== ops.length) throw new Error(`internal: ${steps.length} plan steps for ${ops.length} operators`);
  return {
    columns,
    returns,
    planTree: (profile) => pipelineTree(steps, profile) ?? { operator: 'EMPTY', details: [], children: [] },
    run(input, ctx) {
      let rows: Iterable<Row> = deadOps > 0 ? [] : input;
      const profile = ctx.profile;
      if (profile === undefined) for (let i = deadOps; i < ops.length; i++) rows = ops[i]!(rows, ctx);
      else
        for (const [i, op] of ops.entries()) {
          if (i < deadOps) continue;
          const counts = profile.of(steps[i]!);
          const from = rows;
          rows = profile.counted(
            profile.within(counts, () => op(from, ctx)),
            counts,
          );
        }
      return rows;
    },
  };
}

/**
 * A subquery inside an expression: EXISTS { }, COUNT { }, COLLECT { }, planned by the planner
 * from what is bound where it stands, then compiled.
 */
export function compileSubquery(q: A.Query, scope: CompileScope) {
  const sub = compileQuery(scope.planner.query(q, scope.vars), scope.withoutAggregates());
  return {
    columns: sub.columns,
    rows: (row: Row, ctx: ExecContext): Row[] => rowArray(sub.run([row], ctx)),
    exists: (row: Row, ctx: ExecContext): boolean => {
      for (const _ of sub.run([row], ctx)) return true;
      return false;
    },
  };
}
