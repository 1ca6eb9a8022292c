// Writing an export to disk atomically: a temporary file or directory beside the target, then a
// rename, so a crash or an error never leaves a half-written export where the old one was.

import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StoreError } from '../errors.js';
import type { ExportOutput } from './formats.js';

function sibling(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing' | 'other'> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Write `output` at `path`: a file, or for a directory export a directory of files (replacing a
 * previous export directory whole).
 */
export async function writeExportOutput(path: string, output: ExportOutput): Promise<void> {
  const existing = await kindOf(path);
  const parent = dirname(path);
  if ((await kindOf(parent)) !== 'directory') {
    throw new StoreError('E_EXPORT_OUT', `Cannot write ${path}: directory ${parent} does not exist`, { position: { file: path } });
  }
  if (output.kind === 'file') {
    if (existing === 'directory' || existing === 'other') {
      throw new StoreError('E_EXPORT_OUT', `Cannot write ${path}: it exists and is not a file`, { position: { file: path } });
    }
    const temporary = sibling(path, 'tmp');
    try {
      await writeFile(temporary, output.content, 'utf8');
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new StoreError('E_EXPORT_OUT', `Cannot write ${path}: ${(error as Error).message}`, { position: { file: path }, cause: error });
    }
    return;
  }
  if (existing === 'file' || existing === 'other') {
    throw new StoreError('E_EXPORT_OUT', `Cannot write ${path}: it exists and is not a directory`, { position: { file: path } });
  }
  const temporary = sibling(path, 'tmp');
  try {
    await mkdir(temporary);
    for (const file of output.files) await writeFile(join(temporary, file.name), file.content, 'utf8');
    if (existing === 'directory') {
      // A directory cannot be renamed over a non-empty one: move the old aside, then drop it.
      const old = sibling(path, 'old');
      await rename(path, old);
      await rename(temporary, path);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temporary, path);
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw new StoreError('E_EXPORT_OUT', `Cannot write ${path}: ${(error as Error).message}`, { position: { file: path }, cause: error });
  }
}
