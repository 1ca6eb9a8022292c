// Specification of the Cypher lexer: token kinds, decoded values, positions and lexical errors.
// Positions are 1-based line/column and 0-based offsets, as the parser's error messages use them.

import { describe, expect, it } from 'vitest';
import { printLocation, tokenize } from '../../../src/cypher/lexer/index.js';
import { CypherError } from '../../../src/errors.js';

const kindsAndValues = (source: string): string[] =>
  tokenize(source)
    .filter((t) => t.kind !== 'EOF')
    .map((t) => `${t.kind}:${t.value}`);

describe('tokenize', () => {
  it.each([
    ['MATCH (n:Person)', ['Name:MATCH', 'Punct:(', 'Name:n', 'Punct::', 'Name:Person', 'Punct:)']],
    ['`weird name` `a``b`', ['QuotedName:weird name', 'QuotedName:a`b']],
    ['a<>b <= >= =~ += ..', ['Name:a', 'Punct:<>', 'Name:b', 'Punct:<=', 'Punct:>=', 'Punct:=~', 'Punct:+=', 'Punct:..']],
    [
      '(a)<-[r]->(b)',
      ['Punct:(', 'Name:a', 'Punct:)', 'Punct:<', 'Punct:-', 'Punct:[', 'Name:r', 'Punct:]', 'Punct:-', 'Punct:>', 'Punct:(', 'Name:b', 'Punct:)'],
    ],
    ['[*1..3]', ['Punct:[', 'Punct:*', 'Integer:1', 'Punct:..', 'Integer:3', 'Punct:]']],
    ['x // line comment\n/* block\ncomment */ y', ['Name:x', 'Name:y']],
    ['$param $0', ['Punct:$', 'Name:param', 'Punct:$', 'Integer:0']],
    ['café_1', ['Name:café_1']],
  ])('splits %j', (source, expected) => {
    expect(kindsAndValues(source)).toEqual(expected);
  });

  it.each([
    ["'it\\'s'", "it's"],
    ['"say \\"hi\\""', 'say "hi"'],
    ["'a\\nb\\tc'", 'a\nb\tc'],
    ["'back\\\\slash'", 'back\\slash'],
    ["'\\u00e9t\\u00E9'", 'été'],
    ["'\\U0001F600'", '\u{1F600}'],
    ['\'mixed "quotes"\'', 'mixed "quotes"'],
  ])('decodes the string %s', (source, value) => {
    const [token] = tokenize(source);
    expect(token).toMatchObject({ kind: 'String', value });
  });

  it.each([
    ['42', 'Integer', 42n],
    ['0x2A', 'Integer', 42n],
    ['0xff', 'Integer', 255n],
    ['0o52', 'Integer', 42n],
    ['9223372036854775808', 'Integer', 9223372036854775808n],
  ])('reads the integer %s', (source, kind, value) => {
    expect(tokenize(source)[0]).toMatchObject({ kind, bigint: value });
  });

  it.each([
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['6.02e+23', 6.02e23],
  ])('reads the float %s', (source, value) => {
    expect(tokenize(source)[0]).toMatchObject({ kind: 'Float', number: value });
  });

  it.each(['0x', '0x1g', '12abc', '0o9'])('marks %s as a bad number for the parser to reject', (source) => {
    expect(tokenize(source)[0]!.kind).toBe('BadNumber');
  });

  it('gives every token its line, column and offset', () => {
    const tokens = tokenize('MATCH (n)\n  RETURN n');
    const ret = tokens.find((t) => t.value === 'RETURN')!;
    expect(ret).toMatchObject({ line: 2, column: 3, start: 12, end: 18 });
    expect(tokens.at(-1)).toMatchObject({ kind: 'EOF', line: 2, column: 11, start: 20 });
  });

  it('counts CRLF line ends once', () => {
    const tokens = tokenize('RETURN 1\r\n, 2');
    expect(tokens.find((t) => t.value === ',')).toMatchObject({ line: 2, column: 1 });
  });

  it.each([
    ["RETURN '\\uH'", 'InvalidUnicodeLiteral', 1, 9],
    ['RETURN 42 \u2014 41', 'InvalidUnicodeCharacter', 1, 11],
    ['RETURN 1 #', 'UnexpectedSyntax', 1, 10],
    ["RETURN 'open", 'UnexpectedSyntax', 1, 8],
    ['RETURN 1 /* never closed', 'UnexpectedSyntax', 1, 10],
    ['MATCH (`n) RETURN 1', 'UnexpectedSyntax', 1, 8],
  ])('rejects %j with %s at %i:%i', (source, detail, line, column) => {
    let error: unknown;
    try {
      tokenize(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({ phase: 'compile time', type: 'SyntaxError', detail, position: { line, column } });
  });
});

describe('printLocation', () => {
  it('prints the line of the fault with a caret under its column', () => {
    expect(printLocation('MATCH (n)\nRETURN m', 17)).toBe('2 | RETURN m\n  |        ^');
  });

  it('cuts a long line to a window around the fault', () => {
    const query = `RETURN ${'1, '.repeat(100)}x, ${'2, '.repeat(100)}3`;
    const printed = printLocation(query, query.indexOf('x'));
    const [text, caret] = printed.split('\n') as [string, string];
    expect(text.length).toBeLessThan(140);
    expect(text[caret.indexOf('^')]).toBe('x');
    expect(text).toMatch(/^1 \| …1, .*…$/);
  });
});
