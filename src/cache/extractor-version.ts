// The extractor version that keys the extraction cache: a hash of the code and data that turn a
// file's bytes into documents and extractions (the ingest and extract folders, as they run) and
// of the installed versions of the libraries they run on. Any change to a rule, a lexicon, a
// segmenter or compromise gives a new version, so no cached extraction outlives the code that made it.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders whose files make an extraction: src/ingest and src/extract (or their dist/ build). */
const STAGE_DIRECTORIES = ['../ingest', '../extract'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
// Two levels up from src/cache or dist/cache.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let memo: string | undefined;

/**
 * The extractor version of the code now running (computed once per process).
 *
 * @example extractorVersion() // 'a3f0…' (64 hex digits)
 */
export function extractorVersion(): string {
  memo ??= hashSources(STAGE_DIRECTORIES, dependencyVersions(PACKAGE_ROOT));
  return memo;
}

/**
 * A hash of every file under `directories` (path relative to its folder, and bytes, in sorted
 * order) and of `extra` lines. Source maps are left out: they change with nothing that runs.
 */
export function hashSources(directories: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const dir of directories) {
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      hash.update(`${relative(dirname(dir), file)}\0${bytes.length}\0`).update(bytes);
    }
  }
  for (const line of extra) hash.update(`${line}\n`);
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (entry.isFile() && !entry.name.endsWith('.map')) found.push(path);
  }
  return found;
}

/**
 * `name@version` of each runtime dependency as installed (found in the node_modules folders from
 * the package root up, as Node finds them); `name@range` when one cannot be found.
 */
function dependencyVersions(root: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  } catch {
    return [];
  }
  const dependencies = typeof manifest === 'object' && manifest !== null && 'dependencies' in manifest ? manifest.dependencies : undefined;
  return Object.entries(typeof dependencies === 'object' && dependencies !== null ? dependencies : {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, range]) => `${name}@${installedVersion(root, name) ?? String(range)}`);
}

function installedVersion(root: string, name: string): string | undefined {
  for (let dir = root; ; dir = dirname(dir)) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
      if (typeof manifest !== 'object' || manifest === null || !('version' in manifest)) return undefined;
      return typeof manifest.version === 'string' ? manifest.version : undefined;
    } catch {
      if (dirname(dir) === dir) return undefined;
    }
  }
}
