// The KnowledgeGraph API on the embedded engine: the shared specification on the fixtures, plus
// what only the embedded backend offers (saving, PageRank, communities).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { build, KnowledgeGraph } from '../../src/api/index.js';
import { describeKnowledgeGraph } from './knowledge-graph-spec.js';
import { CypherError, InternalQueryError } from '../../src/errors.js';

let kg: KnowledgeGraph;
/** The same graph saved and opened again, read-only: through the snapshot's columns (graph.store). */
let columnar: KnowledgeGraph;
let dir: string;

beforeAll(async () => {
  kg = await build(['fixtures'], { workers: 0 });
  dir = await mkdtemp(join(tmpdir(), 'crimegraph-api-'));
  await kg.save(join(dir, 'columnar'));
  columnar = await KnowledgeGraph.open(join(dir, 'columnar'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeKnowledgeGraph('the embedded engine', () => kg);
describeKnowledgeGraph("the embedded engine over a snapshot's columns", () => columnar);

describe('KnowledgeGraph, embedded only', () => {
  it('saves a snapshot that opens with the same answers', async () => {
    await kg.save(join(dir, 'snapshot'));
    const reopened = await KnowledgeGraph.open(join(dir, 'snapshot'));
    expect(await reopened.stats()).toEqual(await kg.stats());
    expect(await reopened.mentions('body:hm-inspectorate-of-constabulary')).toEqual(await kg.mentions('body:hm-inspectorate-of-constabulary'));
    // Opened through its columns, it loads graph.json for the calls that need the graph itself.
    expect(await reopened.centrality({ limit: 5 })).toEqual(await kg.centrality({ limit: 5 }));
    expect(await reopened.communities()).toEqual(await kg.communities());
  });

  it('ranks entities by PageRank, the scores summing to one', async () => {
    const ranked = await kg.centrality();
    const total = ranked.reduce((sum, r) => sum + r.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(ranked[0]!.entity.name).toBe('Home Office');
    expect(ranked.map((r) => r.pagerank)).toEqual(ranked.map((r) => r.pagerank).sort((a, b) => b - a));
    expect(await kg.centrality({ limit: 3 })).toHaveLength(3);
  });

  it('groups every entity into exactly one Louvain community, the same on every run', async () => {
    const { communities, modularity } = await kg.communities();
    const members = communities.flatMap((c) => c.members.map((m) => m.id));
    const stats = await kg.stats();
    const entityCount = ['Person', 'Body', 'Act', 'Programme'].reduce((n, l) => n + (stats.labels[l] ?? 0), 0);
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(entityCount);
    expect(modularity).toBeGreaterThan(0.1);
    expect(await kg.communities()).toEqual({ communities, modularity });
  });

  it('reports inputs that cannot be used, naming them, and builds from the rest', async () => {
    const errors: string[] = [];
    const partial = await build(['fixtures/000_79e92bb3579205a4.txt', 'fixtures/no-such-file.txt'], {
      workers: 0,
      onInputError: (error) => errors.push(error.message + String(error.position?.file)),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no-such-file.txt');
    expect((await partial.stats()).labels.Newsletter).toBe(1);
    await expect(build(['fixtures/no-such-file.txt'], { workers: 0 })).rejects.toMatchObject({ name: 'InputError' });
  });

  it('with a cache directory, a second build extracts nothing and answers the same', async () => {
    const cache = join(dir, 'cache');
    const stages = new Map<string, number>();
    const first = await build(['fixtures/000_79e92bb3579205a4.txt'], { workers: 0, cache });
    const second = await build(['fixtures/000_79e92bb3579205a4.txt'], {
      workers: 0,
      cache,
      onProgress: (event) => stages.set(event.stage, event.total),
    });
    expect(stages.get('extracting')).toBe(0);
    expect(await second.stats()).toEqual(await first.stats());
  });
});

describe('KnowledgeGraph, its own queries', () => {
  it("reports a failure of an internal query as InternalQueryError naming the method, never as the caller's CypherError", async () => {
    // A graph the API's queries cannot read: an entity whose aliases are a number, not a list.
    const { createSnapshot } = await import('../../src/graph/index.js');
    const graphology = (await import('graphology')).default;
    const graph = new graphology.MultiDirectedGraph();
    graph.addNode('body:odd', { labels: ['Body'], properties: { id: 'body:odd', name: 'Odd', aliases: 7, mentionCount: 1 } });
    const odd = KnowledgeGraph.fromSnapshot(
      createSnapshot({ documents: [], items: [], entities: [], roles: [], relations: [], mergeLog: [] } as never, graph as never),
    );
    const error = await odd.entity('Something else').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalQueryError);
    expect(error).toMatchObject({ code: 'E_INTERNAL_QUERY' });
    expect((error as Error).message).toMatch(/^entity\(\): the internal query api\/entity failed/);
    expect((error as Error).cause).toBeInstanceOf(CypherError);
  });
});
