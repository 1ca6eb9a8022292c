// Renders the README picture: builds the fixtures graph, exports the HTML viewer, opens it in
// headless Chromium and saves a screenshot to docs/images/graph.png.
// Needs `npm run build` first (it uses dist/) and /usr/bin/chromium.
//
//   node scripts/render-picture.mjs [--select NAME] [--out docs/images/graph.png]
// With --select the picture shows that entity's details and neighbours instead of the overview.

import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    select: { type: 'string', default: '' },
    out: { type: 'string', default: join(root, 'docs/images/graph.png') },
    width: { type: 'string', default: '1600' },
    height: { type: 'string', default: '1000' },
  },
});

const { runPipeline } = await import(pathToFileURL(join(root, 'dist/api/pipeline.js')).href);
const { readViewerBundle, writeHtml } = await import(pathToFileURL(join(root, 'dist/export/index.js')).href);

const work = await mkdtemp(join(tmpdir(), 'crimegraph-picture-'));
try {
  const { graph, errors } = await runPipeline([join(root, 'fixtures')], { workers: 0 });
  if (errors.length > 0) throw new Error(`fixtures failed to build: ${errors.map((e) => e.message).join('; ')}`);
  const page = join(work, 'graph.html');
  await writeFile(page, writeHtml(graph, { viewerScript: await readViewerBundle(), title: 'crimegraph: five Home Office newsletters' }));

  const context = await launchChromium(join(work, 'profile'), { width: Number(values.width), height: Number(values.height) });
  try {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector('body[data-ready="true"]');
    if (values.select) {
      await tab.fill('#search', values.select);
      await tab.press('#search', 'Enter');
      await tab.waitForSelector('#details-name');
    }
    // Let the camera animation finish.
    await tab.waitForTimeout(900);
    await mkdir(dirname(values.out), { recursive: true });
    await tab.screenshot({ path: values.out });
    process.stderr.write(`picture: ${values.out} (${graph.order} nodes in the full graph)\n`);
  } finally {
    await context.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
