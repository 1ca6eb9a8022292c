// Progress of a long run on one rewritten stderr line, shown only on a terminal: piped output
// and logs stay clean.

import type { CliIo } from './command.js';

export interface ProgressEvent {
  stage: string;
  done: number;
  total: number;
  /** The file or item being worked on. */
  subject?: string;
}

/**
 * A progress callback for `io`, and `end()` to clear the line. A no-op off a terminal.
 *
 * @example const progress = createProgress(io); await runPipeline(paths, { onProgress: progress.update }); progress.end();
 */
export function createProgress(io: CliIo): { update: (event: ProgressEvent) => void; end: () => void } {
  if (!io.stderrIsTTY) return { update: () => undefined, end: () => undefined };
  let shown = false;
  let last = 0;
  return {
    update: (event) => {
      const now = Date.now();
      // Redraw at most ~20 times a second, and always the last step.
      if (now - last < 50 && event.done < event.total) return;
      last = now;
      const subject = event.subject ? ` ${event.subject}` : '';
      io.stderr(`\r\x1b[2K${event.stage} ${event.done}/${event.total}${subject}`.slice(0, 200));
      shown = true;
    },
    end: () => {
      if (shown) io.stderr('\r\x1b[2K');
      shown = false;
    },
  };
}
