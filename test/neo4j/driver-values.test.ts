// Values coming back from a real Neo4j print as the embedded engine's do: integers beyond 2^53,
// floats, lists, maps, nodes, paths and every temporal type, and temporal parameters go out intact.

import { afterAll, beforeAll, expect, it } from 'vitest';
import graphology from 'graphology';
import { CypherEngine, formatResult } from '../../src/cypher/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { Neo4jConnection } from '../../src/neo4j/index.js';
import { describeWithNeo4j, lockDatabase } from './helpers/server.js';

const EXPRESSIONS = [
  '9007199254740993',
  '-9223372036854775808',
  '1.5',
  '1.0',
  "[1, 'two', [3.0, null], true]",
  "date('2015-07-21')",
  "localtime('21:40:32.142')",
  "time('21:40:32.142+01:00')",
  "localdatetime('2015-07-21T21:40:32.142')",
  "datetime('2015-07-21T21:40:32.142+01:00')",
  "datetime('2015-07-21T21:40:32.142[Europe/London]')",
  "duration('P1Y2M3DT4H5M6.7S')",
  "duration.between(date('2015-01-01'), date('2016-03-04'))",
  "[date('1999-12-31'), date('-0044-03-15')]",
];

describeWithNeo4j('values from Neo4j', (uri) => {
  let conn: Neo4jConnection;
  let unlock: () => Promise<void>;
  const engine = new CypherEngine(new graphology.MultiDirectedGraph() as PropertyGraph);

  // The path test writes (and removes) three nodes: hold the database so no count test sees them.
  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    conn = await Neo4jConnection.open({ uri });
  });
  afterAll(async () => {
    await conn?.close();
    await unlock?.();
  });

  it.each(EXPRESSIONS.map((e) => [e]))('RETURN %s prints alike on both engines', async (expression) => {
    const query = `RETURN ${expression} AS value`;
    const neo = await conn.run(query);
    const embedded = engine.run(query);
    for (const format of ['table', 'json', 'csv'] as const) expect(formatResult(neo, format)).toBe(formatResult(embedded, format));
  });

  it.each(EXPRESSIONS.filter((e) => /date|time|duration/.test(e)).map((e) => [e]))('sends %s back to Neo4j as a parameter unchanged', async (expression) => {
    const value = engine.run(`RETURN ${expression} AS v`).rows[0]![0]!;
    const echoed = await conn.run('RETURN $v AS v, $v = ' + expression + ' AS same', { v: value });
    expect(echoed.rows[0]![1]).toBe(true);
    expect(String(echoed.rows[0]![0])).toBe(String(value));
  });

  // Maps have no key order in Cypher, and Neo4j does not keep the literal's: compare entries.
  it('returns a map with the same entries', async () => {
    const query = "RETURN {b: 2, a: 'x', nested: {list: [1, 2.5]}} AS value";
    expect((await conn.run(query)).rows).toEqual(engine.run(query).rows);
  });

  it('names path nodes by their id property and keeps relationship direction', async () => {
    await conn.run(
      "CREATE (:Person {id: 'person:a', name: 'A'})-[:AFFILIATED_WITH]->(:Body {id: 'body:b', name: 'B'})<-[:PART_OF]-(:Body {id: 'body:c', name: 'C'})",
    );
    const neo = await conn.run("MATCH p = (:Person {id: 'person:a'})-->(:Body)<--(:Body {id: 'body:c'}) RETURN p");
    await conn.run("MATCH (n) WHERE n.id IN ['person:a', 'body:b', 'body:c'] DETACH DELETE n");
    const path = neo.rows[0]![0] as { nodes: { id: string }[]; relationships: { start: string; end: string; id: string }[] };
    expect(path.nodes.map((n) => n.id)).toEqual(['person:a', 'body:b', 'body:c']);
    expect(path.relationships.map((r) => [r.id, r.start, r.end])).toEqual([
      ['AFFILIATED_WITH:person:a->body:b', 'person:a', 'body:b'],
      ['PART_OF:body:c->body:b', 'body:c', 'body:b'],
    ]);
  });
});
