// The pure half of the loader: statements name only the schema's labels and types, data goes
// only into parameters, rows are batched, and names outside the schema are refused.

import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/graph/schema.js';
import { Neo4jError, nodeStatement, planLoad, relationshipStatement, toNeo4jError } from '../../src/neo4j/index.js';
import { addEdge, addNode, emptyGraph, newsletterGraph } from './helpers/sample-graph.js';

const HOSTILE = ["x'}) MATCH (n) DETACH DELETE n //", '})-[:X]->(', '`backtick`', '{$rows}', '"quoted"'];

describe('planLoad', () => {
  it('puts every name from the data into parameters, never into statement text', () => {
    const graph = emptyGraph();
    addNode(graph, 'Item', { id: 'item#1', number: 1, title: 'Item', text: 'text' });
    for (const name of HOSTILE) {
      addNode(graph, 'Body', { id: `body:${name}`, name, aliases: [name], mentionCount: 1 });
      addEdge(graph, 'MENTIONED_IN', `body:${name}`, 'item#1', { count: 1 });
    }
    const plan = planLoad(graph, 2);
    const statements = [...plan.constraints, ...plan.nodeBatches.map((b) => b.statement), ...plan.relationshipBatches.map((b) => b.statement)];
    for (const statement of statements) for (const name of HOSTILE) expect(statement).not.toContain(name);
    const names = plan.nodeBatches.flatMap((b) => b.rows.map((r) => (r.properties as { name?: string }).name)).filter(Boolean);
    expect(names.sort()).toEqual([...HOSTILE].sort());
  });

  it.each([
    [
      'a label outside the schema',
      () => {
        const g = emptyGraph();
        addNode(g, 'Evil`) DETACH DELETE n //', { id: 'x' });
        return g;
      },
    ],
    [
      'a relationship type outside the schema',
      () => {
        const g = emptyGraph();
        addNode(g, 'Person', { id: 'a' });
        addNode(g, 'Person', { id: 'b' });
        addEdge(g, 'KNOWS]->() DELETE x //', 'a', 'b');
        return g;
      },
    ],
    [
      'a node without a string id',
      () => {
        const g = emptyGraph();
        g.addNode('k', { labels: ['Person'], properties: { name: 'No id' } });
        return g;
      },
    ],
  ])('refuses %s with E_NEO4J_SCHEMA before any statement runs', (_case, make) => {
    let error: unknown;
    try {
      planLoad(make());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('E_NEO4J_SCHEMA');
  });

  it('cuts each group into batches of at most batchSize rows and covers every node and relationship once', () => {
    const graph = newsletterGraph();
    const plan = planLoad(graph, 2);
    expect(plan.nodeBatches.every((b) => b.rows.length >= 1 && b.rows.length <= 2)).toBe(true);
    expect(plan.nodeBatches.reduce((n, b) => n + b.rows.length, 0)).toBe(graph.order);
    expect(plan.relationshipBatches.reduce((n, b) => n + b.rows.length, 0)).toBe(graph.size);
    const ids = plan.nodeBatches.flatMap((b) => b.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(graph.order);
  });

  it("sends the pipeline's integral numbers as INTEGER (bigint) and fractions as FLOAT", () => {
    const graph = emptyGraph();
    addNode(graph, 'Act', { id: 'act:x', name: 'X Act', aliases: [], mentionCount: 3, year: 2015, score: 0.5 });
    const row = planLoad(graph).nodeBatches[0]!.rows[0]!;
    expect(row.properties).toEqual({ id: 'act:x', name: 'X Act', aliases: [], mentionCount: 3n, year: 2015n, score: 0.5 });
  });

  it.each(NODE_LABELS.map((l) => [l]))('writes a MERGE on the id of label %s', (label) => {
    expect(nodeStatement([label])).toBe(`UNWIND $rows AS row MERGE (n:\`${label}\` {id: row.id}) SET n = row.properties`);
  });

  it.each(RELATIONSHIP_TYPES.map((t) => [t]))('writes a MERGE of relationship type %s between indexed ends', (type) => {
    expect(relationshipStatement(type, 'Person', 'Body')).toContain(`MERGE (a)-[r:\`${type}\`]->(b) SET r = row.properties`);
  });
});

describe('Neo4jError mapping of driver errors', () => {
  it.each([
    ['ServiceUnavailable', 'E_NEO4J_UNAVAILABLE', true],
    ['SessionExpired', 'E_NEO4J_UNAVAILABLE', true],
    ['Neo.ClientError.Security.Unauthorized', 'E_NEO4J_AUTH', false],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'E_NEO4J_AUTH', false],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'E_NEO4J_TRANSIENT', true],
    ['Neo.ClientError.Statement.SyntaxError', 'E_NEO4J_QUERY', false],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'E_NEO4J_QUERY', false],
  ])('maps %s to %s (retriable: %s), keeping the driver error as cause', (driverCode, code, retriable) => {
    const cause = new neo4j.Neo4jError('boom\nsecond line', driverCode, '50N42', 'general processing exception', {} as never);
    const error = toNeo4jError(cause, 'bolt://127.0.0.1:7687', 'the test');
    expect([error.name, error.code, error.retriable, error.neo4jCode]).toEqual(['Neo4jError', code, retriable, driverCode]);
    expect(error.cause).toBe(cause);
    expect(error.message).not.toContain('\n');
  });
});
