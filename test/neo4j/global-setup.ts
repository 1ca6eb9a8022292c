// Vitest global setup: a real Neo4j for the suite. Uses NEO4J_URI when set; otherwise starts the
// project's embedded Neo4j (test/neo4j-server) when java and mvn exist and this run has Neo4j tests.

import { freePort } from './helpers/free-port.js';
import type { TestProject } from 'vitest/node';
import { javaToolsPresent, startServer, stopServer } from '../../scripts/neo4j-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server the Neo4j tests use, or why they are skipped. */
    neo4j: { uri: string | null; skipReason: string };
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const external = process.env.NEO4J_URI;
  if (external) {
    project.provide('neo4j', { uri: external, skipReason: '' });
    return undefined;
  }
  if (!(await runHasNeo4jTests(project))) {
    project.provide('neo4j', { uri: null, skipReason: 'no Neo4j tests in this run' });
    return undefined;
  }
  if (!javaToolsPresent()) {
    const reason = 'java and mvn were not found, so no Neo4j server was started (install Java 17 and Maven, or set NEO4J_URI)';
    if (ci) throw new Error(`CI needs the Neo4j test server: ${reason}`);
    console.warn(`[neo4j] Neo4j tests are skipped: ${reason}`);
    project.provide('neo4j', { uri: null, skipReason: reason });
    return undefined;
  }
  const port = process.env.NEO4J_PORT ? Number(process.env.NEO4J_PORT) : await freePort();
  try {
    const { uri, ms } = await startServer({ port, ownerPid: process.pid, log: (line: string) => console.warn(`[neo4j] ${line}`) });
    console.warn(`[neo4j] test server ready at ${uri} after ${(ms / 1000).toFixed(1)} s`);
    project.provide('neo4j', { uri, skipReason: '' });
  } catch (error) {
    if (ci) throw error;
    const reason = `the Neo4j test server did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    console.warn(`[neo4j] Neo4j tests are skipped: ${reason}`);
    project.provide('neo4j', { uri: null, skipReason: reason });
    return undefined;
  }
  return async () => {
    await stopServer({ port });
  };
}

/** Whether the files this run will execute include test/neo4j/ (so `vitest run test/cypher` starts no server). */
async function runHasNeo4jTests(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters || filters.length === 0) return true;
  const specs = await project.vitest.globTestSpecifications(filters);
  return specs.some((spec) => spec.moduleId.replaceAll('\\', '/').includes('/test/neo4j/'));
}
