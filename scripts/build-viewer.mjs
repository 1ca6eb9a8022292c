// Bundles the HTML viewer's browser code (sigma.js, graphology and src/export/html/viewer/) into
// one script with esbuild; the html exporter inlines it. Run by `npm run build` after tsc.

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
export const VIEWER_ENTRY = fileURLToPath(new URL('src/export/html/viewer/main.ts', root));
export const VIEWER_BUNDLE = fileURLToPath(new URL('dist/export/html/viewer.bundle.js', root));

/**
 * Writes the bundle to `outfile` (default dist/export/html/viewer.bundle.js) and returns its path.
 * Deterministic: same sources, same bytes.
 */
export async function buildViewer({ outfile = VIEWER_BUNDLE } = {}) {
  await build({
    entryPoints: [VIEWER_ENTRY],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = await buildViewer();
  process.stderr.write(`viewer bundle: ${outfile}\n`);
}
