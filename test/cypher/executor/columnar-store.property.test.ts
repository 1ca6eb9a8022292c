// Specification of the columnar store: a snapshot opened through graph.store answers every query
// as the graph loaded from graph.json does, rows in the same order (ORDER BY or not): every file
// in queries/ on the fixtures, and a table of query shapes on random graphs with parallel
// relationships, self-loops, numeric node keys and large values. It refuses writes.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import graphology from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQueryFile, queriesDirectory } from '../../../src/api/index.js';
import { runPipeline } from '../../../src/api/pipeline.js';
import { ColumnarStore, CypherEngine, formatResult, fromJson, type CypherValue } from '../../../src/cypher/index.js';
import {
  createRecordSnapshot,
  graphRecords,
  loadSnapshot,
  openSnapshotColumns,
  saveRecordSnapshot,
  saveSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type PropertyGraph,
} from '../../../src/graph/index.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-colstore-'));

/** Both ways into one saved snapshot: graph.json into graphology, and graph.store. */
async function bothWays(dir: string): Promise<{ graph: PropertyGraph; store: ColumnarStore }> {
  const opened = await openSnapshotColumns(dir);
  if (!opened) throw new Error(`no columns in ${dir}`);
  return { graph: (await loadSnapshot(dir)).graph, store: new ColumnarStore(opened.columns) };
}

/** A query's result as JSON text, or its error's name and code. */
function answer(engine: CypherEngine, query: string, params: Record<string, CypherValue> = {}): string {
  try {
    return formatResult(engine.run(query, params), 'json');
  } catch (error) {
    const { name, code } = error as { name: string; code?: string };
    return `${name} ${code ?? ''}`;
  }
}

describe('the columnar store on the fixtures', () => {
  let graph: PropertyGraph;
  let store: ColumnarStore;
  beforeAll(async () => {
    const corpus = (await runPipeline([join(import.meta.dirname, '..', '..', '..', 'fixtures')])).corpus;
    const dir = join(tmp(), 'out');
    await saveRecordSnapshot(dir, createRecordSnapshot(corpus, graphRecords(corpus)));
    ({ graph, store } = await bothWays(dir));
  }, 120_000);

  const files = [...readdirSync(queriesDirectory()).map((name) => name), ...readdirSync(join(queriesDirectory(), 'api')).map((name) => `api/${name}`)]
    .filter((name) => name.endsWith('.cypher'))
    .sort();

  it.each(files)('queries/%s gives the rows graph.json gives, in the same order', (name) => {
    const { text, defaults } = parseQueryFile(readFileSync(join(queriesDirectory(), name), 'utf8'), name);
    const params: Record<string, CypherValue> = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, fromJson(v)]));
    const expected = answer(new CypherEngine(graph), text, params);
    expect(answer(new CypherEngine(store), text, params)).toBe(expected);
    expect(expected).not.toMatch(/Error/);
  });

  it.each([
    'MATCH (n) RETURN n',
    'MATCH (a)-[r]-(b) RETURN a.id, r, b.id',
    'MATCH (n) RETURN id(n), labels(n), keys(n)',
    'MATCH ()-[r]->() RETURN id(r), type(r), keys(r)',
    'MATCH (p:Person) RETURN p.name, COUNT { (p)-[:MENTIONED_IN]->() } AS items, COUNT { (p)--() } AS all',
    "MATCH (i:Item) WHERE i.text CONTAINS 'police' RETURN i.id, size(i.text)",
    'MATCH p = shortestPath((a:Person)-[*]-(b:Body)) RETURN p LIMIT 20',
    'MATCH (b:Body {name: $name}) RETURN b',
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey',
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
  ])('%s gives the rows graph.json gives', (query) => {
    const params = { name: 'Home Office' };
    expect(answer(new CypherEngine(store), query, params)).toBe(answer(new CypherEngine(graph), query, params));
  });

  it('refuses writes: a read-only engine refuses CREATE as on any graph, and an engine that may write is not made', () => {
    expect(answer(new CypherEngine(store), 'CREATE (:Person {name: "x"})')).toBe(answer(new CypherEngine(graph), 'CREATE (:Person {name: "x"})'));
    expect(() => new CypherEngine(store, { readOnly: false })).toThrow(expect.objectContaining({ name: 'UnsupportedOperationError', code: 'E_UNSUPPORTED' }));
  });
});

// Keys that sort and iterate differently: array indexes ('0', '10') come first in a JS object,
// whatever order they were added in, and graphology's adjacency is such an object.
const NODE_KEYS = ['0', '7', '10', 'n1', 'n2', 'a->b', 'z'];
const LABELS = [['A'], ['B'], ['A', 'B'], []];
const TYPES = ['R', 'S'];

type EdgeSpec = [from: number, to: number, type: number, customKey: boolean, weight: number];

function graphOf(nodes: number, labels: number[], edges: EdgeSpec[]): PropertyGraph {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true }) as PropertyGraph;
  for (let i = 0; i < nodes; i++) {
    const key = NODE_KEYS[i]!;
    // Every other node's id is not its key, so the id lookup cannot assume it is.
    g.addNode(key, {
      labels: LABELS[labels[i]! % LABELS.length]!,
      properties: { id: i % 2 === 0 ? key : `other-${key}`, rank: i, text: 'x'.repeat(i * 60), ...(i === 1 ? { list: [1, 2, 3] } : {}) },
    });
  }
  edges.forEach(([a, b, t, custom, weight], k) => {
    const type = TYPES[t]!;
    const key = custom ? String(k) : `${type}:${NODE_KEYS[a]}->${NODE_KEYS[b]}`;
    if (g.hasEdge(key)) return;
    g.addDirectedEdgeWithKey(key, NODE_KEYS[a]!, NODE_KEYS[b]!, { type, properties: { weight, evidence: [`sentence ${k}`] } });
  });
  return g;
}

const QUERIES = [
  'MATCH (n) RETURN n',
  'MATCH (n:A) RETURN n.id, labels(n)',
  'MATCH (n:A:B) RETURN n.id',
  'MATCH (n) WHERE n:A OR n:B RETURN n.id',
  'MATCH (a)-[r]->(b) RETURN a.id, r, b.id',
  'MATCH (a)-[r]-(b) RETURN a.id, type(r), b.id',
  'MATCH (a)<-[r:S]-(b) RETURN a.id, r.weight, b.id',
  'MATCH (a)-[r:R|S]-(a) RETURN a.id, r',
  'MATCH (a)-[*1..2]->(b) RETURN a.id, b.id',
  // Walks from a bound node, so each node's adjacency order shows in the rows.
  'MATCH (a) WITH a MATCH (a)-[r]-(b) RETURN a.id, r, b.id',
  'MATCH (a) WITH a MATCH (a)<-[r]-(b) RETURN a.id, id(r), b.id',
  'MATCH (a:A) WITH a MATCH (a)-[r:S]->(b) RETURN a.id, r.weight, b.id',
  'MATCH ()-[r]->() RETURN id(r), type(r)',
  'MATCH (n) RETURN id(n), n.rank',
  'MATCH (n {id: "0"}) RETURN n.rank',
  'MATCH (n:A {id: "other-7"}) RETURN n.rank',
  'MATCH (n {rank: 2}) RETURN n.id',
  'MATCH (n) RETURN n.id, COUNT { (n)-[:R]-() } AS r, COUNT { (n)--() } AS all, COUNT { (n)<--() } AS incoming',
  'MATCH ()-[r]->() RETURN type(r), count(*)',
  'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)',
  'MATCH p = shortestPath((a {rank: 0})-[*]-(b {rank: 3})) RETURN p',
  'MATCH (a)-[r]->(b) WHERE size(a.text) > 100 RETURN r.evidence, b.text',
];

describe('the columnar store on random graphs', () => {
  it('gives the rows graph.json gives, in the same order, for every query shape', async () => {
    const edgeArb = (n: number) => fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.nat(1), fc.boolean(), fc.integer({ min: 0, max: 3 }));
    const graphArb = fc
      .integer({ min: 1, max: NODE_KEYS.length })
      .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.nat(3), { minLength: n, maxLength: n }), fc.array(edgeArb(n), { maxLength: 20 })));
    await fc.assert(
      fc.asyncProperty(graphArb, async ([n, labels, edges]) => {
        const dir = join(tmp(), 'out');
        const manifest = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, documents: [], counts: { nodes: 0, relationships: 0, labels: {}, types: {} } };
        await saveSnapshot(dir, { graph: graphOf(n, labels, edges), manifest, mergeLog: [] } as never);
        const { graph, store } = await bothWays(dir);
        for (const query of QUERIES) expect([query, answer(new CypherEngine(store), query)]).toEqual([query, answer(new CypherEngine(graph), query)]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
