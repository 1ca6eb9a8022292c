// Snapshots: a save and load round trip, byte-identical saves, typed errors for missing and
// corrupt snapshots, and atomic replacement that survives a SIGKILL in the middle of a write.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  countRecords,
  createRecordSnapshot,
  createSnapshot,
  graphRecords,
  loadSnapshot,
  saveRecordSnapshot,
  saveSnapshot,
  summarizeGraph,
} from '../../src/graph/index.js';
import { handMadeCorpus } from './corpus.js';
import { bigSnapshot } from './helpers/save-forever.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-snapshot-'));
const snapshotOf = () => {
  const corpus = handMadeCorpus();
  return createSnapshot(corpus, buildGraph(corpus));
};
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('round trip', () => {
  it('loads back the graph, manifest and merge log it saved', async () => {
    const dir = join(tmp(), 'out');
    const saved = snapshotOf();
    await saveSnapshot(dir, saved);
    const loaded = await loadSnapshot(dir);
    expect(loaded.graph.nodes()).toEqual(saved.graph.nodes());
    expect(loaded.graph.edges()).toEqual(saved.graph.edges());
    saved.graph.forEachNode((key, a) => expect(loaded.graph.getNodeAttributes(key)).toEqual(a));
    saved.graph.forEachEdge((key, a, s, t) => {
      expect(loaded.graph.getEdgeAttributes(key)).toEqual(a);
      expect([loaded.graph.source(key), loaded.graph.target(key)]).toEqual([s, t]);
    });
    expect(loaded.manifest).toEqual(saved.manifest);
    expect(loaded.mergeLog).toEqual(saved.mergeLog);
    expect(loaded.manifest.documents.map((d) => [d.id, d.items])).toEqual([
      ['002_ee3d19f2939ad4a4', 2],
      ['003_13024b2ea9e40c59', 1],
    ]);
  });

  it('two saves of two builds are byte-identical, and a re-save of a loaded snapshot too', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    const c = join(tmp(), 'c');
    await saveSnapshot(a, snapshotOf());
    await saveSnapshot(b, snapshotOf());
    await saveSnapshot(c, await loadSnapshot(a));
    expect(Object.keys(filesOf(a))).toEqual(['graph.json', 'graph.store', 'graph.store.values', 'manifest.json', 'merge-log.json']);
    expect(filesOf(b)).toEqual(filesOf(a));
    expect(filesOf(c)).toEqual(filesOf(a));
  });

  it('a snapshot saved from graph records, as build writes it, has the bytes of one saved from the graph', async () => {
    const corpus = handMadeCorpus();
    const [fromGraph, fromRecords] = [join(tmp(), 'graph'), join(tmp(), 'records')];
    await saveSnapshot(fromGraph, createSnapshot(corpus, buildGraph(corpus)));
    await saveRecordSnapshot(fromRecords, createRecordSnapshot(corpus, graphRecords(corpus)));
    expect(filesOf(fromRecords)).toEqual(filesOf(fromGraph));
    expect(countRecords(graphRecords(corpus))).toEqual(summarizeGraph(buildGraph(corpus)).counts);
  });

  it('saving over an existing snapshot replaces it and leaves nothing else beside it', async () => {
    const parent = tmp();
    const dir = join(parent, 'out');
    await saveSnapshot(dir, bigSnapshot('A', 10));
    await saveSnapshot(dir, snapshotOf());
    expect((await loadSnapshot(dir)).graph.hasNode('person:mike-barton')).toBe(true);
    expect(readdirSync(parent)).toEqual(['out']);
  });
});

describe('errors', () => {
  it.each([
    ['a missing directory', (_dir: string) => undefined, 'E_SNAPSHOT_MISSING'],
    ['an empty directory', (dir: string) => mkdirSync(dir), 'E_SNAPSHOT_MISSING'],
    ['a manifest that is not JSON', (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"format": '), 'E_SNAPSHOT_CORRUPT'],
    ['a foreign manifest', (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"name":"x"}'), 'E_SNAPSHOT_CORRUPT'],
    [
      'another version',
      (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"format":"crimegraph-snapshot","version":99,"documents":[]}'),
      'E_SNAPSHOT_VERSION',
    ],
    [
      'a truncated graph',
      (dir: string) => writeFileSync(join(dir, 'graph.json'), readFileSync(join(dir, 'graph.json'), 'utf8').slice(0, 200)),
      'E_SNAPSHOT_CORRUPT',
    ],
    [
      'an edge to a missing node',
      (dir: string) =>
        writeFileSync(join(dir, 'graph.json'), '{"nodes":[],"edges":[{"key":"X:a->b","source":"a","target":"b","attributes":{"type":"X","properties":{}}}]}'),
      'E_SNAPSHOT_CORRUPT',
    ],
  ])('%s is a StoreError naming the directory', async (_name, damage, code) => {
    const dir = join(tmp(), 'out');
    if (!code.endsWith('MISSING')) await saveSnapshot(dir, snapshotOf());
    damage(dir);
    await expect(loadSnapshot(dir)).rejects.toMatchObject({ name: 'StoreError', code, position: { file: dir } });
  });

  it('refuses to replace a directory that is not a snapshot', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'precious.txt'), 'keep me');
    await expect(saveSnapshot(dir, snapshotOf())).rejects.toMatchObject({ name: 'StoreError', code: 'E_STORE_FOREIGN' });
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
  });
});

describe('atomic replacement', () => {
  it('a write that died between its two renames: the previous snapshot still loads, and the next save recovers', async () => {
    const parent = tmp();
    const dir = join(parent, 'out');
    await saveSnapshot(dir, snapshotOf());
    renameSync(dir, join(parent, '.out.previous'));
    mkdirSync(join(parent, '.out.tmp-999999-abc'));
    writeFileSync(join(parent, '.out.tmp-999999-abc', 'graph.json'), '{"half');
    expect((await loadSnapshot(dir)).graph.hasNode('person:mike-barton')).toBe(true);
    await saveSnapshot(dir, bigSnapshot('A', 5));
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('SIGKILL at any moment of a save leaves a whole snapshot, old or new', { timeout: 300_000 }, async () => {
    const parent = tmp();
    const dir = join(parent, 'out');
    const nodes = 2000;
    await saveSnapshot(dir, bigSnapshot('A', 10));
    let interrupted = 0;
    // The disk part of a save starts when its temporary directory appears beside the target.
    // Each writer completes one save first, which times that part on this machine however
    // loaded it is; the kill then lands at a given fraction of it in the next save.
    const writing = (pid: number | undefined) => readdirSync(parent).some((name) => name.startsWith(`.out.tmp-${pid}-`));
    for (const fraction of [0.02, 0.1, 0.2, 0.3, 0.45, 0.6]) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'helpers/save-forever.ts'), dir, String(nodes), '8000'], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let saves = 0;
        let diskStart: number | undefined;
        let diskDuration: number | undefined;
        let armed = false;
        const poll = setInterval(() => {
          if (diskStart === undefined && writing(child.pid)) {
            diskStart = performance.now();
            if (saves === 1 && diskDuration !== undefined && !armed) {
              armed = true;
              setTimeout(() => child.kill('SIGKILL'), fraction * diskDuration);
            }
          }
        }, 1);
        let buffer = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let newline;
          while ((newline = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(newline + 1);
            if (line === 'saved') {
              saves++;
              if (diskStart !== undefined && diskDuration === undefined) diskDuration = performance.now() - diskStart;
              diskStart = undefined;
              // A writer that finished its second save without being caught: kill it now.
              if (saves >= 2) child.kill('SIGKILL');
            }
          }
        });
        child.on('exit', (code, signal) => {
          clearInterval(poll);
          if (signal === 'SIGKILL') resolve();
          else reject(new Error(`writer exited by itself (${signal ?? code})`));
        });
      });
      // What the killed writer left beside the snapshot shows whether it died inside a write.
      if (readdirSync(parent).some((name) => name !== 'out')) interrupted++;
      const loaded = await loadSnapshot(dir);
      const versions = new Set(loaded.graph.mapNodes((_k, a) => a.properties.version));
      expect(versions.size).toBe(1);
      expect(loaded.graph.order).toBe(nodes);
      expect(loaded.manifest.counts.nodes).toBe(nodes);
      expect(loaded.graph.size).toBe(nodes - 1);
      expect(loaded.graph.getNodeAttributes('n000000').properties.text).toHaveLength(8000);
    }
    // Kills landed in the middle of writes (a late one may miss: disk times vary from save to save).
    expect(interrupted).toBeGreaterThanOrEqual(3);
    // The next save cleans up whatever the killed writers left.
    await saveSnapshot(dir, snapshotOf());
    expect(readdirSync(parent)).toEqual(['out']);
    expect(existsSync(join(parent, '.out.previous'))).toBe(false);
  });
});
