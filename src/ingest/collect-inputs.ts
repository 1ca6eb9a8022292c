// Expand the paths given on the command line into the list of input files: files as given,
// directories walked for .txt, .md, .html and .pdf files in sorted order (READMEs aside), each file once.

import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import ignored from './data/ignored-names.json' with { type: 'json' };
import { fileError } from './read-document.js';

const IGNORED_NAMES = new Set(ignored.names);

/** Extensions a directory walk picks up; a file named explicitly is read whatever its extension. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'] as const;

/**
 * The input files under `paths`, in argument order, directories expanded in sorted order,
 * the same file reached twice kept once. A missing path or a directory with no inputs is an error.
 *
 * @example await collectInputs(['fixtures']) // { files: ['fixtures/000_….txt', …], errors: [] }
 */
export async function collectInputs(paths: readonly string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = await realpath(file).catch(() => file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push(fileError(path, error));
      continue;
    }
    if (!info.isDirectory()) {
      await add(path);
      continue;
    }
    const found = await walk(path, errors);
    if (found.length === 0) {
      errors.push(new InputError('E_NO_INPUTS', `no ${INPUT_EXTENSIONS.join(', ')} files in directory`, { file: path }));
    }
    for (const file of found) await add(file);
  }
  return { files, errors };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A directory entry's name, or undefined when its bytes are not UTF-8 (such a file cannot be opened by a decoded name). */
function entryName(raw: Buffer): string | undefined {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return undefined;
  }
}

async function walk(dir: string, errors: InputError[]): Promise<string[]> {
  let raw;
  try {
    raw = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    errors.push(fileError(dir, error));
    return [];
  }
  const entries = [];
  for (const entry of raw) {
    const name = entryName(entry.name);
    if (name !== undefined) {
      entries.push({ name, isDirectory: () => entry.isDirectory(), isFile: () => entry.isFile(), isSymbolicLink: () => entry.isSymbolicLink() });
      continue;
    }
    const shown = entry.name.toString('utf8');
    if (entry.isDirectory() || isInputExtension(extname(shown))) {
      errors.push(new InputError('E_UNREADABLE', 'the file name is not valid UTF-8; rename it to read it', { file: join(dir, shown) }));
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    // Hidden files and folders (.git, editor backups) are never newsletters.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    // fixtures/README.md gives the corpus's source and licence; it is not a newsletter.
    if (IGNORED_NAMES.has(entry.name.slice(0, entry.name.length - extname(entry.name).length).toLowerCase())) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path, errors)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isInputExtension(extname(entry.name))) {
      found.push(path);
    }
  }
  return found;
}

function isInputExtension(extension: string): boolean {
  const lower = extension.toLowerCase();
  return INPUT_EXTENSIONS.some((known) => known === lower);
}
