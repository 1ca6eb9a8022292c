// Counts the type assertions (`x as T`, `<T>x`; `as const` is not one) and non-null assertions
// (`x!`) in src/, per folder: the measure issue 17 sets a ceiling on, recorded in
// docs/architecture.md. It reads the syntax trees of the project's own TypeScript (7, through its
// compiler API), so a cast inside a string or a comment never counts.
// Usage: node --import tsx scripts/count-casts.ts [--json] [--files] [PROJECT_DIR]
// (--files: one row per file instead of per folder)

import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API } from 'typescript/unstable/sync';
import type { Node, TypeNode } from 'typescript/unstable/ast';
import { isAsExpression, isElementAccessExpression, isIdentifier, isNonNullExpression, isTypeAssertion, isTypeReferenceNode } from 'typescript/unstable/ast/is';

export interface CastCounts {
  /** `x as T` and `<T>x`, `as const` left out. */
  as: number;
  /** `x!`. */
  nonNull: number;
  /** Of `nonNull`, those on an element access (`list[i]!`, `record[key]!`). */
  nonNullIndex: number;
}

function isConstAssertion(type: TypeNode): boolean {
  return isTypeReferenceNode(type) && isIdentifier(type.typeName) && type.typeName.text === 'const';
}

function add(total: CastCounts, node: Node): void {
  if (isAsExpression(node) || isTypeAssertion(node)) {
    if (!isConstAssertion(node.type)) total.as++;
  } else if (isNonNullExpression(node)) {
    total.nonNull++;
    if (isElementAccessExpression(node.expression)) total.nonNullIndex++;
  }
  node.forEachChild((child) => {
    add(total, child);
    return undefined;
  });
}

/**
 * Counts per top folder of `<projectDir>/src` (`index.ts` and `errors.ts` count as themselves),
 * over the files of the project's tsconfig.json, sorted by folder.
 */
export function countCastsByFolder(projectDir: string, perFile = false): Map<string, CastCounts> {
  const api = new API({ cwd: projectDir });
  try {
    const snapshot = api.updateSnapshot({ openProjects: [resolve(projectDir, 'tsconfig.json')] });
    const [project] = snapshot.getProjects();
    if (!project) throw new Error(`no TypeScript project in ${projectDir}`);
    const srcDir = resolve(projectDir, 'src');
    const byFolder = new Map<string, CastCounts>();
    for (const file of project.program.getSourceFileNames()) {
      const path = relative(srcDir, file);
      if (path.startsWith('..') || file.endsWith('.d.ts')) continue;
      const source = project.program.getSourceFile(file);
      if (!source) continue;
      const [top = path] = perFile ? [path] : path.split(sep);
      const total = byFolder.get(top) ?? { as: 0, nonNull: 0, nonNullIndex: 0 };
      add(total, source);
      byFolder.set(top, total);
    }
    return new Map([...byFolder].sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    api.close();
  }
}

/** The counts as a Markdown table with a total row. */
export function castTable(byFolder: Map<string, CastCounts>): string {
  const total: CastCounts = { as: 0, nonNull: 0, nonNullIndex: 0 };
  const rows: (string | number)[][] = [...byFolder].map(([folder, c]) => {
    total.as += c.as;
    total.nonNull += c.nonNull;
    total.nonNullIndex += c.nonNullIndex;
    return [folder, c.as, c.nonNull, c.nonNullIndex];
  });
  rows.push(['total', total.as, total.nonNull, total.nonNullIndex]);
  const header = ['folder', 'as', '!', '! on [i]'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
  const byFolder = countCastsByFolder(resolve(dir), process.argv.includes('--files'));
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(Object.fromEntries(byFolder), null, 2)}\n` : `${castTable(byFolder)}\n`);
}
