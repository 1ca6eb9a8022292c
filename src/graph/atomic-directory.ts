// Replace a whole output directory atomically: write a temporary directory beside it, flush it
// to disk, then swap it in by rename; a crash at any point leaves the previous version whole.

import { chmod, open, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoreError, errorCode } from '../errors.js';

/**
 * Where the previous version waits while the new one is renamed in. If a process dies between
 * the two renames, the target is missing and this holds the last good version:
 * `recoverDirectory` puts it back, and readers look here when the target is missing.
 */
export function previousPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.previous`);
}

/**
 * A file's content: text, or pieces of text (or bytes, copied from another file) written one
 * after the other, for files too big for one string.
 */
export type FileContent = string | Iterable<string | Uint8Array>;

/**
 * Write `files` (name -> content) as the directory `target`, replacing what was there.
 * `isReplaceable(target)` guards against overwriting a directory that is not ours.
 *
 * @throws StoreError `E_STORE_WRITE` when the directory cannot be written, `E_STORE_FOREIGN` when
 *   `target` exists and is not replaceable.
 */
export async function writeDirectoryAtomically(
  target: string,
  files: ReadonlyMap<string, FileContent>,
  isReplaceable: (dir: string) => Promise<boolean>,
): Promise<void> {
  const parent = dirname(target);
  try {
    await mkdir(parent, { recursive: true });
    await recoverDirectory(target);
    await removeStaleTemporaries(target);
  } catch (error) {
    throw writeError(target, error);
  }
  await assertReplaceable(target, isReplaceable);
  let temporary: string | undefined;
  try {
    temporary = await mkdtemp(join(parent, `.${basename(target)}.tmp-${process.pid}-`));
    // mkdtemp makes it private (0700); the output is an ordinary directory.
    await chmod(temporary, 0o755 & ~process.umask());
    for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      await writeDurably(join(temporary, name), content);
    }
    await syncDirectory(temporary);
    const previous = previousPath(target);
    const hadTarget = await exists(target);
    if (hadTarget) {
      await rm(previous, { recursive: true, force: true });
      await rename(target, previous);
    }
    await rename(temporary, target);
    temporary = undefined;
    await syncDirectory(parent);
    if (hadTarget) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    if (temporary !== undefined) await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    await recoverDirectory(target).catch(() => undefined);
    throw writeError(target, error);
  }
}

/**
 * Throw unless `target` is missing or replaceable: a command checks this before long work.
 *
 * @throws StoreError `E_STORE_FOREIGN`
 */
export async function assertReplaceable(target: string, isReplaceable: (dir: string) => Promise<boolean>): Promise<void> {
  if ((await exists(target)) && !(await isReplaceable(target))) {
    throw new StoreError('E_STORE_FOREIGN', `${target} exists and is not a crimegraph output directory; not overwriting it`, {
      position: { file: target },
    });
  }
}

/** Put the previous version back if a write died between its two renames. */
export async function recoverDirectory(target: string): Promise<void> {
  const previous = previousPath(target);
  if (!(await exists(target)) && (await exists(previous))) await rename(previous, target);
}

/** Temporary directories left by writers that died; a live writer's (its pid is running) stays. */
async function removeStaleTemporaries(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.tmp-`;
  for (const name of await readdir(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && (pid === process.pid || isRunning(pid))) continue;
    await rm(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 20;

async function writeDurably(path: string, content: FileContent): Promise<void> {
  const handle = await open(path, 'w');
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else {
      let pending: string[] = [];
      let bytes: Uint8Array[] = [];
      let size = 0;
      const flush = async () => {
        if (bytes.length === 0) await handle.writeFile(pending.join(''), 'utf8');
        else {
          if (pending.length > 0) bytes.push(Buffer.from(pending.join(''), 'utf8'));
          await handle.writeFile(Buffer.concat(bytes));
        }
        pending = [];
        bytes = [];
        size = 0;
      };
      for (const piece of content) {
        if (typeof piece === 'string') pending.push(piece);
        else {
          // Text before bytes goes first, in its place.
          if (pending.length > 0) bytes.push(Buffer.from(pending.join(''), 'utf8'));
          pending = [];
          bytes.push(piece);
        }
        size += piece.length;
        if (size >= WRITE_CHUNK) await flush();
      }
      if (size > 0 || pending.length > 0 || bytes.length > 0) await flush();
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Directory fsync makes the renames durable; some file systems refuse it, which is harmless.
  const handle = await open(dir, 'r').catch(() => undefined);
  if (handle === undefined) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function writeError(target: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  return new StoreError('E_STORE_WRITE', `cannot write ${target}${code ? ` (${code})` : ''}`, { position: { file: target }, cause: error });
}
