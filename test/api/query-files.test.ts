// Every query in queries/ answers something on the fixtures graph with its own default
// parameters: a default that names nothing in the graph teaches a newcomer that the query is broken.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, parseQueryFile, queriesDirectory } from '../../src/api/index.js';
import { CypherEngine, fromJson } from '../../src/cypher/index.js';
import type { Snapshot } from '../../src/graph/index.js';

const files = readdirSync(queriesDirectory())
  .filter((name) => name.endsWith('.cypher'))
  .sort();
let snapshot: Snapshot;

beforeAll(async () => {
  const kg = await build(['fixtures'], { workers: 0 });
  snapshot = (kg as unknown as { snapshot: Snapshot }).snapshot;
});

describe('queries/ on the fixtures', () => {
  it.each(files)('%s returns rows with its default parameters', (name) => {
    const { text, defaults } = parseQueryFile(readFileSync(join(queriesDirectory(), name), 'utf8'), name);
    const params = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, fromJson(v)]));
    const { rows } = new CypherEngine(snapshot.graph).run(text, params);
    expect(rows.length).toBeGreaterThan(0);
  });
});
