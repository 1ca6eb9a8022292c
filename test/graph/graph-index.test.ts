// graph.json.index: a snapshot opened through its index is the graph graph.json holds, item text
// and evidence are read from graph.json only when used (from the file the index was written with,
// even after a rebuild replaces the directory), and a stale or broken index falls back to graph.json.

import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/api/pipeline.js';
import { CypherEngine, formatResult } from '../../src/cypher/index.js';
import { createRecordSnapshot, graphRecords, loadSnapshot, saveRecordSnapshot, serializeGraph, type PropertyGraph } from '../../src/graph/index.js';
import type { ResolvedCorpus } from '../../src/resolve/types.js';

const root = join(import.meta.dirname, '..', '..');
const tmp = () => mkdtempSync(join(tmpdir(), 'cg-index-'));

let corpus: ResolvedCorpus;
let dir: string;
/** The fixtures' graph as graph.json alone gives it. */
let fromJson: PropertyGraph;

async function saved(): Promise<string> {
  const out = join(tmp(), 'out');
  await saveRecordSnapshot(out, createRecordSnapshot(corpus, graphRecords(corpus)), { index: true });
  return out;
}

beforeAll(async () => {
  corpus = (await runPipeline([join(root, 'fixtures')])).corpus;
  dir = await saved();
  const plain = await saved();
  rmSync(join(plain, 'graph.json.index'));
  fromJson = (await loadSnapshot(plain)).graph;
}, 120_000);

describe('a snapshot opened through graph.json.index', () => {
  it('is the graph graph.json holds, node for node and property for property', async () => {
    const { graph } = await loadSnapshot(dir);
    expect(graph.order).toBe(fromJson.order);
    expect(graph.size).toBe(fromJson.size);
    expect(serializeGraph(graph)).toBe(serializeGraph(fromJson));
  });

  it('answers queries as the graph read from graph.json does, whole nodes included', async () => {
    const { graph } = await loadSnapshot(dir);
    for (const query of [
      'MATCH (i:Item) RETURN i ORDER BY i.id LIMIT 3',
      "MATCH (p:Person)-[m:MENTIONED_IN]->(i:Item) WHERE i.text CONTAINS 'police' RETURN p.name, m.evidence, i.title ORDER BY p.name, i.title LIMIT 5",
      'MATCH ()-[r:AFFILIATED_WITH]->(b:Body) RETURN r, b.name ORDER BY b.name LIMIT 5',
    ]) {
      const [a, b] = [new CypherEngine(graph).run(query), new CypherEngine(fromJson).run(query)];
      expect(formatResult(a, 'json')).toBe(formatResult(b, 'json'));
      expect(a.rows.length).toBeGreaterThan(0);
    }
  });

  it('holds no item text or evidence itself: those stay in graph.json', () => {
    const index = readFileSync(join(dir, 'graph.json.index'), 'utf8');
    const item = fromJson.findNode((_k, a) => a.labels.includes('Item'))!;
    const text = fromJson.getNodeAttribute(item, 'properties').text as string;
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toContain(JSON.stringify(text));
    expect(index).not.toContain(JSON.stringify(text));
    expect(index.length).toBeLessThan(readFileSync(join(dir, 'graph.json'), 'utf8').length / 2);
  });

  it('reads item text from the graph.json it was opened with, after a rebuild has replaced the directory', async () => {
    const out = await saved();
    const { graph } = await loadSnapshot(out);
    const item = graph.findNode((_k, a) => a.labels.includes('Item'))!;
    const expected = fromJson.getNodeAttribute(item, 'properties').text;
    // Another graph saved in its place: graph.json there now holds other bytes at other offsets.
    await saveRecordSnapshot(
      out,
      createRecordSnapshot({ ...corpus, documents: corpus.documents.slice(1) }, graphRecords({ ...corpus, documents: corpus.documents.slice(1) })),
    );
    expect(graph.getNodeAttribute(item, 'properties').text).toBe(expected);
  });

  it('takes a written value in place of the stored one, in the same key order', async () => {
    const { graph } = await loadSnapshot(dir);
    const item = graph.findNode((_k, a) => a.labels.includes('Item'))!;
    const properties = graph.getNodeAttribute(item, 'properties');
    const keys = Object.keys(properties);
    new CypherEngine(graph, { readOnly: false }).run('MATCH (i:Item {id: $id}) SET i.text = $text', { id: item, text: 'rewritten' });
    expect(properties.text).toBe('rewritten');
    expect(Object.keys(properties)).toEqual(keys);
  });

  it('is passed over when graph.json is not the file it was written with, and graph.json read whole', async () => {
    const out = await saved();
    appendFileSync(join(out, 'graph.json'), '\n');
    expect(serializeGraph((await loadSnapshot(out)).graph)).toBe(serializeGraph(fromJson));
  });

  it('is passed over when it is not valid JSON', async () => {
    const out = await saved();
    writeFileSync(join(out, 'graph.json.index'), '{"half');
    expect(serializeGraph((await loadSnapshot(out)).graph)).toBe(serializeGraph(fromJson));
  });
});
