// Shared set-up for the serve tests: the fixtures snapshot built once into a temporary directory,
// and the workbench bundled there, so tests run against the real pipeline and real assets.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from '../../src/api/index.js';
import { buildWorkbench } from '../../scripts/build-workbench.mjs';

export interface ServeFixture {
  dir: string;
  /** The fixtures snapshot directory. */
  graph: string;
  /** The built workbench (index.html, app.css, app.js). */
  assets: string;
  remove(): Promise<void>;
}

export async function serveFixture(): Promise<ServeFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'crimegraph-serve-'));
  const graph = join(dir, 'out');
  await (await build(['fixtures'], { workers: 0 })).save(graph);
  const assets = await buildWorkbench({ outdir: join(dir, 'web') });
  return { dir, graph, assets, remove: () => rm(dir, { recursive: true, force: true }) };
}
