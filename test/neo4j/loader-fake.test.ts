// loadGraph against a fake connection that records statements: the order and batching of the
// writes, created counts on a first and a repeated load, progress, and failures part-way through.
// The real-server behaviour is in loader.test.ts; these run without Neo4j.

import { describe, expect, it } from 'vitest';
import { loadGraph, Neo4jError } from '../../src/neo4j/index.js';
import type { LoadProgress } from '../../src/neo4j/index.js';
import { FakeConnection } from './helpers/fake-connection.js';
import { newsletterGraph } from './helpers/sample-graph.js';

const graph = newsletterGraph();

function labelsOf(): Set<string> {
  const labels = new Set<string>();
  graph.forEachNode((_key, attributes) => attributes.labels.forEach((label) => labels.add(label)));
  return labels;
}

describe('loadGraph on a fake connection', () => {
  it('creates the id constraints first, then every node, then every relationship, one transaction per batch', async () => {
    const fake = new FakeConnection();
    const summary = await loadGraph(fake, graph, { batchSize: 7 });
    const phases = fake.transactions.map((t) => t.statements[0]!.statement.split(' ')[0]! + (t.statements[0]!.statement.includes('MATCH') ? ' MATCH' : ''));
    const firstNode = phases.indexOf('UNWIND');
    const firstRelationship = phases.indexOf('UNWIND MATCH');
    expect(phases.slice(0, firstNode).every((p) => p === 'CREATE')).toBe(true);
    expect(phases.slice(firstNode, firstRelationship).every((p) => p === 'UNWIND')).toBe(true);
    expect(phases.slice(firstRelationship).every((p) => p === 'UNWIND MATCH')).toBe(true);
    expect(fake.transactions.every((t) => t.statements.length === 1)).toBe(true);
    expect(fake.transactions.flatMap((t) => t.statements).every((s) => s.rows.length <= 7)).toBe(true);
    expect(summary.transactions).toBe(fake.transactions.length);
    expect(fake.constraints.size).toBe(labelsOf().size);
    expect(fake.nodes.size).toBe(graph.order);
    expect(fake.relationships.size).toBe(graph.size);
  });

  it('passes data only as parameter rows, never in the statement text', async () => {
    const fake = new FakeConnection();
    await loadGraph(fake, graph);
    const texts = fake.transactions.flatMap((t) => t.statements.map((s) => s.statement)).join('\n');
    graph.forEachNode((key) => expect(texts).not.toContain(key));
    const rows = fake.transactions.flatMap((t) => t.statements.flatMap((s) => s.rows));
    expect(rows.length).toBe(graph.order + graph.size);
  });

  it('counts what it created: everything on the first load, nothing on a second load of the same graph', async () => {
    const fake = new FakeConnection();
    const first = await loadGraph(fake, graph);
    expect([first.nodesCreated, first.relationshipsCreated]).toEqual([graph.order, graph.size]);
    const second = await loadGraph(fake, graph);
    expect([second.nodes, second.relationships, second.nodesCreated, second.relationshipsCreated]).toEqual([graph.order, graph.size, 0, 0]);
  });

  it('adds only the new part of a graph from more newsletters', async () => {
    const fake = new FakeConnection();
    const smaller = newsletterGraph(2);
    await loadGraph(fake, smaller);
    const grown = await loadGraph(fake, graph);
    expect(grown.nodesCreated).toBe(graph.order - smaller.order);
    expect(grown.relationshipsCreated).toBe(graph.size - smaller.size);
  });

  it('reports progress per phase, rising to the total', async () => {
    const events: LoadProgress[] = [];
    await loadGraph(new FakeConnection(), graph, { batchSize: 10, onProgress: (p) => events.push(p) });
    for (const phase of ['constraints', 'nodes', 'relationships'] as const) {
      const done = events.filter((e) => e.phase === phase).map((e) => e.done);
      expect(done[0]).toBe(0);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1)).toBe(events.find((e) => e.phase === phase)!.total);
    }
    expect(events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['constraints', 'nodes', 'relationships']);
  });

  it('brings back a node deleted between loads, and fails with a retriable E_NEO4J when one goes during the relationship phase', async () => {
    const fake = new FakeConnection();
    await loadGraph(fake, graph);
    let person = '';
    graph.forEachNode((key, attributes) => {
      if (!person && attributes.labels[0] === 'Person') person = key;
    });
    fake.deleteNode('Person', person);
    // Deleted before a load: the node phase MERGEs the person back before the relationships run.
    expect(await loadGraph(fake, graph)).toMatchObject({ nodesCreated: 1 });

    // Deleted after the node phase: the relationship batch finds an end missing.
    const racing = new FakeConnection();
    const original = racing.executeWrite.bind(racing);
    racing.executeWrite = async (work, doing) => {
      if (doing?.startsWith('loading relationships')) racing.deleteNode('Person', person);
      return original(work, doing);
    };
    const failure = await loadGraph(racing, graph).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Neo4jError);
    expect((failure as Neo4jError).code).toBe('E_NEO4J');
    expect((failure as Neo4jError).retriable).toBe(true);
  });

  it('stops at a failed transaction with the connection error, and a load after it completes the graph', async () => {
    const fake = new FakeConnection();
    fake.failAt = 5;
    const error = await loadGraph(fake, graph, { batchSize: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('E_NEO4J_UNAVAILABLE');
    expect(fake.nodes.size).toBeLessThan(graph.order);
    fake.failAt = undefined;
    const before = fake.nodes.size;
    const resumed = await loadGraph(fake, graph, { batchSize: 5 });
    expect(fake.nodes.size).toBe(graph.order);
    expect(fake.relationships.size).toBe(graph.size);
    expect(resumed.nodesCreated).toBe(graph.order - before);
  });
});
