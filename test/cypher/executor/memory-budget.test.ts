// The memory budget of a query: lists and strings over it are refused before they are built, a
// query whose values and rows add up past it stops, both as QueryLimitError E_QUERY_MEMORY_LIMIT
// inside the timeout, and the process lives on. Budgets here are small so the tests stay light.

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherEngine } from '../../../src/cypher/index.js';
import type { PropertyGraph } from '../../../src/graph/schema.js';
import { KnowledgeGraph } from '../../../src/api/index.js';
import { QueryLimitError } from '../../../src/errors.js';
import { createSnapshot, saveSnapshot } from '../../../src/graph/index.js';
import { ROOT, ensureBuilt } from '../../cli/built-cli.js';

const MB = 1024 * 1024;
const graph = (): PropertyGraph => new graphology.MultiDirectedGraph() as PropertyGraph;

function limitOf(run: () => unknown): QueryLimitError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(QueryLimitError);
    return error as QueryLimitError;
  }
  throw new Error('the query ran to the end');
}

describe('the memory budget of a query', () => {
  const engine = new CypherEngine(graph(), { maxMemoryBytes: 64 * MB, timeoutMs: 10_000 });

  it.each([
    ['range() longer than the budget allows', 'RETURN size(range(1, 100000000)) AS n'],
    ['range() past what V8 can hold at all', 'RETURN size(range(1, 1000000000)) AS n'],
    ['range() over the whole INTEGER range', 'RETURN size(range(-9223372036854775808, 9223372036854775807)) AS n'],
    ['a string doubled in reduce', "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n"],
    ['a list doubled in reduce', 'RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n'],
    ['replace() that multiplies a string', "RETURN size(replace(reduce(s = 'x', i IN range(1, 22) | s + s), '', 'abcdefghijklmnop')) AS n"],
    ['nested comprehensions', 'RETURN size([x IN range(1, 3000) | range(1, 3000)]) AS n'],
    ['collect() of many lists', 'UNWIND range(1, 3000) AS x RETURN size(collect(range(1, 3000))) AS n'],
    ['rows held by ORDER BY', 'UNWIND range(1, 2000) AS x UNWIND range(1, 1000) AS y WITH x, y, [x, y, x + y] AS l ORDER BY y DESC RETURN count(*) AS n'],
    ['rows held by aggregation', 'UNWIND range(1, 500) AS x UNWIND range(1, 1000) AS y RETURN x * 1000 + y AS k, collect([x, y, range(1, 20)]) AS l'],
  ])('stops %s with E_QUERY_MEMORY_LIMIT, well inside the timeout', (_case, query) => {
    const started = Date.now();
    const error = limitOf(() => engine.run(query));
    expect(error.code).toBe('E_QUERY_MEMORY_LIMIT');
    expect(error.limit).toBe(64 * MB);
    expect(error.message).toMatch(/memory budget of 64 MB/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('still answers ordinary queries, and lists within the budget', () => {
    expect(engine.run('RETURN size(range(1, 100000)) AS n').rows).toEqual([[100000n]]);
    expect(engine.run("RETURN size(reduce(s = '', i IN range(1, 1000) | s + 'ab')) AS n").rows).toEqual([[2000n]]);
    expect(engine.run('UNWIND range(1, 1000) AS x WITH x ORDER BY x DESC RETURN collect(x)[0] AS top').rows).toEqual([[1000n]]);
  });

  it('gives the memory back when a query ends: one stopped at its budget leaves the heap as it found it', () => {
    // In a fresh process: the garbage a query may leave is measured against the heap at rest, and a
    // test worker's heap holds whatever the files before this one left.
    ensureBuilt();
    const script = `
      import graphology from 'graphology';
      import { getHeapStatistics } from 'node:v8';
      import { CypherEngine } from './dist/index.js';
      const heavy = new CypherEngine(new graphology.MultiDirectedGraph(), { maxMemoryBytes: ${64 * MB}, timeoutMs: 10000 });
      heavy.run('RETURN 1 AS warm');
      const before = getHeapStatistics().used_heap_size;
      let code = '';
      try { heavy.run('UNWIND range(1, 3000) AS x RETURN size(collect(range(1, 3000))) AS n'); } catch (error) { code = error.code; }
      console.log(JSON.stringify({ code, grown: getHeapStatistics().used_heap_size - before }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const { code, grown } = JSON.parse(result.stdout) as { code: string; grown: number };
    expect(code).toBe('E_QUERY_MEMORY_LIMIT');
    // Its lists, tens of MB, were garbage once it stopped: collected before run() returned, not
    // left for V8 to collect when it chooses (or for the next query to build on).
    expect(grown).toBeLessThan(8 * MB);
  });

  it('checks the timeout inside range() and reduce(), not only between rows', () => {
    const slow = new CypherEngine(graph(), { timeoutMs: 200, maxMemoryBytes: 2048 * MB });
    const started = Date.now();
    const error = limitOf(() => slow.run('RETURN reduce(a = 0, x IN range(1, 30000000) | a + x % 7) AS n'));
    expect(error.code).toBe('E_QUERY_TIMEOUT');
    expect(error.message).toMatch(/time limit of 200 ms/);
    expect(Date.now() - started).toBeLessThan(1_200);
  });

  it('refuses kg.cypher(range(1, $n)) with n = 1e9 through the API, which takes maxMemoryMb', async () => {
    const snapshot = createSnapshot({ documents: [], entities: [], roles: [], mergeLog: [] } as never, graph());
    const kg = KnowledgeGraph.fromSnapshot(snapshot, { maxMemoryMb: 64 });
    await expect(kg.cypher('RETURN size(range(1, $n)) AS n', { n: 1e9 })).rejects.toMatchObject({ code: 'E_QUERY_MEMORY_LIMIT' });
    expect(await kg.cypher('RETURN size(range(1, $n)) AS n', { n: 1000 })).toEqual([{ n: 1000 }]);
  });
});

describe('the command line under the budget', () => {
  const bin = join(import.meta.dirname, '../../../bin/crimegraph.js');
  let dir: string;

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-budget-'));
    await saveSnapshot(join(dir, 'out'), createSnapshot({ documents: [], entities: [], roles: [], mergeLog: [] } as never, graph()));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each([['RETURN size(range(1, 100000000)) AS n'], ['RETURN size(range(1, 1000000000)) AS n']])(
    'ends %s with one error naming --max-memory, exit 1, well inside --timeout, no crash',
    (query) => {
      const started = Date.now();
      const result = spawnSync(process.execPath, [bin, 'query', '--graph', join(dir, 'out'), '--timeout', '10000', query], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^crimegraph: The query went over its memory budget of 512 MB: range\(\) of \d+ elements/);
      expect(result.stderr).toContain('--max-memory');
      expect(result.stderr).not.toMatch(/Fatal|invalid size|heap out of memory/i);
      expect(Date.now() - started).toBeLessThan(10_000);
    },
  );

  it('takes --max-memory in megabytes', () => {
    const result = spawnSync(
      process.execPath,
      [bin, 'query', '--graph', join(dir, 'out'), '--max-memory', '8', '--format', 'csv', 'RETURN size(range(1, 300000)) AS n'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/memory budget of 8 MB/);
  });
});
