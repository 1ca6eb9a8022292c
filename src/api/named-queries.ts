// Reads the named Cypher files of queries/: the one source of truth for every question the
// API and the CLI ask, with the `// @param name value` defaults each file declares.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { InputError } from '../errors.js';

/** A query file: its text and the parameter defaults its `// @param` lines give (JSON values). */
export interface QueryFile {
  text: string;
  defaults: Record<string, unknown>;
  /** Each default as written after its name, for callers that read numbers exactly (the CLI). */
  defaultTexts: Record<string, string>;
}

// Same depth from src/api and dist/api, so this resolves in tests and in the built package.
const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

const PARAM_LINE = /^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.*?)\s*$/;

/**
 * Parse a query file's text. `// @param limit 25` gives `{limit: 25}`; a value that is not
 * JSON (`// @param name Home Office`) is taken as a string.
 */
export function parseQueryFile(text: string, file = '<query>'): QueryFile {
  const defaults: Record<string, unknown> = {};
  const defaultTexts: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const match = PARAM_LINE.exec(line);
    if (!match) return;
    const [, name, raw] = match;
    if (name === undefined || raw === undefined) return;
    if (raw === '') {
      throw new InputError('E_QUERY_PARAM', `@param ${name} has no value`, { file, line: index + 1, column: 1 });
    }
    defaultTexts[name] = raw;
    try {
      defaults[name] = JSON.parse(raw);
    } catch {
      defaults[name] = raw;
    }
  });
  return { text, defaults, defaultTexts };
}

const cache = new Map<string, QueryFile>();

/** Load a named query (`api/mentions`, `programme-leaders`) from the package's queries/ folder. */
export function namedQuery(name: string): QueryFile {
  let query = cache.get(name);
  if (!query) {
    const file = `${QUERIES_DIR}${name}.cypher`;
    query = parseQueryFile(readFileSync(file, 'utf8'), file);
    cache.set(name, query);
  }
  return query;
}

/** Absolute path of the package's queries/ folder. */
export function queriesDirectory(): string {
  return QUERIES_DIR;
}
