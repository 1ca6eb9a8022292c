// What a build leaves in its cache for the next build of the same snapshot: for each document,
// the cache key of its file and the fingerprint of what its graph records depend on, and which
// graph.json that describes (its size, inode and modification time) under which code. The next
// build copies the records of documents whose key and fingerprint are unchanged from that
// graph.json instead of making them again. Anything that does not match (another graph.json,
// other code, no state) and the build makes every record, as a full build does.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSources } from './extractor-version.js';

export const BUILD_STATE_FORMAT = 'crimegraph-build-state';

/** A previous document: its file's cache key, and the entity ids of its items and their fingerprint. */
export interface BuildStateDocument {
  key: string;
  fingerprint: string;
  /** Item id, then the id of each entity of the item (the graph stage's `DocumentEntityIds`). */
  entities: [item: string, ids: string[]][];
  /** Keys of the typed relationships its items state (`documentRelationKeys`). */
  relations: string[];
  /** Acronyms its items define, each with its signature (`AcronymDocuments.signatures`). */
  acronyms: [acronym: string, signature: string][];
  /** What the snapshot's manifest says of it (a build that does not read its file writes it again). */
  summary: DocumentSummary;
}

/** A document as a snapshot's manifest lists it (the graph stage's `ManifestDocument`). */
export interface DocumentSummary {
  id: string;
  source: string;
  title: string;
  published: string | null;
  format: string;
  encoding: string;
  items: number;
}

function isSummary(value: unknown): value is DocumentSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.source === 'string' &&
    typeof v.title === 'string' &&
    (v.published === null || typeof v.published === 'string') &&
    typeof v.format === 'string' &&
    typeof v.encoding === 'string' &&
    typeof v.items === 'number'
  );
}

/** By document id. */
export type BuildState = Map<string, BuildStateDocument>;

// The whole of src/ or dist/: every stage from ingest to the snapshot's bytes.
const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
let codeVersion: string | undefined;

/** A hash of all the code now running (once per process): records made by other code are not reused. */
function buildCodeVersion(): string {
  codeVersion ??= hashSources([CODE_ROOT]);
  return codeVersion;
}

function statePath(cacheDir: string, out: string): string {
  return join(cacheDir, 'builds', `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 32)}.json`);
}

async function graphStamp(out: string): Promise<string | undefined> {
  const info = await stat(join(out, 'graph.json')).catch(() => undefined);
  return info && `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`;
}

/**
 * The state the last build of `out` left in `cacheDir`, or undefined when there is none or it
 * does not describe the graph.json now in `out` under the code now running.
 */
export async function readBuildState(cacheDir: string, out: string): Promise<BuildState | undefined> {
  const text = await readFile(statePath(cacheDir, out), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const state = JSON.parse(text) as { format?: unknown; code?: unknown; graph?: unknown; documents?: unknown };
    if (state.format !== BUILD_STATE_FORMAT || state.code !== buildCodeVersion() || !Array.isArray(state.documents)) return undefined;
    if (state.graph !== (await graphStamp(out))) return undefined;
    const names = (state as { entityIds?: unknown }).entityIds;
    if (!Array.isArray(names)) return undefined;
    const documents: BuildState = new Map();
    for (const row of state.documents as unknown[]) {
      if (!Array.isArray(row) || row.length !== 7 || typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'string') return undefined;
      const [id, key, fingerprint, items, relationNumbers, acronyms, summary] = row as [string, string, string, unknown, unknown, unknown, unknown];
      if (!isSummary(summary)) return undefined;
      if (!Array.isArray(items) || !Array.isArray(relationNumbers) || !Array.isArray(acronyms)) return undefined;
      const relations = relationNumbers.map((n: unknown) => names[n as number] as string);
      if (relations.some((r) => typeof r !== 'string')) return undefined;
      if (acronyms.some((a) => !Array.isArray(a) || a.length !== 2 || typeof a[0] !== 'string' || typeof a[1] !== 'string')) return undefined;
      const entities = items.map((item: unknown): [string, string[]] => {
        if (!Array.isArray(item) || typeof item[0] !== 'string') throw new Error('not an item');
        return [item[0], item.slice(1).map((n: unknown) => names[n as number] as string)];
      });
      if (entities.some(([, ids]) => ids.some((e) => typeof e !== 'string'))) return undefined;
      documents.set(id, { key, fingerprint, entities, relations, acronyms: acronyms as [string, string][], summary });
    }
    return documents;
  } catch {
    return undefined;
  }
}

/**
 * Record the state of the build that has just written `out`. Best effort: a state that cannot be
 * written only makes the next build make every record.
 */
export async function writeBuildState(cacheDir: string, out: string, documents: BuildState): Promise<void> {
  const path = statePath(cacheDir, out);
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    const graph = await graphStamp(out);
    if (graph === undefined) return;
    // Entity ids and relationship keys are written once and named by number: most appear in many items.
    const numbers = new Map<string, number>();
    const number = (id: string) => {
      let n = numbers.get(id);
      if (n === undefined) numbers.set(id, (n = numbers.size));
      return n;
    };
    const rows = [...documents].map(([id, d]) => [
      id,
      d.key,
      d.fingerprint,
      d.entities.map(([item, ids]) => [item, ...ids.map(number)]),
      d.relations.map(number),
      d.acronyms,
      d.summary,
    ]);
    await mkdir(join(path, '..'), { recursive: true });
    const state = { format: BUILD_STATE_FORMAT, code: buildCodeVersion(), graph, entityIds: [...numbers.keys()], documents: rows };
    await writeFile(temporary, `${JSON.stringify(state)}\n`);
    await rename(temporary, path);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

const RESOLUTION_STATE_HEADER = 'crimegraph-build-resolution';

function resolutionPath(cacheDir: string, out: string): string {
  return statePath(cacheDir, out).replace(/\.json$/, '.resolution.json');
}

/**
 * The resolution state (its bytes, `src/resolve`'s) the last build of `out` left beside its
 * build state, or undefined when there is none or it does not describe the graph.json now in
 * `out` under the code now running. A first line says which graph.json and code it belongs to.
 */
export async function readResolutionState(cacheDir: string, out: string): Promise<Buffer | undefined> {
  const data = await readFile(resolutionPath(cacheDir, out)).catch(() => undefined);
  if (data === undefined) return undefined;
  const end = data.indexOf(10);
  if (end < 0) return undefined;
  try {
    const header = JSON.parse(data.subarray(0, end).toString('utf8')) as { format?: unknown; code?: unknown; graph?: unknown };
    if (header.format !== RESOLUTION_STATE_HEADER || header.code !== buildCodeVersion() || header.graph !== (await graphStamp(out))) return undefined;
  } catch {
    return undefined;
  }
  return data.subarray(end + 1);
}

/** Record the resolution state of the build that has just written `out`; best effort, as `writeBuildState`. */
export async function writeResolutionState(cacheDir: string, out: string, state: Buffer): Promise<void> {
  const path = resolutionPath(cacheDir, out);
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    const graph = await graphStamp(out);
    if (graph === undefined) return;
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(temporary, [`${JSON.stringify({ format: RESOLUTION_STATE_HEADER, code: buildCodeVersion(), graph })}\n`, state]);
    await rename(temporary, path);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
