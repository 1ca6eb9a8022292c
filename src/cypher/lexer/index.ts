// Public face of the Cypher lexer: tokens with positions, and the compile-time error builder
// the parser and validator share.

export { tokenize } from './lexer.js';
export { compileError, lineColumnAt, printLocation } from './compile-error.js';
export { didYouMean, suggestionList } from './did-you-mean.js';
export type { Token, TokenKind } from './token.js';
