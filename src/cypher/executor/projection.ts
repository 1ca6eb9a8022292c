// WITH and RETURN: projection with implicit grouping keys and aggregation, DISTINCT, ORDER BY
// (over projected aliases and, before aggregation, the original variables), SKIP and LIMIT.

import type * as A from '../ast/ast.js';
import type { CypherValue } from '../values.js';
import { orderCompare } from '../runtime/comparison.js';
import { groupKey } from '../runtime/equality.js';
import { compileError, runtimeError } from '../runtime/errors.js';
import { makeAccumulator, type Accumulator } from '../functions/aggregates.js';
import type { ExecContext, Expr, Row } from './context.js';
import { AGG_SLOT, compileExpression, containsAggregate, type AggregateCollector } from './expressions.js';
import type { CompileScope } from './scope.js';

export type RowsOp = (rows: Row[], ctx: ExecContext) => Row[];

interface AggSpec {
  name: string;
  distinct: boolean;
  args: Expr[];
}

class Collector implements AggregateCollector {
  readonly specs: AggSpec[] = [];
  add(call: A.FunctionCall | A.CountStar, args: Expr[]): number {
    if (call.kind === 'CountStar') this.specs.push({ name: 'count', distinct: false, args: [() => true] });
    else this.specs.push({ name: call.name.toLowerCase(), distinct: call.distinct, args });
    return this.specs.length - 1;
  }
}

/** Structural equality of two expressions, ignoring source locations. */
export function sameExpression(a: A.Expression, b: A.Expression): boolean {
  const strip = (_k: string, v: unknown): unknown => (_k === 'loc' ? undefined : typeof v === 'bigint' ? `${v}n` : v);
  return JSON.stringify(a, strip) === JSON.stringify(b, strip);
}

/** SKIP/LIMIT value: a non-negative INTEGER, evaluated once. */
function compileCount(e: A.Expression | null, scope: CompileScope, what: string): ((ctx: ExecContext) => number) | null {
  if (!e) return null;
  const literal = e.kind === 'IntegerLiteral' || e.kind === 'FloatLiteral' || e.kind === 'Unary';
  const phase = literal ? 'compile time' : 'runtime';
  const f = compileExpression(e, scope.withVars(new Set()).withoutAggregates());
  const check = (v: CypherValue): number => {
    if (typeof v === 'number' && Number.isInteger(v) && !literal) v = BigInt(v);
    if (typeof v !== 'bigint') throw new (errorClass())(phase, 'SyntaxError', 'InvalidArgumentType', `${what} must be an INTEGER`);
    if (v < 0n) throw new (errorClass())(phase, 'SyntaxError', 'NegativeIntegerArgument', `${what} must not be negative`);
    return Number(v);
  };
  if (e.kind === 'IntegerLiteral' || e.kind === 'FloatLiteral') {
    const n = check(e.value);
    return () => n;
  }
  return (ctx) => check(f({}, ctx));
}

import { CypherError } from '../../errors.js';
function errorClass(): typeof CypherError {
  return CypherError;
}

export interface CompiledProjection {
  columns: string[];
  op: RowsOp;
  scope: CompileScope;
}

export function compileProjection(clause: A.WithClause | A.ReturnClause, scope: CompileScope): CompiledProjection {
  const items: { name: string; expr: A.Expression }[] = [];
  if (clause.star) {
    const names = [...scope.vars].filter((v) => !v.startsWith(' ')).sort();
    if (names.length === 0 && clause.items.length === 0)
      throw compileError('SyntaxError', 'NoVariablesInScope', 'RETURN * is not allowed when there are no variables in scope');
    for (const n of names) items.push({ name: n, expr: { kind: 'Variable', name: n, loc: clause.loc } });
  }
  for (const it of clause.items) {
    if (!it.alias && clause.kind === 'With' && it.expression.kind !== 'Variable')
      throw compileError('SyntaxError', 'NoExpressionAlias', 'Expression in WITH must be aliased (use AS)');
    items.push({ name: it.alias ? it.alias.name : it.text, expr: it.expression });
  }
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.name)) throw compileError('SyntaxError', 'ColumnNameConflict', `Multiple result columns with the same name \`${it.name}\``);
    seen.add(it.name);
  }
  const columns = items.map((i) => i.name);
  const outScope = scope.withVars(new Set(columns)).withoutAggregates();
  const aggregating = items.some((i) => containsAggregate(i.expr));
  const skip = compileCount(clause.skip, scope, 'SKIP');
  const limit = compileCount(clause.limit, scope, 'LIMIT');
  const where = clause.kind === 'With' && clause.where ? compileExpression(clause.where, outScope, true) : null;
  const orderScopeVars = new Set([...scope.vars, ...columns]);

  const finish = (rows: { out: Row; sortRow: Row }[], ctx: ExecContext, sorts: { f: Expr; desc: boolean }[] | null): Row[] => {
    if (sorts && sorts.length > 0) {
      const keyed = rows.map((r) => ({ r, keys: sorts.map((s) => s.f(r.sortRow, ctx)) }));
      keyed.sort((a, b) => {
        for (let i = 0; i < sorts.length; i++) {
          const c = orderCompare(a.keys[i]!, b.keys[i]!);
          if (c !== 0) return sorts[i]!.desc ? -c : c;
        }
        return 0;
      });
      rows = keyed.map((k) => k.r);
    }
    let out = rows.map((r) => r.out);
    const s = skip ? skip(ctx) : 0;
    const l = limit ? limit(ctx) : Infinity;
    if (s > 0 || l !== Infinity) out = out.slice(s, l === Infinity ? undefined : s + l);
    if (where) out = out.filter((r) => where(r, ctx) === true);
    ctx.checkRows(out.length);
    return out;
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
    const sortScope = scope.withVars(orderScopeVars).withoutAggregates();
    const sorts = clause.orderBy?.map((s) => {
      if (clause.distinct) {
        const idx = items.findIndex((i) => sameExpression(i.expr, s.expression));
        if (idx >= 0) {
          const col = columns[idx]!;
          return { f: ((row: Row) => row[col] ?? null) as Expr, desc: s.direction === 'DESC' };
        }
      }
      return { f: compileExpression(s.expression, sortScope), desc: s.direction === 'DESC' };
    }) ?? null;
    const op: RowsOp = (rows, ctx) => {
      let projected = rows.map((row) => {
        ctx.tick();
        const out: Row = {};
        for (let i = 0; i < exprs.length; i++) out[columns[i]!] = exprs[i]!(row, ctx);
        return { out, sortRow: sorts ? { ...row, ...out } : out };
      });
      if (clause.distinct) projected = dedupe(projected);
      return finish(projected, ctx, sorts);
    };
    return { columns, op, scope: outScope };
  }

  // Aggregation: non-aggregate items are the grouping keys.
  const collector = new Collector();
  const aggScope = scope.withAggregates(collector);
  const keyIdx: number[] = [];
  const exprs = items.map((it, i) => {
    if (containsAggregate(it.expr)) return compileExpression(it.expr, aggScope);
    keyIdx.push(i);
    return compileExpression(it.expr, scope.withoutAggregates());
  });
  const sortScope = scope.withVars(orderScopeVars).withAggregates(collector);
  const sorts =
    clause.orderBy?.map((s) => {
      const idx = items.findIndex((i) => sameExpression(i.expr, s.expression));
      if (idx >= 0) {
        const col = columns[idx]!;
        return { f: ((row: Row) => row[col] ?? null) as Expr, desc: s.direction === 'DESC' };
      }
      return { f: compileExpression(s.expression, sortScope), desc: s.direction === 'DESC' };
    }) ?? null;
  const specs = collector.specs;
  const op: RowsOp = (rows, ctx) => {
    const groups = new Map<string, { first: Row; keys: CypherValue[]; accs: Accumulator[] }>();
    for (const row of rows) {
      ctx.tick();
      const keys = keyIdx.map((i) => exprs[i]!(row, ctx));
      const k = keys.map(groupKey).join('\u0001');
      let g = groups.get(k);
      if (!g) {
        g = { first: row, keys, accs: specs.map((s) => makeAccumulator(s.name, s.distinct)) };
        groups.set(k, g);
      }
      for (let j = 0; j < specs.length; j++) g.accs[j]!.add(specs[j]!.args.map((a) => a(row, ctx)));
    }
    if (groups.size === 0 && keyIdx.length === 0)
      groups.set('', { first: {}, keys: [], accs: specs.map((s) => makeAccumulator(s.name, s.distinct)) });
    let projected = [...groups.values()].map((g) => {
      const aggRow: Row = { ...g.first, [AGG_SLOT]: g.accs.map((a) => a.result()) };
      const out: Row = {};
      let ki = 0;
      for (let i = 0; i < exprs.length; i++) out[columns[i]!] = keyIdx[ki] === i ? g.keys[ki++]! : exprs[i]!(aggRow, ctx);
      return { out, sortRow: { ...aggRow, ...out } };
    });
    if (clause.distinct) projected = dedupe(projected);
    return finish(projected, ctx, sorts);
  };
  return { columns, op, scope: outScope };
}

export { runtimeError };
