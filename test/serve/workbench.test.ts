// The workbench as an analyst uses it, in Debian's Chromium through playwright-core: search
// HMIC, open it, see a mention's evidence highlighted in its item, follow a relation, run a named
// query with a parameter, see an error at its position, download CSV; no request leaves the
// server, and names holding markup stay text.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runPipeline } from '../../src/api/pipeline.js';
import { createSnapshot } from '../../src/graph/index.js';
import { startServer } from '../../src/serve/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { buildWorkbench } from '../../scripts/build-workbench.mjs';
import { chromiumUnavailable, launchChromium } from '../export/helpers/chromium.js';
import type { Browser } from '../export/helpers/chromium.js';
import { HOSTILE_IMG, HOSTILE_NEWSLETTER, addHostileEntities } from '../export/fixtures/sample-graph.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const unavailable = chromiumUnavailable();
if (unavailable !== undefined) console.warn(`Skipping the workbench browser tests: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('the workbench in Chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crimegraph-workbench-'));
    const hostile = join(dir, 'hostile-newsletter.txt');
    await writeFile(hostile, HOSTILE_NEWSLETTER);
    // The real fixtures through the real pipeline, plus a newsletter and entities with markup in their names.
    const { corpus, graph, errors: inputErrors } = await runPipeline([FIXTURES, hostile], { workers: 0 });
    expect(inputErrors).toEqual([]);
    addHostileEntities(graph);
    const assets = await buildWorkbench({ outdir: join(dir, 'web') });
    server = await startServer({ source: { kind: 'snapshot-in-memory', snapshot: createSnapshot(corpus, graph) }, assetsDir: assets, port: 0 });
    browser = await launchChromium({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const ready = () => page.waitForSelector('body[data-ready="true"]');

  it('finds HMIC as you type and opens its entity page', async () => {
    await page.goto(server.url);
    await ready();
    await page.locator('#search').pressSequentially('HMIC', { delay: 30 });
    const first = page.locator('#suggestions button').first();
    await expect.poll(() => first.locator('.name').textContent()).toBe('HM Inspectorate of Constabulary');
    await first.click();
    await page.waitForSelector('article.entity[data-entity="body:hm-inspectorate-of-constabulary"]');
    await ready();
    expect(await page.locator('h1').textContent()).toBe('HM Inspectorate of Constabulary');
    expect(await page.locator('.aliases').textContent()).toContain('HMIC');
    expect(await page.locator('.aliases .reason').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.timeline rect.bar').count()).toBeGreaterThan(1);
    expect(await page.locator('svg.neighbourhood g.node').count()).toBeGreaterThan(1);
    const dates = await page.locator('ol.mentions time').allTextContents();
    expect(dates).toEqual([...dates].sort());
  });

  it('grows the neighbourhood graph when a node is clicked', async () => {
    const graph = page.locator('svg.neighbourhood');
    const before = Number(await graph.getAttribute('data-nodes'));
    await graph.locator('g.node:not(.focus)', { hasText: 'College of Policing' }).click();
    await expect.poll(async () => Number(await graph.getAttribute('data-nodes'))).toBeGreaterThan(before);
  });

  it("shows a mention's evidence sentence highlighted in its item", async () => {
    await page.locator('ol.mentions li', { hasText: 'First HMIC PEEL assessments published' }).locator('a.item-link').click();
    await page.waitForSelector('article.item[data-item="000_79e92bb3579205a4#1"]');
    await ready();
    const marked = await page.locator('.item-text mark.evidence').allTextContents();
    expect(marked.join('')).toContain('On 27 November, HM Inspectorate of Constabulary (HMIC) published its assessments');
    // Every entity named in the text is a link to its page.
    const links = page.locator('.item-text a.mention[href="#/entity/body%3Ahm-inspectorate-of-constabulary"]');
    expect(await links.count()).toBeGreaterThan(2);
  });

  it('follows a relation from one entity to the next', async () => {
    await page.goto(`${server.url}#/entity/${encodeURIComponent('body:college-of-policing')}`);
    await ready();
    const leads = page.locator('.relation-group[data-relation="LEADS"]');
    expect(await leads.locator('li.evidence').first().textContent()).toMatch(/\S/);
    expect(await leads.locator('li.evidence a').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const target = leads.locator(':scope > ul > li > a').first();
    const name = await target.textContent();
    await target.click();
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n && document.body.dataset.ready === 'true', name);
    expect(await page.locator('article.entity').getAttribute('data-entity')).toMatch(/^programme:/);
  });

  it('runs a named query with a parameter, shows an error at its position, and downloads CSV', async () => {
    await page.locator('nav a', { hasText: 'Cypher console' }).click();
    await page.waitForSelector('.query-list button');
    await page.locator('.query-list button[data-name="programme-leaders"]').click();
    await page.locator('input[data-param="limit"]').fill('3');
    await page.locator('#run').click();
    await expect.poll(() => page.locator('.result-table tbody tr').count()).toBe(3);
    expect(await page.locator('.result-table th').allTextContents()).toEqual(['programme', 'leader', 'leaderType', 'items']);

    await page.locator('#query').fill('MATCH (b:Body)\nRETURN b.name AS name LIMT 3');
    await page.locator('#run').click();
    const error = page.locator('#query-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.getAttribute('data-line')).toBe('2');
    expect(await error.getAttribute('data-column')).toBe('23');
    expect(await error.textContent()).toContain('at line 2, column 23');
    // The cursor sits on the fault in the reader's own text.
    expect(await page.locator('#query').evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionStart + 4))).toBe('LIMT');

    await page.locator('#query').fill("MATCH (b:Body) WHERE b.name STARTS WITH 'HM' RETURN b.name AS name, b.mentionCount AS mentions ORDER BY name");
    await page.locator('#run').click();
    await expect.poll(() => error.isVisible()).toBe(false);
    await page.waitForSelector('.result-table tbody tr');
    const rows = await page.locator('.result-table tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    expect(download.suggestedFilename()).toBe('result.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('name,mentions');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/^HM Inspectorate of Constabulary,\d+$/);

    await page.locator('.tabs button[data-mode="graph"]').click();
    await page.locator('#query').fill("MATCH p = (b:Body {name: 'College of Policing'})-[:LEADS]->() RETURN p");
    await page.locator('#run').click();
    await expect.poll(() => page.locator('svg.result-graph g.node').count()).toBe(2);
  });

  it('opens the whole-graph explorer and downloads an export', async () => {
    await page.locator('nav a', { hasText: 'Graph & exports' }).click();
    await page.waitForSelector('.downloads button[data-format="gexf"]');
    const [explorer] = await Promise.all([page.context().waitForEvent('page'), page.locator('a', { hasText: 'Open the graph explorer' }).click()]);
    await explorer.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    expect(await explorer.locator('#graph canvas').count()).toBeGreaterThan(0);
    await explorer.close();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads button[data-format="gexf"]').click()]);
    expect(download.suggestedFilename()).toBe('graph.gexf');
    expect(await readFile((await download.path())!, 'utf8')).toContain('<gexf');
  });

  it('shows names and text holding markup as text that never runs', async () => {
    await page.goto(`${server.url}#/entity/${encodeURIComponent('person:img-src-x-onerror-window-pwned-1')}`);
    await ready();
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_IMG);
    await page.locator('#search').pressSequentially('<img', { delay: 20 });
    await expect.poll(() => page.locator('#suggestions button .name').first().textContent()).toBe(HOSTILE_IMG);
    const itemId = await page.evaluate(async () => {
      const response = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: "MATCH (i:Item) WHERE i.title CONTAINS '<img' RETURN i.id AS id" }),
      });
      return ((await response.json()) as { rows: { id: string }[] }).rows[0]!.id;
    });
    await page.goto(`${server.url}#/item/${encodeURIComponent(itemId)}`);
    await ready();
    expect(await page.locator('h1').textContent()).toContain(HOSTILE_IMG);
    expect(await page.locator('.item-text').textContent()).toContain(HOSTILE_IMG);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('takes a token from the address, keeps it for the tab and sends it with every API call', async () => {
    const token = 'a-long-enough-token';
    const guarded = await startServer({
      source: { kind: 'snapshot-in-memory', snapshot: server.source.snapshot! },
      assetsDir: join(dir, 'web'),
      port: 0,
      token,
    });
    try {
      const tab = await browser.context.newPage();
      await tab.goto(`${guarded.url}?token=${token}#/entity/${encodeURIComponent('body:college-of-policing')}`);
      await tab.waitForSelector('body[data-ready="true"]');
      expect(await tab.locator('h1').textContent()).toBe('College of Policing');
      expect(tab.url()).not.toContain(token);
      await tab.goto(`${guarded.url}#/entity/${encodeURIComponent('body:home-office')}`);
      await tab.waitForSelector('article.entity[data-entity="body:home-office"]');
      await tab.close();
      const stranger = await browser.context.newPage();
      await stranger.goto(`${guarded.url}#/`);
      await stranger.waitForSelector('body[data-ready="true"]');
      expect(await stranger.locator('.page-error').textContent()).toContain('E_UNAUTHORIZED');
      await stranger.close();
    } finally {
      await guarded.close();
    }
  });

  it('made no request beyond the server, and threw no error', () => {
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
