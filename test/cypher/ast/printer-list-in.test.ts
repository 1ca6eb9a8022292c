// A list whose first element opens with `variable IN …` prints that element in brackets, or it
// would read back as a list comprehension (found twice by the print-then-parse property).

import { expect, it } from 'vitest';

import { print } from '../../../src/cypher/ast/index.js';
import { parse } from '../../../src/cypher/parser/index.js';

const shape = (node: unknown) =>
  JSON.stringify(node, (key, value: unknown) => (key === 'loc' || key === 'text' ? undefined : typeof value === 'bigint' ? `${value}n` : value));

it('keeps [(a IN xs)] a list literal through print and parse', () => {
  const printed = print(parse('RETURN [(a IN [false])] AS x'));
  expect(printed).toContain('[(a IN [false])]');
  expect(JSON.stringify(parse(printed))).toContain('"kind":"ListLiteral"');
  expect(print(parse('RETURN [a IN [1] | a] AS x'))).toContain('[a IN [1] | a]');
});

it.each([
  ['RETURN [(`odd name` IN false), count(*)] AS x', '[(`odd name` IN false), count(*)]'],
  ['RETURN [(a IN [1] AND b), 2] AS x', '[(a IN [1] AND b), 2]'],
  ['RETURN [1, a IN [1]] AS x', '[1, a IN [1]]'],
])('keeps %s a list literal', (query, printedList) => {
  const printed = print(parse(query));
  expect(printed).toContain(printedList);
  expect(shape(parse(printed))).toBe(shape(parse(query)));
  expect(shape(parse(printed))).not.toContain('ListComprehension');
});
