// Reading the viewer bundle that scripts/build-viewer.mjs writes with esbuild at build time: next
// to this module once compiled (dist/export/html/), or in dist/ when running from the sources.

import { readFile } from 'node:fs/promises';
import { ExportError } from '../export-error.js';

export const VIEWER_BUNDLE_NAME = 'viewer.bundle.js';

/** Where the bundle may be, in order. */
export function viewerBundleCandidates(): URL[] {
  return [new URL(`./${VIEWER_BUNDLE_NAME}`, import.meta.url), new URL(`../../../dist/export/html/${VIEWER_BUNDLE_NAME}`, import.meta.url)];
}

/** The viewer script text; ExportError E_EXPORT_VIEWER_MISSING when it was never built. */
export async function readViewerBundle(): Promise<string> {
  for (const candidate of viewerBundleCandidates()) {
    try {
      return await readFile(candidate, 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new ExportError(
    'E_EXPORT_VIEWER_MISSING',
    `The HTML viewer bundle (${VIEWER_BUNDLE_NAME}) is missing; run \`npm run build\` (or node scripts/build-viewer.mjs) first`,
  );
}
