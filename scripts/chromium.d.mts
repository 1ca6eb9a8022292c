// Types of scripts/chromium.mjs for the TypeScript tests that import it.

import type { BrowserContext } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function launchChromium(profileDir: string, viewport: { width: number; height: number }): Promise<BrowserContext>;
