// Property: the Cypher lexer, parser and validator give a result or a compile-time CypherError
// with a position for any text: arbitrary strings (lone surrogates included), token soup, damaged
// queries and grammar-shaped queries. `npm run fuzz` runs the same generators 100 000 times.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/cypher/lexer/index.js';
import { parse } from '../../src/cypher/parser/index.js';
import { CypherError } from '../../src/errors.js';
import { checkFrontEnd, CORPUS, damagedQuery, grammarQuery, tokenSoup } from '../fuzz/cypher-arbitraries.js';

describe('the Cypher front end on generated input', () => {
  it.each([
    ['arbitrary strings', fc.string({ maxLength: 60 })],
    ['arbitrary UTF-16, lone surrogates included', fc.string({ maxLength: 60, unit: 'binary' })],
    ['token soup', tokenSoup],
    ['damaged queries', damagedQuery],
    ['grammar-shaped queries', grammarQuery],
  ])('%s: an AST or a positioned compile-time CypherError, nothing else', (_name, input) => {
    fc.assert(fc.property(input, checkFrontEnd), { numRuns: 300, seed: 1 });
  });

  it.each(CORPUS)('the seed query parses: %s', (query) => {
    expect(() => parse(query)).not.toThrow();
  });

  it('grammar-shaped queries are mostly valid syntax, so they reach past the parser', () => {
    const samples = fc.sample(grammarQuery, { numRuns: 200, seed: 2 });
    const parsed = samples.filter((q) => {
      try {
        parse(q);
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(CypherError);
        return false;
      }
    });
    expect(parsed.length).toBeGreaterThan(samples.length / 2);
  });

  it('the lexer keeps every token inside the text, in order', () => {
    fc.assert(
      fc.property(fc.oneof(tokenSoup, grammarQuery), (text) => {
        let tokens;
        try {
          tokens = tokenize(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CypherError);
          return;
        }
        let previous = 0;
        for (const token of tokens) {
          const { start, end } = token;
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = end;
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
