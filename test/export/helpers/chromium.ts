// Headless Chromium for the viewer tests: Debian's /usr/bin/chromium driven by playwright-core,
// with a fresh profile, no network services, and a way to count the pixels a screenshot draws.

import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

export { CHROMIUM_PATH };

/**
 * Why the browser tests cannot run here, or undefined when they can. Under CI=true a missing
 * browser is a failure, not a skip.
 */
export function chromiumUnavailable(path = CHROMIUM_PATH, env: Record<string, string | undefined> = process.env): string | undefined {
  if (existsSync(path)) return undefined;
  const reason = `${path} is missing (apt-get install -y chromium)`;
  if (env.CI === 'true') throw new Error(`CI=true but ${reason}: the viewer must be tested in a browser`);
  return reason;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh user data directory, removed on close. */
export async function launchChromium(viewport = { width: 1200, height: 800 }): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'crimegraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...ARGS],
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** How many pixels of a PNG differ from white, decoded by the browser in a blank page. */
export async function countInkedPixels(context: BrowserContext, png: Buffer): Promise<{ inked: number; total: number }> {
  const page: Page = await context.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(bitmap, 0, 0);
      const { data } = context2d.getImageData(0, 0, bitmap.width, bitmap.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked += 1;
      return { inked, total: data.length / 4 };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}
