// A one-element list whose element is `variable IN …` prints with brackets, or it would read
// back as a list comprehension (found by the print-then-parse property).

import { expect, it } from 'vitest';

import { print } from '../../../src/cypher/ast/index.js';
import { parse } from '../../../src/cypher/parser/index.js';

it('keeps [(a IN xs)] a list literal through print and parse', () => {
  const printed = print(parse('RETURN [(a IN [false])] AS x'));
  expect(printed).toContain('[(a IN [false])]');
  expect(JSON.stringify(parse(printed))).toContain('"kind":"ListLiteral"');
  expect(print(parse('RETURN [a IN [1] | a] AS x'))).toContain('[a IN [1] | a]');
});
