// Open a snapshot for a command, with a progress line while a big one loads (on a terminal only):
// a 10,000-newsletter graph takes seconds to read.

import { loadSnapshot, type Snapshot } from '../graph/index.js';
import type { CliIo } from './command.js';
import { createProgress } from './progress.js';

/** @example const { graph } = await openSnapshot(io, 'out'); */
export async function openSnapshot(io: CliIo, dir: string): Promise<Snapshot> {
  const progress = createProgress(io);
  try {
    return await loadSnapshot(dir, { onProgress: progress.update });
  } finally {
    progress.end();
  }
}
