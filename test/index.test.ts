// The package's front door: every error class a library call can throw is exported from
// src/index.ts, so a caller can match it with instanceof, and each carries its code.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import * as crimegraph from '../src/index.js';

const SRC = resolve(import.meta.dirname, '..', 'src');
/** Modules whose errors never reach a library caller: the CLI prints them, the server answers them as JSON. */
const SHELLS = new Set(['cli', 'serve']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the package entry', () => {
  const errorClasses = sourceFiles(SRC)
    .filter((file) => !SHELLS.has(relative(SRC, file).split('/')[0]!))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^export class (\w+) extends (\w*Error)\b/gm)].map((m) => m[1]!));

  it('finds the error classes it checks', () => {
    expect(errorClasses).toEqual(expect.arrayContaining(['CrimegraphError', 'CypherError', 'Neo4jError', 'ExportError', 'StoreError']));
  });

  it('exports every error class a library call can throw', () => {
    const exported = crimegraph as unknown as Record<string, unknown>;
    expect(errorClasses.filter((name) => typeof exported[name] !== 'function')).toEqual([]);
  });

  it('throws errors a caller can match by class and code', async () => {
    const missing = await crimegraph.KnowledgeGraph.open(join(SRC, 'no-such-snapshot')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(crimegraph.StoreError);
    expect(missing).toBeInstanceOf(crimegraph.CrimegraphError);
    expect((missing as crimegraph.StoreError).code).toBe('E_SNAPSHOT_MISSING');
  });

  it('exports the Cypher phases, which compose to what CypherEngine.run answers', () => {
    const graph: crimegraph.PropertyGraph = new MultiDirectedGraph();
    graph.addNode('b', { labels: ['Body'], properties: { id: 'b', name: 'Home Office' } });
    const query = 'MATCH (b:Body) RETURN b.name AS name, 1 + 2 AS three';
    const ast = crimegraph.parse(query);
    crimegraph.validate(ast, query);
    const result = crimegraph.execute(crimegraph.plan(ast, graph), graph, {});
    expect(result.rows).toEqual([['Home Office', 3n]]);
    expect(result).toEqual(new crimegraph.CypherEngine(graph).run(query));
  });

  it('keeps query-file plumbing out of the package surface', () => {
    for (const name of ['namedQuery', 'parseQueryFile', 'queriesDirectory']) expect(name in crimegraph).toBe(false);
  });
});
