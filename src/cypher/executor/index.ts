// Public face of the executor: running a plan, the row pipeline's context and statistics, the
// graph store with its indexes, and result snapshots.

export { execute, snapshot } from './execute.js';
export type { QueryResult, ExecuteOptions } from './execute.js';
export { ExecContext, emptyStatistics } from './context.js';
export type { QueryStatistics, Row, Expr } from './context.js';
export { GraphologyStore } from './graphology-store.js';
export { ColumnarStore } from './columnar-store.js';
export { isGraphStore } from './graph-store.js';
export type { GraphSource, GraphStore } from './graph-store.js';
export { compileQuery } from './query.js';
export type { CompiledQuery } from './query.js';
export type { ProcedureTable } from './procedures.js';
