// Specification of the command-line output formats: an aligned table, JSON rows with nodes as
// {labels, properties}, and CSV.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine, formatResult } from '../../src/cypher/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';

const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph, { readOnly: false });
const result = engine.run(
  "CREATE p = (a:Person {name: 'Ann'})-[:LEADS {since: 2021}]->(b:Programme {name: 'Safer Streets, phase 2'}) RETURN a.name AS name, 1.0 AS f, null AS n, p",
);

describe('formatResult', () => {
  it('aligns a table', () => {
    expect(formatResult(result, 'table')).toMatchInlineSnapshot(`
      "+------+-----+------+-------------------------------------------------------------------------------------------------+
      | name | f   | n    | p                                                                                               |
      +------+-----+------+-------------------------------------------------------------------------------------------------+
      | Ann  | 1.0 | null | <(:Person {name: 'Ann'})-[:LEADS {since: 2021}]->(:Programme {name: 'Safer Streets, phase 2'})> |
      +------+-----+------+-------------------------------------------------------------------------------------------------+
      1 row
      "
    `);
  });

  it('writes JSON rows with paths as alternating lists', () => {
    expect(JSON.parse(formatResult(result, 'json'))).toEqual([
      {
        name: 'Ann',
        f: 1,
        n: null,
        p: [
          { labels: ['Person'], properties: { name: 'Ann' } },
          { type: 'LEADS', properties: { since: 2021 } },
          { labels: ['Programme'], properties: { name: 'Safer Streets, phase 2' } },
        ],
      },
    ]);
  });

  it('quotes CSV cells that need it', () => {
    const csv = formatResult(engine.run("RETURN 'a,b' AS x, 'say \"hi\"' AS y, 2 AS z"), 'csv');
    expect(csv).toBe('x,y,z\n"a,b","say ""hi""",2\n');
  });
});

describe('table cells', () => {
  it('keep one line per row when a value holds a line break', () => {
    const table = formatResult(engine.run("RETURN 'first line\\nsecond' AS text"), 'table');
    expect(table.split('\n')[3]).toBe('| first line\\nsecond |');
  });
});
