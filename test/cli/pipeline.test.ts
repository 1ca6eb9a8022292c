// runPipeline, the chain of stages behind build, extract and eval: the same corpus and graph
// whether extraction runs in-process or on worker threads, in the documents' order.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { runPipeline } from '../../src/api/pipeline.js';
import { serializeGraph } from '../../src/graph/index.js';
import { ensureBuilt, FIXTURES, ROOT } from './built-cli.js';

beforeAll(() => ensureBuilt(), 300_000);

// Threads run dist/; the in-process side of the comparison must run the same compiled code.
const compiled = async () => (await import(pathToFileURL(join(ROOT, 'dist/api/pipeline.js')).href)) as typeof import('../../src/api/pipeline.js');

it('worker threads and in-process extraction give the same corpus and the same graph bytes', { timeout: 300_000 }, async () => {
  // Eight inputs: the fixtures and three renamed copies with a changed first line (so none is a duplicate).
  const dir = mkdtempSync(join(tmpdir(), 'cg-pipeline-'));
  cpSync(FIXTURES, dir, { recursive: true });
  for (const name of ['000_79e92bb3579205a4', '002_ee3d19f2939ad4a4', '004_4d682b8226ef914d']) {
    const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
    writeFileSync(join(dir, `copy-${name}.txt`), text.replace('Correspondence', 'Correspondence (copy)'));
  }
  const pipeline = await compiled();
  const inProcess = await pipeline.runPipeline([dir], { workers: 0 });
  const onWorkers = await pipeline.runPipeline([dir], { workers: 2 });
  expect(inProcess.errors).toEqual([]);
  expect(onWorkers.corpus.documents.map((d) => d.id)).toEqual(inProcess.corpus.documents.map((d) => d.id));
  expect(onWorkers.corpus.items).toEqual(inProcess.corpus.items);
  expect(serializeGraph(onWorkers.graph)).toBe(serializeGraph(inProcess.graph));
  expect(inProcess.corpus.documents).toHaveLength(8);
});

it('reports progress through every stage', async () => {
  const stages = new Set<string>();
  await runPipeline([join(FIXTURES, '003_13024b2ea9e40c59.txt')], { workers: 0, onProgress: (e) => stages.add(e.stage) });
  expect([...stages]).toEqual(['reading', 'extracting', 'resolving', 'building']);
});

it('documents come out in id order whatever order the inputs were given in', async () => {
  const a = await runPipeline([join(FIXTURES, '003_13024b2ea9e40c59.txt'), join(FIXTURES, '001_90d08cdaf62c0c6a.txt')], { workers: 0 });
  expect(a.corpus.documents.map((d) => d.id)).toEqual(['001_90d08cdaf62c0c6a', '003_13024b2ea9e40c59']);
});

it('two files of the same name and different content: the second is an error naming both', async () => {
  const one = mkdtempSync(join(tmpdir(), 'cg-one-'));
  const two = mkdtempSync(join(tmpdir(), 'cg-two-'));
  writeFileSync(join(one, 'news.txt'), 'News\n\n1. A\n\nThe Home Office.\n');
  writeFileSync(join(two, 'news.txt'), 'News\n\n1. B\n\nThe College of Policing.\n');
  const result = await runPipeline([one, two], { workers: 0 });
  expect(result.corpus.documents).toHaveLength(1);
  expect(result.errors.map((e) => [e.code, e.position?.file])).toEqual([['E_DUPLICATE_ID', join(two, 'news.txt')]]);
  expect(result.errors[0]!.message).toContain(join(one, 'news.txt'));
});
