// Bundles the serve workbench's browser code (src/serve/web/app.ts) with esbuild and copies its
// page and stylesheet beside it, into dist/serve/web/. Run by `npm run build` after tsc.

import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const WEB = fileURLToPath(new URL('src/serve/web/', root));
export const WORKBENCH_DIR = fileURLToPath(new URL('dist/serve/web/', root));

/** Writes index.html, app.css and app.js to `outdir` (default dist/serve/web) and returns it. */
export async function buildWorkbench({ outdir = WORKBENCH_DIR } = {}) {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [join(WEB, 'app.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
  });
  await copyFile(join(WEB, 'index.html'), join(outdir, 'index.html'));
  await copyFile(join(WEB, 'app.css'), join(outdir, 'app.css'));
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = await buildWorkbench();
  process.stderr.write(`workbench: ${outdir}\n`);
}
