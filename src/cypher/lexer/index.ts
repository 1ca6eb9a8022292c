// Public face of the Cypher lexer: tokens with positions; the compile-time error builder
// (../errors.ts) is re-exported for the parser's tests and tools.

export { tokenize } from './lexer.js';
export { compileError, lineColumnAt, printLocation } from '../errors.js';
export { didYouMean, suggestionList } from './did-you-mean.js';
export type { Token, TokenKind } from './token.js';
