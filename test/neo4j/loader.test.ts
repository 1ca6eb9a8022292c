// Loading a graph into a real Neo4j: counts match the graph after one load and after two, a
// graph from more newsletters adds and updates, and hostile or unusual names round-trip unchanged.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadGraph, Neo4jConnection } from '../../src/neo4j/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { addEdge, addNode, emptyGraph, newsletterGraph } from './helpers/sample-graph.js';
import { clearDatabase, countDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';

function graphCounts(graph: PropertyGraph) {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  graph.forEachNode((_k, a) => a.labels.forEach((l) => (byLabel[l] = (byLabel[l] ?? 0) + 1)));
  graph.forEachEdge((_k, a) => (byType[a.type] = (byType[a.type] ?? 0) + 1));
  return { nodes: graph.order, relationships: graph.size, byLabel, byType };
}

const HOSTILE_NAMES = [
  'O\'Brien "the Bill"',
  'Back`tick`` Body',
  '{curly} $param {{double}}',
  "x'}) MATCH (n) DETACH DELETE n //",
  '})-[:X]->(',
  '`}) DETACH DELETE n WITH 1 AS x MATCH (m:`',
  'Line\nbreak\\backslash\u0000nul',
  'Police 👮🏽‍♀️ and 🚓 unit',
  'Zoë Noël (combining: Zoe\u0308 Noe\u0308l)',
  'شرطة لندن الكبرى',
  'משטרת ישראל mixed with English',
];

describeWithNeo4j('loadGraph on a real Neo4j', (uri) => {
  let conn: Neo4jConnection;
  let unlock: () => Promise<void>;

  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    conn = await Neo4jConnection.open({ uri });
    await clearDatabase(conn);
  });

  afterAll(async () => {
    await conn?.close();
    await unlock?.();
  });

  it('creates an id uniqueness constraint for each label before writing', async () => {
    await clearDatabase(conn);
    await loadGraph(conn, newsletterGraph());
    const result = await conn.run(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties ORDER BY label",
    );
    expect(result.rows).toEqual(['Act', 'Body', 'Item', 'Newsletter', 'Person', 'Role'].map((l) => [l, ['id']]));
  });

  it('gives the graph its exact counts after one load and after two, the second creating nothing', async () => {
    await clearDatabase(conn);
    const graph = newsletterGraph();
    const first = await loadGraph(conn, graph, { batchSize: 3 });
    expect(await countDatabase(conn)).toEqual(graphCounts(graph));
    expect([first.nodesCreated, first.relationshipsCreated]).toEqual([graph.order, graph.size]);

    const second = await loadGraph(conn, graph, { batchSize: 2 });
    expect(await countDatabase(conn)).toEqual(graphCounts(graph));
    expect([second.nodesCreated, second.relationshipsCreated]).toEqual([0, 0]);
  });

  it('keeps property types: INTEGER stays INTEGER, lists stay lists, strings stay strings', async () => {
    await clearDatabase(conn);
    await loadGraph(conn, newsletterGraph(1));
    const result = await conn.run(
      "MATCH (i:Item {id: '000_79e92bb3579205a4#2'}) MATCH (p:Person)-[m:MENTIONED_IN]->(i) RETURN i.number AS number, m.count AS count, p.aliases AS aliases, valueType(i.number) AS t",
    );
    expect(result.rows).toEqual([[2n, 1n, [], 'INTEGER NOT NULL']]);
  });

  it('loads a graph from more newsletters incrementally: adds what is new, updates counts and evidence', async () => {
    await clearDatabase(conn);
    await loadGraph(conn, newsletterGraph(1));
    const before = await conn.run("MATCH (p:Person {id: 'person:karen-bradley'})-[a:AFFILIATED_WITH]->(:Body) RETURN p.mentionCount, size(a.evidence)");
    expect(before.rows).toEqual([[1n, 1n]]);

    const larger = newsletterGraph(3);
    const summary = await loadGraph(conn, larger);
    expect(await countDatabase(conn)).toEqual(graphCounts(larger));
    expect(summary.nodesCreated).toBe(larger.order - newsletterGraph(1).order);
    const after = await conn.run("MATCH (p:Person {id: 'person:karen-bradley'})-[a:AFFILIATED_WITH]->(:Body) RETURN p.mentionCount, size(a.evidence)");
    expect(after.rows).toEqual([[2n, 2n]]);
  });

  it('stores hostile names as data: quotes, backticks, braces and pattern text change nothing else', async () => {
    await clearDatabase(conn);
    const graph = emptyGraph();
    addNode(graph, 'Item', { id: 'item#1', number: 1, title: 'Item', text: 'text' });
    HOSTILE_NAMES.forEach((name, i) => {
      const id = `body:${name}`;
      addNode(graph, 'Body', { id, name, aliases: [name, `${name}${i}`], mentionCount: i });
      addEdge(graph, 'MENTIONED_IN', id, 'item#1', { count: i });
    });
    await loadGraph(conn, graph);
    await loadGraph(conn, graph);
    expect(await countDatabase(conn)).toEqual(graphCounts(graph));
    const names = await conn.run('MATCH (b:Body)-[:MENTIONED_IN]->(:Item) RETURN b.id AS id, b.name AS name, b.aliases AS aliases ORDER BY b.mentionCount');
    expect(names.rows).toEqual(HOSTILE_NAMES.map((name, i) => [`body:${name}`, name, [name, `${name}${i}`]]));
  });

  it.each([
    ['emoji with skin tone and ZWJ', 'Police 👮🏽‍♀️ and 🚓 unit'],
    ['combining marks (not normalised)', 'Zoe\u0308 Noe\u0308l'],
    ['right-to-left Arabic', 'شرطة لندن الكبرى'],
    ['right-to-left Hebrew with a bidi mark', 'משטרת\u200F ישראל'],
  ])('round-trips a name with %s unchanged, code unit for code unit', async (_what, name) => {
    const graph = emptyGraph();
    addNode(graph, 'Person', { id: `person:${name}`, name, aliases: [name], mentionCount: 1 });
    await loadGraph(conn, graph);
    const result = await conn.run('MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases, p', { id: `person:${name}` });
    expect(result.rows[0]!.slice(0, 2)).toEqual([name, [name]]);
    expect([...(result.rows[0]![0] as string)].length).toBe([...name].length);
  });
});
