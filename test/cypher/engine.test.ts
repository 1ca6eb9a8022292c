// Specification of CypherEngine: read-only by default, statistics, parameters, indexes kept in
// step with writes and outside changes, result snapshots, and the timeout and row-cap limits.

import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { CypherEngine, fromJson, type Node } from '../../src/cypher/index.js';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { CypherError, QueryLimitError } from '../../src/errors.js';

const newGraph = (): PropertyGraph => new graphology.MultiDirectedGraph() as PropertyGraph;

/** A pipeline-shaped graph: string ids as keys, plain JSON properties. */
function pipelineGraph(): PropertyGraph {
  const g = newGraph();
  g.addNode('person:ann', { labels: ['Person'], properties: { id: 'person:ann', name: 'Ann', mentionCount: 3, aliases: ['A. N.'] } });
  g.addNode('body:hmicfrs', { labels: ['Body'], properties: { id: 'body:hmicfrs', name: 'HMICFRS', mentionCount: 1 } });
  g.addDirectedEdgeWithKey('AFFILIATED_WITH:person:ann->body:hmicfrs', 'person:ann', 'body:hmicfrs', {
    type: 'AFFILIATED_WITH',
    properties: { role: 'Inspector', weight: 0.5 },
  });
  return g;
}

describe('CypherEngine', () => {
  it('reads pipeline properties: integral numbers as INTEGER, others as FLOAT', () => {
    const engine = new CypherEngine(pipelineGraph());
    const { columns, rows } = engine.run(
      'MATCH (p:Person)-[r:AFFILIATED_WITH]->(b:Body) RETURN p.name AS name, p.mentionCount AS n, r.weight AS w, b.name AS body',
    );
    expect(columns).toEqual(['name', 'n', 'w', 'body']);
    expect(rows).toEqual([['Ann', 3n, 0.5, 'HMICFRS']]);
  });

  it('is read-only unless asked otherwise', () => {
    const engine = new CypherEngine(pipelineGraph());
    try {
      engine.run('CREATE (:Person {name: "Bob"})');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CypherError);
      expect((e as CypherError).phase).toBe('compile time');
      expect((e as CypherError).detail).toBe('ReadOnly');
    }
  });

  it('counts what a query changes', () => {
    const engine = new CypherEngine(newGraph(), { readOnly: false });
    const created = engine.run("CREATE (a:A:B {x: 1})-[:T {w: 2}]->(b:A) SET b.y = 'v' RETURN a").stats;
    expect(created).toMatchObject({ nodesCreated: 2, relationshipsCreated: 1, labelsAdded: 3, propertiesSet: 3 });
    const removed = engine.run('MATCH (a:B) REMOVE a:B, a.x DETACH DELETE a').stats;
    expect(removed).toMatchObject({ labelsRemoved: 1, propertiesRemoved: 1, nodesDeleted: 1, relationshipsDeleted: 1 });
  });

  it('keeps a FLOAT written as 1.0 a FLOAT when read back', () => {
    const engine = new CypherEngine(newGraph(), { readOnly: false });
    engine.run('CREATE ({f: 1.0, i: 1, l: [1.0, 2.0]})');
    const [[f, i, l]] = engine.run('MATCH (n) RETURN n.f, n.i, n.l').rows as [[unknown, unknown, unknown]];
    expect(typeof f).toBe('number');
    expect(i).toBe(1n);
    expect(l).toEqual([1, 2]);
  });

  it('takes parameters as Cypher values (fromJson for JSON input)', () => {
    const engine = new CypherEngine(pipelineGraph());
    const params = fromJson({ name: 'Ann', min: 2 }) as Record<string, never>;
    const { rows } = engine.run('MATCH (p:Person {name: $name}) WHERE p.mentionCount >= $min RETURN p.id', params);
    expect(rows).toEqual([['person:ann']]);
  });

  it.each([
    ['RETURN $nope', { line: 1, column: 8 }],
    // No row ever reaches the parameter: it is still named before anything runs, as Neo4j does.
    ['MATCH (n:NoSuchLabel)\nWHERE n.name = $name\nRETURN n', { line: 2, column: 16 }],
    ['MATCH (p:Person) WHERE p.name = $given AND p.mentionCount > $min RETURN p', { line: 1, column: 33 }],
  ])('raises ParameterMissing at the first absent parameter of %j', (query, position) => {
    const engine = new CypherEngine(pipelineGraph());
    const params: Record<string, bigint> = query.includes('$min') ? { min: 1n } : {};
    const error = (() => {
      try {
        engine.run(query, params);
      } catch (e) {
        return e as CypherError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({ phase: 'compile time', type: 'ParameterMissing', detail: 'MissingParameter', position });
    expect(error.message).toMatch(/Expected parameter \$\w+/);
  });

  it('does not ask for parameters to EXPLAIN a query', () => {
    const engine = new CypherEngine(pipelineGraph());
    const result = engine.run('EXPLAIN MATCH (n) WHERE n.name = $name RETURN n');
    expect(result.columns).toEqual(['n']);
    expect(result.rows).toEqual([]);
  });

  it('keeps its label and property indexes in step with its own writes', () => {
    const engine = new CypherEngine(newGraph(), { readOnly: false });
    engine.run("UNWIND range(1, 20) AS i CREATE (:Item {n: i, kind: CASE WHEN i % 2 = 0 THEN 'even' ELSE 'odd' END})");
    const count = (q: string): unknown => engine.run(q).rows[0]![0];
    expect(count("MATCH (i:Item {kind: 'even'}) RETURN count(i)")).toBe(10n);
    engine.run("MATCH (i:Item {n: 2}) SET i.kind = 'odd'");
    expect(count("MATCH (i:Item {kind: 'even'}) RETURN count(i)")).toBe(9n);
    engine.run('MATCH (i:Item) WHERE i.n > 15 REMOVE i:Item');
    expect(count('MATCH (i:Item) RETURN count(i)')).toBe(15n);
    expect(count("MATCH (i:Item) WHERE i.kind = 'odd' RETURN count(i)")).toBe(9n);
  });

  it('lets MERGE find what earlier rows of the same query created', () => {
    const engine = new CypherEngine(newGraph(), { readOnly: false });
    engine.run('UNWIND range(1, 200) AS i MERGE (p:P {k: i % 50}) ON CREATE SET p.n = 1 ON MATCH SET p.n = p.n + 1');
    expect(engine.run('MATCH (p:P) RETURN count(p), sum(p.n), max(p.n)').rows).toEqual([[50n, 200n, 4n]]);
    engine.run('MATCH (p:P) WHERE p.k < 10 SET p.k = p.k + 100');
    expect(engine.run('MATCH (p:P {k: 105}) RETURN p.n').rows).toEqual([[4n]]);
    expect(engine.run('MATCH (p:P {k: 5}) RETURN p.n').rows).toEqual([]);
  });

  it('gives id() numbers that do not depend on the order queries touch nodes', () => {
    const ids = (engine: CypherEngine): unknown => engine.run('MATCH (n) RETURN n.id, id(n) ORDER BY n.id').rows;
    const first = new CypherEngine(pipelineGraph());
    const second = new CypherEngine(pipelineGraph());
    second.run('MATCH (b:Body) RETURN id(b)');
    expect(ids(second)).toEqual(ids(first));
  });

  it('sees nodes added to the graph from outside between queries', () => {
    const graph = pipelineGraph();
    const engine = new CypherEngine(graph);
    expect(engine.run('MATCH (p:Person) RETURN count(p)').rows).toEqual([[1n]]);
    graph.addNode('person:bob', { labels: ['Person'], properties: { id: 'person:bob', name: 'Bob' } });
    expect(engine.run('MATCH (p:Person) RETURN count(p)').rows).toEqual([[2n]]);
    expect(engine.run("MATCH (p:Person {name: 'Bob'}) RETURN p.id").rows).toEqual([['person:bob']]);
  });

  it('returns snapshots that later writes do not change', () => {
    const engine = new CypherEngine(newGraph(), { readOnly: false });
    const [[node]] = engine.run("CREATE (n:A {name: 'before'}) RETURN n").rows as [[Node]];
    engine.run("MATCH (n:A) SET n.name = 'after', n:B");
    expect(node.properties).toEqual({ name: 'before' });
    expect(node.labels).toEqual(['A']);
  });

  it('gives compile-time errors a line and column', () => {
    const engine = new CypherEngine(newGraph());
    try {
      engine.run('MATCH (n)\nRETURN m');
      expect.unreachable();
    } catch (e) {
      expect((e as CypherError).detail).toBe('UndefinedVariable');
      expect((e as CypherError).position).toMatchObject({ line: 2, column: 8 });
    }
  });

  it('stops an unbounded variable-length match on a dense graph with the timeout error', () => {
    const graph = newGraph();
    const n = 14;
    for (let i = 0; i < n; i++) graph.addNode(String(i), { labels: ['N'], properties: { i } });
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) graph.addDirectedEdge(String(i), String(j), { type: 'R', properties: {} });
    const engine = new CypherEngine(graph, { timeoutMs: 200 });
    try {
      engine.run('MATCH p=(a)-[*]-(b) RETURN count(p)');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(QueryLimitError);
      expect((e as QueryLimitError).code).toBe('E_QUERY_TIMEOUT');
    }
  });

  it('stops a query returning more rows than the cap', () => {
    const engine = new CypherEngine(newGraph(), { maxRows: 10 });
    expect(engine.run('UNWIND range(1, 10) AS x RETURN x').rows).toHaveLength(10);
    try {
      engine.run('UNWIND range(1, 11) AS x RETURN x');
      expect.unreachable();
    } catch (e) {
      expect((e as QueryLimitError).code).toBe('E_QUERY_ROW_LIMIT');
    }
  });
});

describe('the phases', () => {
  it('compose as parse -> validate -> plan -> execute, as CypherEngine.run does', async () => {
    const { parse, validate, plan, execute } = await import('../../src/cypher/index.js');
    const graph = pipelineGraph();
    const ast = parse('MATCH (p:Person) RETURN p.name AS name');
    validate(ast);
    const result = execute(plan(ast, graph), graph, {});
    expect(result).toMatchObject({ columns: ['name'], rows: [['Ann']] });
  });
});

describe('conveniences', () => {
  it('answers EXPLAIN as Neo4j does: the columns, no rows, the plan in the result, nothing run', () => {
    const engine = new CypherEngine(pipelineGraph(), { readOnly: false });
    const result = engine.run("EXPLAIN MATCH (p:Person {name: 'Ann'}) CREATE (p)-[:KNOWS]->(:Person)");
    expect(result.columns).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(result.plan).toEqual({
      operator: 'CREATE',
      details: [],
      children: [{ operator: 'MATCH', details: ['start (p:Person) by property index :Person.name'], children: [] }],
    });
    expect(engine.run('MATCH (p:Person) RETURN count(p)').rows).toEqual([[1n]]);
  });

  it.each([
    ['// who works where\nEXPLAIN MATCH (p:Person) RETURN p.name AS name'],
    ['/* a block comment */ explain MATCH (p:Person) RETURN p.name AS name'],
    ['  \n// one\n// two\n  EXPLAIN\nMATCH (p:Person) RETURN p.name AS name'],
  ])('finds EXPLAIN after comments and white space: %j', (query) => {
    const result = new CypherEngine(pipelineGraph()).run(query);
    expect(result).toMatchObject({ columns: ['name'], rows: [] });
    expect(result.plan?.operator).toBe('RETURN');
  });

  it('keeps error positions of the query as written after EXPLAIN', () => {
    const error = (() => {
      try {
        new CypherEngine(pipelineGraph()).run('// c\nEXPLAIN MATCH (p:Person)\nRETURN q');
      } catch (e) {
        return e as CypherError;
      }
    })();
    expect(error).toBeInstanceOf(CypherError);
    expect(error?.position).toMatchObject({ line: 3, column: 8 });
  });

  it('answers PROFILE with the rows and, per operator, the rows it produced and its db hits', () => {
    const engine = new CypherEngine(pipelineGraph());
    const plain = engine.run('MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) RETURN p.name AS person, b.name AS body');
    const result = engine.run('PROFILE MATCH (p:Person)-[:AFFILIATED_WITH]->(b:Body) RETURN p.name AS person, b.name AS body');
    expect(result.rows).toEqual(plain.rows);
    expect(result.plan).toMatchObject({ operator: 'RETURN', rows: plain.rows.length, children: [{ operator: 'MATCH', rows: plain.rows.length }] });
    expect(result.plan!.children[0]!.dbHits).toBeGreaterThan(0);
    expect(plain.plan).toBeUndefined();
  });

  it.each<[string, string[]]>([
    ['CALL db.labels()', ['Body', 'Person']],
    ['CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', ['AFFILIATED_WITH']],
    ['CALL db.propertyKeys()', ['aliases', 'id', 'mentionCount', 'name', 'role', 'weight']],
  ])('%s lists the schema', (query, expected) => {
    expect(new CypherEngine(pipelineGraph()).run(query).rows.map((r) => r[0])).toEqual(expected);
  });
});

describe('temporal values through the engine', () => {
  const engine = new CypherEngine(newGraph());
  it('orders durations by their length and prints them as toString() does', () => {
    const rows = engine.run("UNWIND [duration('P1M'), duration('P29D'), duration('PT1H'), duration('P1Y')] AS d RETURN toString(d) ORDER BY d").rows;
    expect(rows.flat()).toEqual(['PT1H', 'P29D', 'P1M', 'P1Y']);
    expect(engine.run("RETURN toString(localtime('12:00'))").rows).toEqual([['12:00:00']]);
  });
});
