// Every named query the project ships (queries/**/*.cypher) must parse and validate.
// These are the real queries analysts and the API run, so they are the parser's first fixtures.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { print } from '../../../src/cypher/ast/index.js';
import { parse } from '../../../src/cypher/parser/index.js';
import { validate } from '../../../src/cypher/validate/index.js';

const root = new URL('../../../queries/', import.meta.url).pathname;

function cypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? cypherFiles(path) : name.endsWith('.cypher') ? [path] : [];
  });
}

const files = cypherFiles(root).map((path) => [path.slice(root.length), path] as const);

describe('named queries', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s parses, validates and round-trips through the printer', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    const ast = parse(text);
    expect(() => validate(ast, text)).not.toThrow();
    const strip = (value: unknown) =>
      JSON.stringify(value, (k, v: unknown) => (k === 'loc' || k === 'text' ? undefined : typeof v === 'bigint' ? String(v) : v));
    expect(strip(parse(print(ast)))).toBe(strip(ast));
  });
});
