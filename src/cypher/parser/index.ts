// Public face of the Cypher parser: query text to AST, with compile-time SyntaxErrors.
// See ../ast for the node types.

export { parse, parseExpression } from './parser.js';
