// Renders the workbench pictures for the README: builds the fixtures snapshot, serves it, opens
// the HMIC entity page and the Cypher console (a named query run) in headless Chromium at
// 1280×800 and saves docs/images/workbench-entity.png and docs/images/workbench-console.png.
// Needs `npm run build` first (it uses dist/) and /usr/bin/chromium.
//
//   node scripts/render-workbench.mjs [--out-dir docs/images]

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: join(root, 'docs/images') } } });

const { build } = await import(pathToFileURL(join(root, 'dist/api/index.js')).href);
const { startServer } = await import(pathToFileURL(join(root, 'dist/serve/index.js')).href);

const work = await mkdtemp(join(tmpdir(), 'crimegraph-workbench-picture-'));
let server;
try {
  await (await build([join(root, 'fixtures')], { workers: 0 })).save(join(work, 'out'));
  server = await startServer({ source: { kind: 'snapshot', dir: join(work, 'out') }, port: 0 });
  const context = await launchChromium(join(work, 'profile'), { width: 1280, height: 800 });
  try {
    const tab = await context.newPage();
    await tab.goto(`${server.url}#/entity/${encodeURIComponent('body:college-of-policing')}`);
    await tab.waitForSelector('body[data-ready="true"]');
    await tab.screenshot({ path: join(values['out-dir'], 'workbench-entity.png') });

    await tab.goto(`${server.url}#/console/programme-leaders`);
    await tab.waitForSelector('input[data-param="limit"]');
    await tab.fill('input[data-param="limit"]', '12');
    await tab.click('#run');
    await tab.waitForSelector('.result-table tbody tr');
    await tab.screenshot({ path: join(values['out-dir'], 'workbench-console.png') });
  } finally {
    await context.close();
  }
  process.stderr.write(`pictures: ${values['out-dir']}/workbench-entity.png, workbench-console.png\n`);
} finally {
  await server?.close();
  await rm(work, { recursive: true, force: true });
}
