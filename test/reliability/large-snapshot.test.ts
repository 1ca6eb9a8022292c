// Snapshots too big for one JavaScript string (10 000 newsletters give over 500 MB of graph.json):
// saved in pieces with the same bytes as before, and read back line by line above a size.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/graph/canonical-json.js';
import type { EdgeAttributes, NodeAttributes, PropertyGraph } from '../../src/graph/index.js';
import { readLineItems, serializeGraph } from '../../src/graph/snapshot.js';
import { canonicalJsonChunks } from '../../src/graph/canonical-json.js';

/** A small graph whose strings hold every character JSON must escape or that could confuse a line reader. */
function awkwardGraph(): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  const names = ['plain', 'with "quotes", and commas,', 'line\nbreak\r\nand\u2028separator', 'ends with ],', '{"key":[', '😀 e\u0301 שלום', 'back\\slash\\'];
  names.forEach((name, i) => graph.addNode(`body:${i}`, { labels: ['Body'], properties: { id: `body:${i}`, name, aliases: [name, ''], mentionCount: i } }));
  for (let i = 1; i < names.length; i++) {
    graph.addDirectedEdgeWithKey(`CO_OCCURS:body:0->body:${i}`, 'body:0', `body:${i}`, { type: 'CO_OCCURS', properties: { weight: i, evidence: [names[i]!] } });
  }
  return graph;
}

/** A chain of `n` bodies: enough lines to span several read chunks. */
function wideGraph(n: number): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (let i = 0; i < n; i++)
    graph.addNode(`body:${i}`, { labels: ['Body'], properties: { id: `body:${i}`, name: `Body number ${i}`, aliases: [], mentionCount: 1 } });
  for (let i = 1; i < n; i++)
    graph.addDirectedEdgeWithKey(`PART_OF:body:${i}->body:${i - 1}`, `body:${i}`, `body:${i - 1}`, { type: 'PART_OF', properties: {} });
  return graph;
}

describe('graph.json in pieces', () => {
  it.each([
    ['an object with arrays', { b: [1, { y: 2, x: 1 }], a: 'x', c: [], d: { z: [1] } }],
    ['an empty object', {}],
    ['a scalar', 'text'],
    ['an array', [3, 1]],
  ])('%s: the pieces join to the one-string text', (_name, value) => {
    expect([...canonicalJsonChunks(value)].join('')).toBe(canonicalJson(value, { lineItems: true }));
  });

  it('every line of a written graph is one JSON value, and the whole text is JSON', () => {
    const text = serializeGraph(awkwardGraph());
    expect(JSON.parse(text)).toMatchObject({ nodes: expect.any(Array), edges: expect.any(Array) });
    expect(text.split('\n').length).toBe(awkwardGraph().order + awkwardGraph().size + 9);
  });

  it('the line reader gives what JSON.parse gives', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-large-')), 'graph.json');
    const text = serializeGraph(awkwardGraph());
    writeFileSync(file, text);
    expect(await readLineItems(file)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('the line reader reports the bytes read, up to the whole file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-large-')), 'graph.json');
    // Over 64 KiB, so the stream gives more than one chunk.
    const text = serializeGraph(wideGraph(2000));
    writeFileSync(file, text);
    const seen: number[] = [];
    await readLineItems(file, (bytes) => seen.push(bytes));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
  });

  it.each([
    ['cut short', (t: string) => t.slice(0, t.length - 40)],
    ['a broken element', (t: string) => t.replace('"weight":3', '"weight":3,,')],
    ['not our layout', (t: string) => JSON.stringify(JSON.parse(t))],
    ['text after the end', (t: string) => `${t}{}\n`],
  ])('the line reader refuses a file %s', async (_name, damage) => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-large-')), 'graph.json');
    writeFileSync(file, damage(serializeGraph(awkwardGraph())));
    await expect(readLineItems(file)).rejects.toThrow();
  });
});

describe('loading checks what graphology does not', () => {
  const node = (key: string) => ({ key, attributes: { labels: ['Body'], properties: { id: key } } });
  const edge = (key: string, source: string, target: string) => ({ key, source, target, attributes: { type: 'X', properties: {} } });
  it.each([
    ['a node twice', { nodes: [node('a'), node('a')], edges: [] }, /node a appears twice/],
    ['an edge twice', { nodes: [node('a'), node('b')], edges: [edge('X:a->b', 'a', 'b'), edge('X:a->b', 'a', 'b')] }, /edge X:a->b appears twice/],
    ['an edge to a missing node', { nodes: [node('a')], edges: [edge('X:a->b', 'a', 'b')] }, /edge X:a->b joins a missing node/],
  ])('%s is a corrupt snapshot naming it', async (_name, graph, message) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cg-large-')), 'out');
    const { saveSnapshot, loadSnapshot } = await import('../../src/graph/index.js');
    await saveSnapshot(dir, {
      graph: awkwardGraph(),
      manifest: { format: 'crimegraph-snapshot', version: 1, documents: [], counts: {} as never },
      mergeLog: [],
    });
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
    await expect(loadSnapshot(dir)).rejects.toMatchObject({ name: 'StoreError', code: 'E_SNAPSHOT_CORRUPT', message: expect.stringMatching(message) });
  });
});
