// Run the built command line (`node bin/crimegraph.js`) as a user would, capturing exit code,
// stdout and stderr. Builds dist/ first when it is missing (npm test builds it anyway).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'fixtures');
const BIN = join(ROOT, 'bin/crimegraph.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Compile src/ to dist/ when it is not there; type errors elsewhere do not stop the emit. */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/cli/main.js')) && existsSync(join(ROOT, 'dist/api/pipeline-worker.js'))) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'ignore' });
}

export function crimegraph(args: string[], options: { cwd?: string } = {}): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, CRIMEGRAPH_DEBUG: '' },
    timeout: 300_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
