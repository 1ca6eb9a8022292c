// `crimegraph build` run again on an existing snapshot: it extracts only the files it has not
// seen, and every file it writes is byte-identical to a full build of the same inputs, whether
// files were added, changed or removed. Most cases run the CLI in-process (main() from the
// sources); the first runs the built command as a user would.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus.js';
import { runPipeline } from '../../src/api/pipeline.js';
import { ExtractionCache } from '../../src/cache/index.js';
import { main, type CliIo } from '../../src/cli/index.js';
import { loadSnapshot, serializeGraph } from '../../src/graph/index.js';
import { crimegraph, ensureBuilt, FIXTURES } from './built-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-incremental-'));
const NAMES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Every file under `dir` (sub-folders too), relative path -> bytes. */
function filesOf(dir: string): Record<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  return Object.fromEntries(names.sort().map((f) => [f, readFileSync(join(dir, f))]));
}

/** A folder holding the fixtures named. */
function corpus(names: readonly string[]): string {
  const dir = tmp();
  for (const name of names) cpSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in this process, stderr a terminal, extraction in-process. */
async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: true, cwd: process.cwd(), env: {} };
  const code = await main([...argv, '--workers', '0'], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The "reused N of M documents" of the build summary (stderr, like every summary). */
const reused = (run: Run) => /\(reused (\d+) of (\d+) documents\)/.exec(run.stderr)?.slice(1).map(Number);

/** A full build of `input` in a fresh folder, no cache to start from. */
async function fullBuild(input: string): Promise<string> {
  const out = join(tmp(), 'full');
  expect((await cli('build', input, '--out', out)).code).toBe(0);
  return out;
}

describe('the built command', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('adds newsletters to a snapshot by extracting only them, and writes the same files as a full build', { timeout: 300_000 }, () => {
    const input = corpus(NAMES.slice(0, 3));
    const out = join(tmp(), 'out');
    const first = crimegraph(['build', input, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('(reused 0 of 3 documents)');
    for (const name of NAMES.slice(3)) cpSync(join(FIXTURES, name), join(input, name));
    const again = crimegraph(['build', input, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^Built .*: 5 newsletters, .*\(reused 3 of 5 documents\)\n$/);
    const full = join(tmp(), 'full');
    expect(crimegraph(['build', input, '--out', full]).code).toBe(0);
    expect(Object.keys(filesOf(out))).toEqual(['graph.json', 'graph.store', 'graph.store.values', 'manifest.json', 'merge-log.json']);
    expect(filesOf(out)).toEqual(filesOf(full));
  });
});

describe('build run again on its snapshot', () => {
  it('says on a terminal how many documents it reused, and reuses them all when nothing changed', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES);
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    const before = filesOf(out);
    const again = await cli('build', input, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/reused 5 of 5 documents, extracted 0; copied [\d,]+ of [\d,]+ graph records\n/);
    expect(reused(again)).toEqual([5, 5]);
    expect(filesOf(out)).toEqual(before);
  });

  it('extracts a changed file again, and gives what a full build of the changed files gives', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES);
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    const changed = join(input, NAMES[2]!);
    writeFileSync(changed, `${readFileSync(changed, 'utf8').trimEnd()}\n\nAlice Barker, Chief Constable of Kent Police, opened the meeting.\n`);
    const again = await cli('build', input, '--out', out);
    expect(reused(again)).toEqual([4, 5]);
    const { graph } = await loadSnapshot(out);
    expect(graph.hasNode('person:alice-barker')).toBe(true);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
  });

  it('drops a removed file: its newsletter, items and the entities only it named disappear', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES);
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    const removedId = NAMES[4]!.replace(/\.txt$/, '');
    const withIt = await loadSnapshot(out);
    rmSync(join(input, NAMES[4]!));
    const again = await cli('build', input, '--out', out);
    expect(reused(again)).toEqual([4, 4]);
    const { graph, manifest } = await loadSnapshot(out);
    expect(manifest.documents.map((d) => d.id)).not.toContain(removedId);
    expect(graph.filterNodes((key) => key.includes(removedId))).toEqual([]);
    expect(graph.order).toBeLessThan(withIt.graph.order);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
    // The snapshot's cache keeps the four files it was built from (each whole and its resolution part).
    const kept = readdirSync(join(out, '..', '.out.cache'), { recursive: true, encoding: 'utf8' });
    expect(kept.filter((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}\.json$/.test(f))).toHaveLength(4);
    expect(kept.filter((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}\.res\.json$/.test(f))).toHaveLength(4);
  });

  it('adds a newsletter whose relations older ones state too: their evidence is the sentences, as a full build writes', { timeout: 300_000 }, async () => {
    // A first build streams the graph and reads relation evidence as references (#n); the
    // resolution state it keeps for the next build must hold the sentences themselves.
    const input = tmp();
    const newsletters = [...generateCorpus(25, 7)];
    for (const { name, text } of newsletters.slice(0, 24)) writeFileSync(join(input, name), text);
    const out = join(tmp(), 'out');
    expect((await cli('build', input, '--out', out)).code).toBe(0);
    const last = newsletters[24]!;
    writeFileSync(join(input, last.name), last.text);
    const again = await cli('build', input, '--out', out);
    expect(reused(again)).toEqual([24, 25]);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).not.toMatch(/"#[0-9a-z]+"/);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
  });

  it('with --full extracts every file again and writes the same bytes', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES.slice(0, 2));
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    const before = filesOf(out);
    const full = await cli('build', input, '--out', out, '--full');
    expect(full.code).toBe(0);
    expect(reused(full)).toEqual([0, 2]);
    expect(full.stderr).toContain('extracted 2; copied 0 of ');
    expect(filesOf(out)).toEqual(before);
  });

  it('with --cache DIR shares one cache between snapshots and prunes nothing from it', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES.slice(0, 2));
    const shared = join(tmp(), 'cache');
    const [one, two] = [join(tmp(), 'one'), join(tmp(), 'two')];
    expect(reused(await cli('build', input, '--out', one, '--cache', shared))).toEqual([0, 2]);
    expect(reused(await cli('build', join(input, NAMES[0]!), '--out', two, '--cache', shared))).toEqual([1, 1]);
    expect(reused(await cli('build', input, '--out', one, '--cache', shared))).toEqual([2, 2]);
    expect(existsSync(join(one, '..', '.one.cache'))).toBe(false);
  });

  it('refuses a --out folder that is not a snapshot before reading any input, and leaves no cache', { timeout: 60_000 }, async () => {
    const parent = tmp();
    const out = join(parent, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const run = await cli('build', FIXTURES, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mine exists and is not a crimegraph output directory/);
    expect(readdirSync(parent)).toEqual(['mine']);
  });
});

/** Two newsletters of our own: the second names the first's fund with one more word. */
const FUND_NEWS =
  'Crime and policing news\n\nPublished 3 March 2016\n\n1. Youth funding\n\nThe Northshire Youth Diversion Fund opened to bids this week. ' +
  'Jane Doe, Chief Constable of Northshire Police, welcomed the Northshire Youth Diversion Fund.\n\n2. Inspections\n\n' +
  'HM Inspectorate of Constabulary published its report on Northshire Police.\n';
const GRANT_NEWS =
  'Crime and policing news\n\nPublished 10 March 2016\n\n1. Grants\n\nThe Northshire Youth Diversion Grant Fund has given 40 awards. ' +
  'Jane Doe said the Northshire Youth Diversion Grant Fund would continue.\n';

/** The "copied N of M graph records" of a build's summary on a terminal. */
const copied = (run: Run) =>
  /copied ([\d,]+) of ([\d,]+) graph records/
    .exec(run.stderr)
    ?.slice(1)
    .map((n) => Number(n.replace(/,/g, '')));

describe('build run again copies the graph records of unchanged newsletters', () => {
  it('copies the newsletters, items and mentions of the unchanged files, and makes the rest', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES.slice(0, 4));
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    cpSync(join(FIXTURES, NAMES[4]!), join(input, NAMES[4]!));
    const again = await cli('build', input, '--out', out);
    const [kept, total] = copied(again)!;
    // Most of a graph is the newsletters' own records; entities, relations and co-occurrences are made anew.
    expect(kept).toBeGreaterThan(total! / 4);
    expect(kept).toBeLessThan(total!);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
  });

  it('reads nothing of the unchanged files but their bytes: their documents stand in the resolution state it keeps', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES.slice(0, 4));
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    // A first build keeps no resolution state (making it was that build's peak of memory): the
    // build run again on the snapshot resolves the whole corpus and keeps it.
    await cli('build', input, '--out', out);
    // The cache entries of the four files made unreadable, their resolution parts removed: a build
    // that read them would extract the files again.
    const cache = join(out, '..', '.out.cache');
    const entries = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}(\.res)?\.json$/.test(f));
    for (const f of entries) {
      if (f.endsWith('.res.json')) rmSync(join(cache, f));
      else writeFileSync(join(cache, f), '{"not": "an entry"}');
    }
    cpSync(join(FIXTURES, NAMES[4]!), join(input, NAMES[4]!));
    const again = await cli('build', input, '--out', out);
    expect(reused(again)).toEqual([4, 5]);
    expect(again.stderr).toContain('extracted 1;');
    expect(readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.res.json'))).toHaveLength(1);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
  });

  it('remakes the records of unchanged newsletters whose entity an added one renames, and of a removal that renames it back', {
    timeout: 120_000,
  }, async () => {
    const input = tmp();
    writeFileSync(join(input, 'fund.txt'), FUND_NEWS);
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    expect((await loadSnapshot(out)).graph.hasNode('programme:northshire-youth-diversion-fund')).toBe(true);
    writeFileSync(join(input, 'grant.txt'), GRANT_NEWS);
    const added = await cli('build', input, '--out', out);
    expect(reused(added)).toEqual([1, 2]);
    // Of the first newsletter's records only two co-occurrences the rename leaves as they were are
    // copied (Jane Doe and Northshire Police; the Inspectorate and Northshire Police).
    expect(copied(added)![0]).toBe(2);
    const { graph } = await loadSnapshot(out);
    // The longer form names the fund now, in the unchanged newsletter's mentions too.
    expect(graph.hasNode('programme:northshire-youth-diversion-fund')).toBe(false);
    expect(graph.hasEdge('MENTIONED_IN:programme:northshire-youth-diversion-grant-fund->fund#1')).toBe(true);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
    rmSync(join(input, 'grant.txt'));
    const removed = await cli('build', input, '--out', out);
    // The one newsletter left names the fund by its shorter form again: its own records are made anew.
    expect(copied(removed)![0]).toBe(2);
    expect((await loadSnapshot(out)).graph.hasNode('programme:northshire-youth-diversion-fund')).toBe(true);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
  });

  it('copies nothing from a graph.json that is not the one it wrote, and still writes what a full build writes', { timeout: 120_000 }, async () => {
    const input = corpus(NAMES.slice(0, 2));
    const out = join(tmp(), 'out');
    await cli('build', input, '--out', out);
    const graphFile = join(out, 'graph.json');
    const text = readFileSync(graphFile);
    rmSync(graphFile);
    writeFileSync(graphFile, text);
    const again = await cli('build', input, '--out', out);
    expect(copied(again)![0]).toBe(0);
    expect(filesOf(out)).toEqual(filesOf(await fullBuild(input)));
  });
});

describe('the pipeline with a cache', () => {
  const input = corpus(NAMES);

  it('reuses nothing cached under another extractor version, and gives the graph it gives without a cache', { timeout: 120_000 }, async () => {
    const dir = tmp();
    const first = await runPipeline([input], { workers: 0, cache: new ExtractionCache(dir, { version: 'rules-1' }) });
    const same = await runPipeline([input], { workers: 0, cache: new ExtractionCache(dir, { version: 'rules-1' }) });
    const changed = await runPipeline([input], { workers: 0, cache: new ExtractionCache(dir, { version: 'rules-2' }) });
    const none = await runPipeline([input], { workers: 0 });
    expect([first.reused, same.reused, changed.reused]).toEqual([0, 5, 0]);
    expect([first.extracted, same.extracted, changed.extracted]).toEqual([5, 0, 5]);
    for (const result of [same, changed, none]) expect(serializeGraph(result.graph)).toBe(serializeGraph(first.graph));
    expect(same.corpus).toEqual(first.corpus);
  });
});
