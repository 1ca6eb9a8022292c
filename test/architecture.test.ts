// The import graph of src/ matches docs/architecture.md: every import between modules runs in a
// direction the document's table allows, no module reaches into another's internal/ folder, and
// every module has a row in the table and a README.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const DOC = join(ROOT, 'docs', 'architecture.md');

/** The table between the architecture-table markers: module → modules it may import. */
function allowedImports(): Map<string, Set<string>> {
  const text = readFileSync(DOC, 'utf8');
  const table = /<!-- architecture-table[^>]*-->([\s\S]*?)<!-- \/architecture-table -->/.exec(text);
  if (!table) throw new Error(`${DOC}: no architecture-table markers`);
  const allowed = new Map<string, Set<string>>();
  for (const line of table[1]!.split('\n')) {
    const cells = /^\|([^|]*)\|([^|]*)\|\s*$/.exec(line.trim());
    if (!cells || /^\s*-+\s*$/.test(cells[1]!) || cells[1]!.trim() === 'module') continue;
    const targets = cells[2]!
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    allowed.set(cells[1]!.trim(), new Set(targets));
  }
  return allowed;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `extract` for src/extract/…, `errors` for src/errors.ts. */
function moduleOf(path: string): string {
  const first = relative(SRC, path).split(sep)[0]!;
  return first.replace(/\.(ts|js)$/, '');
}

/** Specifiers of static imports and re-exports, and of dynamic import() with a literal. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(statement)) found.push((m[1] ?? m[2])!);
  for (const m of text.matchAll(dynamic)) found.push(m[1]!);
  return found;
}

interface Edge {
  file: string;
  from: string;
  to: string;
  target: string;
  specifier: string;
}

function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      edges.push({ file: relative(ROOT, file), from: moduleOf(file), to: moduleOf(target), target: relative(SRC, target), specifier });
    }
  }
  return edges;
}

describe('the import graph of src/', () => {
  const allowed = allowedImports();
  const everyone = allowed.get('*') ?? new Set<string>();
  const edges = importEdges();

  it('is read: the relative imports found resolve to files of src/', () => {
    expect(edges.length).toBeGreaterThan(300);
    const unresolved = edges.filter((e) => {
      const base = join(SRC, e.target);
      return ![base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].some((p) => existsSync(p));
    });
    expect(unresolved.map((e) => `${e.file}: ${e.specifier}`)).toEqual([]);
    expect(edges.filter((e) => !e.target || e.target.startsWith('..')).map((e) => `${e.file}: ${e.specifier}`)).toEqual([]);
  });

  it('has a row in docs/architecture.md for every module of src/', () => {
    const modules = new Set(sourceFiles(SRC).map(moduleOf));
    const missing = [...modules].filter((m) => !allowed.has(m));
    expect(missing, `add a row for each to the table in docs/architecture.md`).toEqual([]);
  });

  it('runs only in the directions the table allows', () => {
    const against = edges.filter((e) => e.from !== e.to && !everyone.has(e.to) && !allowed.get(e.from)?.has(e.to));
    const described = [
      ...new Set(
        against.map((e) => `${e.file} imports ${e.to} (${e.specifier}): ${e.from} may import ${[...(allowed.get(e.from) ?? [])].join(', ') || 'nothing'}`),
      ),
    ];
    expect(described, 'an import against docs/architecture.md: change the import, or the table with a reason').toEqual([]);
  });

  it('keeps the Cypher phases one way: the executor imports no validation, the planner and the AST no executor', () => {
    const inCypher = (e: Edge, folder: string): boolean => e.target.startsWith(join('cypher', folder) + sep);
    const against = edges.filter(
      (e) =>
        (e.file.startsWith(join('src', 'cypher', 'executor') + sep) && inCypher(e, 'validate')) ||
        ((e.file.startsWith(join('src', 'cypher', 'ast') + sep) || e.file.startsWith(join('src', 'cypher', 'planner') + sep)) && inCypher(e, 'executor')),
    );
    expect(against.map((e) => `${e.file}: ${e.specifier}`)).toEqual([]);
  });

  it("lets the executor take only the planner's types: what it runs comes planned (plan.ts hands it the planner)", () => {
    const executor = sourceFiles(join(SRC, 'cypher', 'executor'));
    const planning = executor.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(import|export)\s+(?!type\b)[^;]*?from\s*['"](\.\.\/planner\/[^'"]+)['"]/gm)].map(
        (m) => `${relative(ROOT, file)}: ${m[2]}`,
      ),
    );
    expect(executor.length).toBeGreaterThan(10);
    expect(planning).toEqual([]);
  });

  it("never reaches into another module's internal/ folder", () => {
    const reaching = edges.filter((e) => e.from !== e.to && e.target.split(sep).includes('internal'));
    expect(reaching.map((e) => `${e.file}: ${e.specifier}`)).toEqual([]);
  });

  it('reads the environment only in the CLI: the library takes configuration as options', () => {
    const readers = sourceFiles(SRC)
      .filter((file) => moduleOf(file) !== 'cli')
      .filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .some((line) => /process\.(env|argv)\b/.test(line) && !/^\s*(\/\/|\*)/.test(line)),
      );
    expect(readers.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('gives every module folder a README', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((name) => !existsSync(join(SRC, name, 'README.md')))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it.each([
    ["import { a } from '../graph/index.js';", ['../graph/index.js']],
    ["import type {\n  A,\n  B,\n} from '../cypher/values.js';", ['../cypher/values.js']],
    ["export { x } from './x.js';\nexport type { Y } from './y.js';", ['./x.js', './y.js']],
    ["import './side-effect.js';", ['./side-effect.js']],
    ["const m = await import('../api/index.js');", ['../api/index.js']],
    ["// a comment that says from 'nowhere'\nconst s = 'from here';", []],
  ])('reads the imports of %j', (text, specifiers) => {
    expect(importsOf(text)).toEqual(specifiers);
  });
});
