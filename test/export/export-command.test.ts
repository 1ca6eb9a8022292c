// `crimegraph export` end to end through main(): every format from a saved snapshot, atomic
// replacement of earlier output, and one-line errors with the right exit codes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/command.js';
import { createSnapshot, saveSnapshot } from '../../src/graph/index.js';
import type { ResolvedCorpus } from '../../src/resolve/types.js';
import { buildViewer } from '../../scripts/build-viewer.mjs';
import { sampleGraph } from './fixtures/sample-graph.js';

let dir: string;
let snapshot: string;

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout(text: string) {
      captured.out += text;
    },
    stderr(text: string) {
      captured.err += text;
    },
    stderrIsTTY: false,
    cwd: dir,
    env: {},
  };
  return captured;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crimegraph-export-cli-'));
  snapshot = join(dir, 'snapshot');
  const corpus: ResolvedCorpus = { documents: [], items: [], entities: [], roles: [], relations: [], mergeLog: [] };
  await saveSnapshot(snapshot, createSnapshot(corpus, sampleGraph()));
  await buildViewer();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('crimegraph export', () => {
  it.each([
    ['gexf', '<gexf xmlns="http://www.gexf.net/1.2draft"'],
    ['graphml', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'],
    ['json', '"nodes": ['],
    ['cytoscape', '"elements": {'],
    ['cypher', 'UNWIND ['],
    ['html', '<!doctype html>'],
  ])('writes %s to the --out file', async (format, start) => {
    const out = join(dir, `graph.${format}`);
    const streams = io();
    expect(await main(['export', '--format', format, '--graph', snapshot, '--out', out], streams)).toBe(0);
    expect(await readFile(out, 'utf8')).toContain(start);
    expect(streams.err).toMatch(new RegExp(`^Wrote ${format} of \\d+ nodes and \\d+ relationships to `));
  });

  it("writes a one-file format to stdout for --out -, the summary on stderr, and makes no file named '-'", async () => {
    const streams = io();
    expect(await main(['export', '--format', 'graphml', '--graph', snapshot, '--out', '-'], streams)).toBe(0);
    expect(streams.out).toMatch(/^<\?xml[\s\S]*<\/graphml>\s*$/);
    expect(streams.err).toMatch(/^Wrote graphml of \d+ nodes and \d+ relationships to stdout\n$/);
    expect(await readdir(dir)).not.toContain('-');
    const csv = io();
    expect(await main(['export', '--format', 'csv', '--graph', snapshot, '--out', '-'], csv)).toBe(2);
    expect(csv.err).toMatch(/writes a directory of files; give --out DIR/);
  });

  it('titles the html page as asked, escaped', async () => {
    const out = join(dir, 'titled.html');
    expect(await main(['export', '--format', 'html', '--graph', snapshot, '--out', out, '--title', 'Crime & <policing>'], io())).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('<title>Crime &#38; &#60;policing&#62;</title>');
  });

  it('writes csv as a directory and replaces an earlier export whole', async () => {
    const out = join(dir, 'csv');
    expect(await main(['export', '--format', 'csv', '--graph', snapshot, '--out', out], io())).toBe(0);
    expect(await readdir(out)).toContain('nodes_Item.csv');
    expect(await main(['export', '-f', 'csv', '-g', snapshot, '-o', out, '--entities-only', '--types', 'Person,Body', '--min-weight', '2'], io())).toBe(0);
    const names = await readdir(out);
    expect(names).not.toContain('nodes_Item.csv');
    expect(names.sort()).toEqual([
      'empty-lists.cypher',
      'graph.cypher',
      'import.sh',
      'nodes_Body.csv',
      'nodes_Person.csv',
      'relationships_AFFILIATED_WITH.csv',
      'relationships_CO_OCCURS.csv',
      'relationships_PART_OF.csv',
    ]);
    expect(await readFile(join(out, 'relationships_CO_OCCURS.csv'), 'utf8')).toBe(
      ':START_ID,:END_ID,:TYPE,weight:int\n"body:home-office","person:theresa-may","CO_OCCURS",2\n',
    );
  });

  it('will not replace a directory that is not an export', async () => {
    const out = join(dir, 'precious');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'keep me');
    const streams = io();
    expect(await main(['export', '--format', 'csv', '--graph', snapshot, '--out', out], streams)).toBe(1);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(streams.err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['export', '--graph', 'snapshot', '--out', 'x'], 2, /missing --format/],
    [['export', '--format', 'pdf', '--out', 'x'], 2, /--format must be one of/],
    [['export', '--format', 'gexf', '--graph', 'snapshot'], 2, /missing --out/],
    [['export', '--format', 'gexf', '--graph', 'snapshot', '--out', 'x', '--types', 'Persn'], 2, /Unknown node type "Persn"/],
    [['export', '--format', 'gexf', '--graph', 'snapshot', '--out', 'x', '--min-weight', 'two'], 2, /whole number/],
    [['export', '--format', 'gexf', '--graph', 'no-such-snapshot', '--out', 'x'], 1, /no-such-snapshot/],
  ])('refuses %j with exit code %i and one clear line', async (argv, code, message) => {
    const streams = io();
    expect(await main(argv, streams)).toBe(code);
    expect(streams.err.split('\n')[0]).toMatch(message);
    expect(await readdir(dir)).not.toContain('x');
  });
});
