// Write an output file atomically: a temporary file beside it, flushed, then renamed over it,
// so a reader never sees half a file and a crash leaves the previous one.

import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoreError, errorCode } from '../errors.js';

/** Write `content` to `path` atomically. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    throw new StoreError('E_STORE_WRITE', `cannot write ${path}${code ? ` (${code})` : ''}`, { position: { file: path }, cause: error });
  }
}
