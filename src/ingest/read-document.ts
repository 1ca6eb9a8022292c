// Read one input file from disk into a Document; the only file I/O of a single document.

import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { parseDocument } from './parse-document.js';
import type { Document } from './types.js';

/**
 * Read and parse the file at `path`.
 *
 * @throws InputError naming `path`: `E_NOT_FOUND`, `E_UNREADABLE`, `E_EMPTY`, `E_BINARY`.
 * @example const doc = await readDocument('fixtures/002_ee3d19f2939ad4a4.txt'); doc.items.length // 14
 */
export async function readDocument(path: string): Promise<Document> {
  return parseDocument(await readInputBytes(path), path);
}

/** The bytes of an input file, with file-system failures as InputErrors naming the file. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

export function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('E_NOT_FOUND', 'no such file or directory', { file: path }, error);
  if (code === 'EISDIR') return new InputError('E_UNREADABLE', 'is a directory', { file: path }, error);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('E_UNREADABLE', 'permission denied', { file: path }, error);
  return new InputError('E_UNREADABLE', `cannot read file (${code ?? String(error)})`, { file: path }, error);
}
