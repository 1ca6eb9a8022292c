// The HTML viewer in headless Chromium: it draws the graph offline, finds an entity by alias and
// shows its full name and mentions, toggles types, and shows hostile names as text that never runs.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { writeHtml } from '../../src/export/index.js';
import { buildViewer } from '../../scripts/build-viewer.mjs';
import { chromiumUnavailable, countInkedPixels, launchChromium } from './helpers/chromium.js';
import type { Browser } from './helpers/chromium.js';
import { runPipeline } from '../../src/api/pipeline.js';
import { HOSTILE_IMG, HOSTILE_NEWSLETTER, HOSTILE_SCRIPT, UNICODE_NAMES, addHostileEntities } from './fixtures/sample-graph.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

const unavailable = chromiumUnavailable();
if (unavailable !== undefined) console.warn(`Skipping the HTML viewer browser tests: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('HTML viewer in Chromium', () => {
  let browser: Browser;
  let directory: string;
  let pageUrl: string;
  const requests: string[] = [];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'crimegraph-viewer-'));
    const bundle = await buildViewer({ outfile: join(directory, 'viewer.bundle.js') });
    // The real fixtures through the real pipeline, plus a newsletter with markup in its titles.
    const hostile = join(directory, 'hostile-newsletter.txt');
    await writeFile(hostile, HOSTILE_NEWSLETTER);
    const { graph, errors } = await runPipeline([fileURLToPath(FIXTURES), hostile], { workers: 0 });
    expect(errors).toEqual([]);
    addHostileEntities(graph);
    const html = writeHtml(graph, { viewerScript: await readFile(bundle, 'utf8') });
    const file = join(directory, 'graph.html');
    await writeFile(file, html);
    pageUrl = pathToFileURL(file).href;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  async function openViewer(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pageUrl);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    // sigma draws on the next animation frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return { page, errors };
  }

  async function inked(page: Page): Promise<number> {
    const png = await page.locator('#graph').screenshot();
    return (await countInkedPixels(browser.context, png)).inked;
  }

  it('draws the graph on the canvas without touching the network', async () => {
    const { page, errors } = await openViewer();
    expect(errors).toEqual([]);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(await inked(page)).toBeGreaterThan(500);
    expect(requests.filter((url) => url !== pageUrl)).toEqual([]);
    await page.close();
  });

  it('finds HMIC by its alias and shows the full name and its mentions', async () => {
    const { page } = await openViewer();
    await page.locator('#search').pressSequentially('HMI');
    await expect.poll(() => page.locator('#suggestions button').first().textContent()).toBe('HMIC → HM Inspectorate of Constabulary');
    // A suggestion taken with the keyboard.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-name').textContent()).toBe('HM Inspectorate of Constabulary');
    await page.keyboard.press('Escape');
    // Enter in the field takes the best match.
    await page.locator('#search').fill('HMIC');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#details-name').textContent()).toBe('HM Inspectorate of Constabulary');
    const mentions = page.locator('#details-mentions');
    await expect.poll(() => mentions.isVisible()).toBe(true);
    const text = await mentions.textContent();
    expect(text).toContain('2014-11-28');
    expect(text).toContain('First HMIC PEEL assessments published');
    expect(text).toContain('HM Inspectorate of Constabulary (HMIC) published its assessments');
    expect(text).toContain('2013-04-02');
    expect(text).toContain('HMIC review');
    await page.close();
  });

  it('shows hostile names and titles as text and never runs them', async () => {
    const { page, errors } = await openViewer();
    // An item title with markup, in HMIC's mentions.
    await page.locator('#search').fill('HMIC');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#details-mentions').textContent()).toContain(`${HOSTILE_IMG} HMIC inspection ${HOSTILE_SCRIPT}`);
    expect(await page.locator('#details-mentions').getByText(HOSTILE_IMG).first().isVisible()).toBe(true);
    // An entity whose name is markup.
    await page.locator('#search').fill('<img src');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#details-name').textContent()).toBe(HOSTILE_IMG);
    expect(await page.locator('#details-name').isVisible()).toBe(true);
    const details = await page.locator('#details').textContent();
    expect(details).toContain(HOSTILE_SCRIPT);
    expect(details).toContain(HOSTILE_IMG);
    await page.locator('#search').fill('Police');
    await expect.poll(() => page.locator('#suggestions').textContent()).toContain(UNICODE_NAMES[0]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights the neighbourhood of a hovered node and dims the rest', async () => {
    const { page } = await openViewer();
    // Selecting centres the camera on the node; Escape then clears the selection.
    await page.locator('#search').fill('HMIC');
    await page.locator('#search').press('Enter');
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details-name').count()).toBe(0);
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    const box = (await page.locator('#graph').boundingBox())!;
    const calm = await inked(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    await expect.poll(async () => (await inked(page)) < calm * 0.9).toBe(true);
    await page.mouse.move(box.x + box.width - 3, box.y + 3);
    await expect.poll(async () => Math.abs((await inked(page)) - calm) < calm * 0.02).toBe(true);
    await page.close();
  });

  it('switches node sizes between PageRank and degree', async () => {
    const { page } = await openViewer();
    const byRank = await inked(page);
    await page.locator('#size-by').selectOption('degree');
    await expect.poll(async () => (await inked(page)) !== byRank).toBe(true);
    await page.close();
  });

  it('hides a type when its legend toggle is switched off', async () => {
    const { page } = await openViewer();
    const before = await inked(page);
    for (const box of await page.locator('#legend input[type=checkbox]').all()) await box.uncheck();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await inked(page)).toBeLessThan(before / 10);
    await page.locator('#legend input[data-type="Body"]').check();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await inked(page)).toBeGreaterThan(100);
    await page.close();
  });
});
