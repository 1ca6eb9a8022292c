// Opening a snapshot for a command: a progress line on a terminal while it loads, cleared at
// the end; nothing on stderr when piped.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/index.js';
import { openSnapshot } from '../../src/cli/open-snapshot.js';
import {
  saveSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  summarizeGraph,
  type EdgeAttributes,
  type SnapshotManifest,
  type NodeAttributes,
  type PropertyGraph,
} from '../../src/graph/index.js';

let dir: string;

beforeAll(async () => {
  const graph: PropertyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  graph.addNode('body:a', { labels: ['Body'], properties: { id: 'body:a', name: 'A' } });
  graph.addNode('body:b', { labels: ['Body'], properties: { id: 'body:b', name: 'B' } });
  graph.addDirectedEdgeWithKey('PART_OF:body:a->body:b', 'body:a', 'body:b', { type: 'PART_OF', properties: {} });
  dir = join(mkdtempSync(join(tmpdir(), 'cg-open-')), 'out');
  // Counts are recomputed on every save.
  const manifest: SnapshotManifest = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, documents: [], counts: summarizeGraph(graph).counts };
  await saveSnapshot(dir, { graph, manifest, mergeLog: [] });
});

function fakeIo(stderrIsTTY: boolean): CliIo & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (t) => err.push(t), stderrIsTTY, cwd: '/', env: {} };
}

it('on a terminal shows the relationships being added, then clears the line', async () => {
  const io = fakeIo(true);
  const snapshot = await openSnapshot(io, dir);
  expect(snapshot.graph.size).toBe(1);
  expect(io.err.join('')).toContain('adding relationships 1/1');
  expect(io.err.at(-1)).toBe('\r\x1b[2K');
});

it('piped, writes nothing to stderr', async () => {
  const io = fakeIo(false);
  await openSnapshot(io, dir);
  expect(io.err).toEqual([]);
});
