// Property: whatever text it is given, the front end either returns an AST or throws a
// compile-time CypherError with a position — never another exception, never a hang.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/cypher/parser/index.js';
import { validate } from '../../../src/cypher/validate/index.js';
import { CypherError } from '../../../src/errors.js';

const CORPUS = [
  "MATCH (n:Person {name: 'Ann'})-[r:KNOWS*1..2]->(m) WHERE m.age > 30 RETURN n.name AS name, count(DISTINCT m) ORDER BY name SKIP 1 LIMIT 5",
  'OPTIONAL MATCH p = (a)<-[:T|U]-(b) WITH a, collect(p) AS ps UNWIND ps AS q RETURN a, size(ps)',
  'MERGE (n:N {id: $id}) ON CREATE SET n.c = 1 ON MATCH SET n += {m: 2} REMOVE n:Old DETACH DELETE n',
  'RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2], reduce(s = 0, y IN [1] | s + y), CASE WHEN true THEN 1 END',
  'MATCH (a) WHERE EXISTS { MATCH (a)-->(b) RETURN b } AND COUNT { (a)--() } > 1 RETURN a {.name, k: 1}',
  "RETURN 0x1F, 0o17, 1.5e-3, '\\u00e9\\n', `quoted name`, $param, null, true",
  'CALL db.labels() YIELD label WHERE label STARTS WITH "A" RETURN label UNION ALL RETURN "x" AS label',
];

function check(text: string): void {
  let ast;
  try {
    ast = parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CypherError);
    expect((error as CypherError).position?.line).toBeGreaterThanOrEqual(1);
    return;
  }
  try {
    validate(ast, text);
  } catch (error) {
    expect(error).toBeInstanceOf(CypherError);
    expect((error as CypherError).position?.line).toBeGreaterThanOrEqual(1);
  }
}

/** A corpus query with a few characters deleted, inserted or replaced. */
const mutated = fc
  .tuple(
    fc.constantFrom(...CORPUS),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom('', '(', ')', '[', ']', '{', '}', ',', ':', '-', '>', '<', '|', "'", '`', '.', '*', ' ', 'x', '1', 'WHERE', 'RETURN'),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  )
  .map(([query, edits]) =>
    edits.reduce((text, [at, remove, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, query),
  );

describe('the parser on arbitrary input', () => {
  it('parses or raises a positioned CypherError for random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => check(text)),
      { numRuns: 1000 },
    );
  });

  it('parses or raises a positioned CypherError for damaged queries', () => {
    fc.assert(
      fc.property(mutated, (text) => check(text)),
      { numRuns: 3000 },
    );
  });
});
