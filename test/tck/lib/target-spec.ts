// Which engine a run talks to, as plain data a worker thread can receive, and how to build it.

import { pathToFileURL } from 'node:url';
import type { TckTarget } from './target.js';

export type TargetSpec =
  | { kind: 'embedded'; timeoutMs: number }
  | { kind: 'neo4j'; uri: string; timeoutMs: number }
  /** Any other engine: a module whose `createTarget(options)` returns a TckTarget. */
  | { kind: 'module'; path: string; timeoutMs: number };

export async function createTarget(spec: TargetSpec): Promise<TckTarget> {
  if (spec.kind === 'neo4j') {
    const { Neo4jTarget } = await import('../targets/neo4j.js');
    return Neo4jTarget.create(spec.uri, { timeoutMs: spec.timeoutMs });
  }
  if (spec.kind === 'module') {
    const module = (await import(pathToFileURL(spec.path).href)) as { createTarget?: (o: { timeoutMs: number }) => Promise<TckTarget> };
    if (typeof module.createTarget !== 'function') throw new Error(`${spec.path} does not export createTarget`);
    return module.createTarget({ timeoutMs: spec.timeoutMs });
  }
  const { EmbeddedTarget } = await import('../targets/embedded.js');
  return EmbeddedTarget.create({ timeoutMs: spec.timeoutMs });
}
