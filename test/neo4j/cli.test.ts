// `crimegraph neo4j` argument handling, no server needed: unknown actions and bad options are
// usage errors (exit 2), a missing snapshot is an input error (exit 1), help names the variables.

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), stderrIsTTY: false, cwd: process.cwd(), env: {} };
}

describe('crimegraph neo4j', () => {
  it.each([
    ['an unknown action', ['neo4j', 'drop'], 2],
    ['no action', ['neo4j'], 2],
    ['a zero batch size', ['neo4j', 'load', '--batch-size', '0'], 2],
    ['a snapshot directory that does not exist', ['neo4j', 'load', '--graph', '/nonexistent/crimegraph-snapshot'], 1],
  ])('refuses %s with one message and exit code %s', async (_case, argv, code) => {
    const run = io();
    expect(await main(argv, run)).toBe(code);
    expect(run.err.join('')).toMatch(/^crimegraph: /);
  });

  it('documents that credentials come from NEO4J_USERNAME and NEO4J_PASSWORD only', async () => {
    const run = io();
    expect(await main(['neo4j', '--help'], run)).toBe(0);
    expect(run.out.join('')).toContain('NEO4J_USERNAME and NEO4J_PASSWORD');
    expect(run.out.join('')).not.toMatch(/--password|--user/);
  });
});
