// Re-export of the expression-subquery compiler, so expressions and clauses share one compiler
// without a direct import cycle at module-evaluation time.

export { compileSubquery } from './query.js';
