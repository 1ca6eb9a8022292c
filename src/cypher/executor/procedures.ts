// CALL of a procedure: procedures are tables registered on the engine (the TCK declares them
// this way); a call yields the output columns of the rows whose inputs equal the arguments.

import type * as A from '../ast/ast.js';
import type { CypherValue } from '../values.js';
import { compileError } from '../errors.js';
import { groupKey } from '../runtime/equality.js';
import type { Expr, Row } from './context.js';
import { compileExpression } from './expressions.js';
import type { RowsOp } from './projection.js';
import type { CompileScope } from './scope.js';
import type { GraphStore } from './graph-store.js';
import { copyRow } from './row.js';

/** A procedure given as a table: input values then output values per row. */
export interface ProcedureTable {
  name: string;
  inputs: { name: string; type: string }[];
  outputs: { name: string; type: string }[];
  /** The rows, or (for built-in procedures) a function computing them from the graph at call time. */
  rows: CypherValue[][] | ((store: GraphStore) => CypherValue[][]);
}

/** Sorted distinct strings, one row each. */
function distinctRows(values: Iterable<string>): CypherValue[][] {
  return [...new Set(values)].sort().map((v) => [v]);
}

/** The schema procedures Neo4j users reach for first. */
const BUILTIN: Record<string, ProcedureTable> = {
  'db.labels': {
    name: 'db.labels',
    inputs: [],
    outputs: [{ name: 'label', type: 'STRING' }],
    rows: (store) => {
      return distinctRows(store.labelNames());
    },
  },
  'db.relationshipTypes': {
    name: 'db.relationshipTypes',
    inputs: [],
    outputs: [{ name: 'relationshipType', type: 'STRING' }],
    rows: (store) => {
      return distinctRows(store.relTypeNames());
    },
  },
  'db.propertyKeys': {
    name: 'db.propertyKeys',
    inputs: [],
    outputs: [{ name: 'propertyKey', type: 'STRING' }],
    rows: (store) => {
      return distinctRows(store.propertyKeyNames());
    },
  },
};

function typeAccepts(type: string, v: CypherValue): boolean {
  const t = type.replace(/\?$/, '').trim().toUpperCase();
  if (v === null) return true;
  switch (t) {
    case 'INTEGER':
      return typeof v === 'bigint';
    case 'FLOAT':
      return typeof v === 'number';
    case 'NUMBER':
      return typeof v === 'number' || typeof v === 'bigint';
    case 'STRING':
      return typeof v === 'string';
    case 'BOOLEAN':
      return typeof v === 'boolean';
    default:
      return true;
  }
}

/** The procedure registered under `name` (a table the engine was given, or a built-in one). */
export function findProcedure(store: GraphStore, name: string): ProcedureTable | undefined {
  return store.procedures.get(name) ?? BUILTIN[name];
}

/** Compiles a CALL that validate has checked against the procedure's signature (see findProcedure). */
export function compileProcedureCall(
  clause: A.CallProcedureClause,
  scope: CompileScope,
  standalone: boolean,
): { op: RowsOp; vars: string[]; columns: string[] | null } {
  const name = [...clause.namespace, clause.name].join('.');
  const proc = findProcedure(scope.store, name)!;
  const args: Expr[] =
    clause.arguments === null
      ? proc.inputs.map((i) => compileExpression({ kind: 'Parameter', name: i.name, loc: clause.loc }, scope))
      : clause.arguments.map((a) => compileExpression(a, scope.withoutAggregates()));
  const outNames = proc.outputs.map((o) => o.name);
  const yields: { field: string; variable: string }[] =
    clause.yield === null || clause.yieldStar
      ? standalone
        ? outNames.map((o) => ({ field: o, variable: o }))
        : []
      : clause.yield.map((y) => ({ field: y.field, variable: y.variable.name }));
  const nIn = proc.inputs.length;
  const inner = scope.with(yields.map((y) => y.variable));
  const where = clause.where ? compileExpression(clause.where, inner) : null;
  const op: RowsOp = (rows, ctx) => {
    const out: Row[] = [];
    for (const row of rows) {
      const values = args.map((a) => a(row, ctx));
      if (proc.outputs.length === 0) {
        out.push(row);
        continue;
      }
      values.forEach((v, i) => {
        let val = v;
        const t = proc.inputs[i]!.type.replace(/\?$/, '').trim().toUpperCase();
        if (t === 'FLOAT' && typeof val === 'bigint') val = Number(val);
        values[i] = val;
        if (!typeAccepts(proc.inputs[i]!.type, val)) throw compileError(undefined, null, 'InvalidArgumentType', `Wrong argument type for ${name}`);
      });
      const table = typeof proc.rows === 'function' ? proc.rows(ctx.store) : proc.rows;
      const before = out.length;
      for (const t of table) {
        let ok = true;
        for (let i = 0; i < nIn; i++) if (groupKey(t[i]!) !== groupKey(values[i]!)) ok = false;
        if (!ok) continue;
        const r: Row = copyRow(row);
        for (const y of yields) r[y.variable] = t[nIn + outNames.indexOf(y.field)]!;
        if (where && where(r, ctx) !== true) continue;
        out.push(r);
      }
      // OPTIONAL CALL keeps a row the procedure yields nothing for, its outputs null.
      if (clause.optional && out.length === before) {
        const r: Row = copyRow(row);
        for (const y of yields) r[y.variable] = null;
        out.push(r);
      }
    }
    return out;
  };
  return { op, vars: yields.map((y) => y.variable), columns: yields.map((y) => y.variable) };
}
