// The messages a newcomer meets: each names what went wrong and the option that changes it,
// counts agree with their nouns, results go to stdout and summaries to stderr.

import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/command.js';
import { plural } from '../../src/cli/plural.js';
import { FIXTURES } from './built-cli.js';

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    stderrIsTTY: false,
    cwd: process.cwd(),
    env: {},
  };
  return captured;
}

const tmp = mkdtempSync(join(tmpdir(), 'crimegraph-messages-'));
const one = join(
  FIXTURES,
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]!,
);
const graph = join(tmp, 'one');
let built: CliIo & { out: string; err: string };

beforeAll(async () => {
  built = io();
  expect(await main(['build', one, '--out', graph, '--workers', '0'], built)).toBe(0);
}, 120_000);

describe('messages', () => {
  it.each([
    [1, 'newsletter', '1 newsletter'],
    [2, 'newsletter', '2 newsletters'],
    [1, 'entity', '1 entity'],
    [3, 'entity', '3 entities'],
    [0, 'relationship', '0 relationships'],
    [2, 'property', '2 properties'],
  ])('counts %i %s as "%s"', (n, noun, text) => {
    expect(plural(n, noun)).toBe(text);
  });

  it('summarises a build of one newsletter in the singular, on stderr, with nothing on stdout', () => {
    expect(built.out).toBe('');
    expect(built.err).toMatch(/^Built .*: 1 newsletter, \d+ items, /);
  });

  it('says what --max-size 0 means instead of "0.0 MB, the limit is 0.0 MB"', async () => {
    const run = io();
    expect(await main(['build', one, '--out', join(tmp, 'never'), '--max-size', '0'], run)).toBe(2);
    expect(run.err).toMatch(/^crimegraph: --max-size must be a whole number of megabytes, at least 1 \(not 0\)/);
  });

  it('gives the time limit and names --timeout when a query runs too long', async () => {
    const run = io();
    const code = await main(['query', '--graph', graph, '--timeout', '100', 'UNWIND range(1, 10000) AS x MATCH (a)-[*1..8]-(b) RETURN count(*)'], run);
    expect(code).toBe(1);
    expect(run.err).toBe('crimegraph: The query ran past its time limit of 100 ms and was stopped\nRaise the limit with --timeout MS.\n');
  });

  it('prints a summary for a write without RETURN, not an empty table', async () => {
    const copy = join(tmp, 'write');
    cpSync(graph, copy, { recursive: true });
    const run = io();
    expect(await main(['query', '--graph', copy, '--write', "CREATE (:Note {text: 'checked'})"], run)).toBe(0);
    expect(run.out).toBe('');
    expect(run.err).toBe(`Created 1 node, set 1 property, added 1 label; saved snapshot ${copy}\n`);
  });

  it('points the read-only error at the updating clause and names --write', async () => {
    const run = io();
    expect(await main(['query', '--graph', graph, 'MATCH (n:Newsletter)\nSET n.seen = true'], run)).toBe(1);
    expect(run.err).toMatch(/^crimegraph: line 2, column 1: The graph is open read-only and the query has an updating clause \(SET\)\n/);
    expect(run.err).toMatch(/2 \| SET n\.seen = true\n\s+\| \^/);
    expect(run.err).toContain('add --write');
  });

  it('says eval has no gold for the documents instead of printing F1 0.000', async () => {
    writeFileSync(join(tmp, 'gold.json'), JSON.stringify([{ doc: 'some-other-newsletter.txt', items: [] }]));
    const run = io();
    expect(await main(['eval', one, '--gold', join(tmp, 'gold.json'), '--workers', '0'], run)).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(
      /gold\.json: the document read has no gold annotation here \(gold files name documents by file name: some-other-newsletter\.txt\); nothing to score/,
    );
  });
});
