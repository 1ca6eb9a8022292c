// graph.store: a snapshot opened through its columns holds the graph graph.json holds (every
// node's labels and properties, every relationship's key, type, ends and properties, each node's
// adjacency in graphology's order), keeps item text and evidence out of graph.store and reads them
// from the values file it was opened with, and is passed over when graph.json is not the file it
// was written with.

import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/api/pipeline.js';
import { createRecordSnapshot, graphRecords, loadSnapshot, openSnapshotColumns, saveRecordSnapshot, type PropertyGraph } from '../../src/graph/index.js';
import type { GraphColumns } from '../../src/graph/index.js';
import type { ResolvedCorpus } from '../../src/resolve/types.js';

const root = join(import.meta.dirname, '..', '..');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-columns-'));

let corpus: ResolvedCorpus;
let dir: string;
let graph: PropertyGraph;
let columns: GraphColumns;

async function saved(c: ResolvedCorpus = corpus): Promise<string> {
  const out = join(tmp(), 'out');
  await saveRecordSnapshot(out, createRecordSnapshot(c, graphRecords(c)));
  return out;
}

async function opened(at: string): Promise<GraphColumns> {
  const result = await openSnapshotColumns(at);
  if (!result) throw new Error(`no columns in ${at}`);
  return result.columns;
}

beforeAll(async () => {
  corpus = (await runPipeline([join(root, 'fixtures')])).corpus;
  dir = await saved();
  graph = (await loadSnapshot(dir)).graph;
  columns = await opened(dir);
}, 120_000);

describe('a snapshot opened through graph.store', () => {
  it('has the nodes of graph.json, in its order, with their labels and properties (keys in the same order)', () => {
    expect(columns.nodeCount).toBe(graph.order);
    expect(columns.keys).toEqual(graph.nodes());
    graph.forEachNode((key, attributes) => {
      const i = columns.numbers.get(key)!;
      expect(columns.labels(i)).toEqual(attributes.labels);
      const properties = columns.nodeProperties(i);
      expect(Object.keys(properties)).toEqual(Object.keys(attributes.properties));
      expect({ ...properties }).toEqual(attributes.properties);
    });
  });

  it('has the relationships of graph.json, in its order, with key, type, ends and properties', () => {
    expect(columns.edgeCount).toBe(graph.size);
    let e = 0;
    graph.forEachEdge((key, attributes, source, target) => {
      expect([columns.edgeKey(e), columns.type(e), columns.keys[columns.edgeSource[e]!], columns.keys[columns.edgeTarget[e]!]]).toEqual([
        key,
        attributes.type,
        source,
        target,
      ]);
      expect({ ...columns.edgeProperties(e) }).toEqual(attributes.properties);
      expect(columns.edgeNumber(key)).toBe(e);
      e++;
    });
    expect(columns.edgeNumber('MENTIONED_IN:nobody->nothing')).toBe(-1);
  });

  it("lists each node's relationships in graphology's order, both directions", () => {
    graph.forEachNode((key) => {
      const n = columns.numbers.get(key)!;
      const out = [...columns.outEdges.subarray(columns.outStart[n], columns.outStart[n + 1])].map((e) => columns.edgeKey(e));
      const inn = [...columns.inEdges.subarray(columns.inStart[n], columns.inStart[n + 1])].map((e) => columns.edgeKey(e));
      expect(out).toEqual(graph.outEdges(key));
      expect(inn).toEqual(graph.inEdges(key));
    });
  });

  it('holds no item text or evidence in graph.store: those are in graph.store.values', () => {
    const store = readFileSync(join(dir, 'graph.store'));
    const values = readFileSync(join(dir, 'graph.store.values'), 'utf8');
    const item = graph.findNode((_k, a) => a.labels.includes('Item'))!;
    const text = graph.getNodeAttribute(item, 'properties').text as string;
    const evidence = graph.findEdge((_k, a) => Array.isArray(a.properties.evidence))!;
    const sentence = (graph.getEdgeAttribute(evidence, 'properties').evidence as string[])[0]!;
    for (const value of [text, sentence]) {
      expect(values).toContain(JSON.stringify(value));
      expect(store.includes(Buffer.from(JSON.stringify(value)))).toBe(false);
    }
    expect(store.length).toBeLessThan(readFileSync(join(dir, 'graph.json')).length / 2);
  });

  it('reads item text from the values file it was opened with, after a rebuild has replaced the directory', async () => {
    const out = await saved();
    const before = await opened(out);
    const item = graph.findNode((_k, a) => a.labels.includes('Item'))!;
    const expected = graph.getNodeAttribute(item, 'properties').text;
    const fewer = { ...corpus, documents: corpus.documents.slice(1) };
    await saveRecordSnapshot(out, createRecordSnapshot(fewer, graphRecords(fewer)));
    expect(before.nodeProperties(before.numbers.get(item)!).text).toBe(expected);
  });

  it('is passed over when graph.json is not the file it was written with', async () => {
    const out = await saved();
    appendFileSync(join(out, 'graph.json'), '\n');
    expect(await openSnapshotColumns(out)).toBeUndefined();
  });

  it('is passed over when graph.store is not a column store, or the values file was replaced', async () => {
    const broken = await saved();
    writeFileSync(join(broken, 'graph.store'), 'not a store');
    expect(await openSnapshotColumns(broken)).toBeUndefined();
    const replaced = await saved();
    appendFileSync(join(replaced, 'graph.store.values'), ' ');
    expect(await openSnapshotColumns(replaced)).toBeUndefined();
  });

  it('names the directory when there is no snapshot at all', async () => {
    await expect(openSnapshotColumns(join(tmp(), 'none'))).rejects.toMatchObject({ name: 'StoreError', code: 'E_SNAPSHOT_MISSING' });
  });
});
