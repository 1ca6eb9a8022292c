// Read one input file from disk into a Document; the only file I/O of a single document.

import { readFile, stat } from 'node:fs/promises';
import { InputError, errorCode } from '../errors.js';
import { parseDocument } from './parse-document.js';
import { parseInput } from './parse-input.js';
import type { Document } from './types.js';

/**
 * Read and parse the file at `path`.
 *
 * @throws InputError naming `path`: `E_NOT_FOUND`, `E_UNREADABLE`, `E_TOO_LARGE`, `E_EMPTY`, `E_BINARY`.
 * @example const doc = await readDocument('fixtures/002_ee3d19f2939ad4a4.txt'); doc.items.length // 14
 */
export async function readDocument(path: string, options: { maxBytes?: number } = {}): Promise<Document> {
  return parseDocument(await readInputBytes(path, options), path);
}

/**
 * Read the file at `path` into its documents: a PDF's text layer, several newsletters split.
 *
 * @throws InputError naming `path`, as `readDocument` and `parseInput` do.
 * @example (await readDocuments('archive/two.txt')).length // 2
 */
export async function readDocuments(path: string, options: { maxBytes?: number } = {}): Promise<Document[]> {
  return parseInput(await readInputBytes(path, options), path);
}

/**
 * Default largest input, in bytes. Newsletters are tens of kilobytes; extraction reads tens of
 * kilobytes a second, so a file of many megabytes is refused up front rather than stalling a build.
 */
export const DEFAULT_MAX_INPUT_BYTES = 4 * 1024 * 1024;

/**
 * The bytes of an input file, with file-system failures as InputErrors naming the file.
 *
 * @throws InputError `E_TOO_LARGE` above `maxBytes` (checked before reading), `E_NOT_FOUND`, `E_UNREADABLE`.
 */
export async function readInputBytes(path: string, options: { maxBytes?: number } = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  try {
    const info = await stat(path);
    // /dev/zero or a named pipe would be read for ever.
    if (!info.isFile()) throw new InputError('E_UNREADABLE', 'not a regular file', { file: path });
    if (info.size > maxBytes) {
      throw new InputError('E_TOO_LARGE', `file too large (${megabytes(info.size)} MB, the limit is ${megabytes(maxBytes)} MB; raise it with --max-size)`, {
        file: path,
      });
    }
    return await readFile(path);
  } catch (error) {
    throw error instanceof InputError ? error : fileError(path, error);
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function fileError(path: string, error: unknown): InputError {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('E_NOT_FOUND', 'no such file or directory', { file: path }, error);
  if (code === 'EISDIR') return new InputError('E_UNREADABLE', 'is a directory', { file: path }, error);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('E_UNREADABLE', 'permission denied', { file: path }, error);
  return new InputError('E_UNREADABLE', `cannot read file (${code ?? String(error)})`, { file: path }, error);
}
