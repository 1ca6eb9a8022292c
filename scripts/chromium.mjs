// Debian's Chromium driven by playwright-core, as the viewer and workbench pictures and the
// browser tests all start it: headless, a fresh profile, and none of the background services
// that would try to reach the network (this machine has none).

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent browser context on `profileDir` with the given viewport. */
export function launchChromium(profileDir, viewport) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    args: CHROMIUM_ARGS,
  });
}
