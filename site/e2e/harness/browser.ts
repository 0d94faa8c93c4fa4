/**
 * Headless Chromium through playwright-core, with the system's browser (no download here).
 * Without Chromium the browser journeys are skipped with one line; CI always installs it.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

if (!hasChromium) console.warn(`[e2e] Chromium introuvable (${CHROMIUM_PATH}) : parcours dans le navigateur ignorés.`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // Composite in software, as Lighthouse's Chromium does: less work per frame with no GPU.
      '--disable-gpu-compositing',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One Chromium for a test file: launched before its tests, closed after (nothing without Chromium). */
export function useChromium(): { readonly current: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (hasChromium) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get current(): Browser {
      if (!browser) throw new Error('Chromium n’est pas lancé');
      return browser;
    },
  };
}
