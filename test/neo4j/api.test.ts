// The KnowledgeGraph API on a real Neo4j: the fixtures graph loaded into the test server, then
// the same specification the embedded engine passes.

import { afterAll, beforeAll, expect, it } from 'vitest';

import { build, KnowledgeGraph, Neo4jBackend } from '../../src/api/index.js';
import { loadSnapshot } from '../../src/graph/index.js';
import { loadGraph, Neo4jConnection } from '../../src/neo4j/index.js';
import { UnsupportedOperationError } from '../../src/errors.js';
import { describeApiQueries } from '../api/api-queries-spec.js';
import { describeKnowledgeGraph } from '../api/knowledge-graph-spec.js';
import { clearDatabase, describeWithNeo4j, lockDatabase } from './helpers/server.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describeWithNeo4j('KnowledgeGraph.connect', (uri) => {
  let kg: KnowledgeGraph;
  let embedded: KnowledgeGraph;
  let backend: Neo4jBackend;
  let unlock: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    unlock = await lockDatabase(uri);
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-neo4j-api-'));
    await (await build(['fixtures'], { workers: 0 })).save(join(dir, 'out'));
    const conn = await Neo4jConnection.open({ uri });
    try {
      await clearDatabase(conn);
      await loadGraph(conn, (await loadSnapshot(join(dir, 'out'))).graph);
    } finally {
      await conn.close();
    }
    kg = await KnowledgeGraph.connect({ uri });
    embedded = await KnowledgeGraph.open(join(dir, 'out'));
    backend = new Neo4jBackend(await Neo4jConnection.open({ uri }));
  });

  afterAll(async () => {
    await kg?.close();
    await backend?.close();
    // Leave the shared database as the other Neo4j tests expect it: empty, no constraints.
    const conn = await Neo4jConnection.open({ uri });
    try {
      await clearDatabase(conn);
      const constraints = await conn.run('SHOW CONSTRAINTS YIELD name', {});
      for (const [name] of constraints.rows) await conn.run(`DROP CONSTRAINT \`${String(name)}\``, {});
    } finally {
      await conn.close();
    }
    await unlock?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describeKnowledgeGraph('Neo4j', () => kg);
  describeApiQueries('neo4j', () => backend);

  it("counts as the snapshot does: the server's count queries agree with summarizeGraph", async () => {
    expect(await kg.stats()).toEqual(await embedded.stats());
  });

  it('says which operations need the embedded backend', async () => {
    expect(kg.backendKind).toBe('neo4j');
    await expect(kg.centrality()).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(kg.communities()).rejects.toMatchObject({ code: 'E_UNSUPPORTED' });
    await expect(kg.save(join(dir, 'nope'))).rejects.toMatchObject({ code: 'E_UNSUPPORTED' });
  });
});
