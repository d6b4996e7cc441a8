import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.ATTACHE_CHROMIUM || '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Headless Chromium, driven by playwright-core, with a fresh profile. A missing browser
 * fails loudly: a UI test that skips itself would pass without testing anything.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the UI tests need Chromium at ${CHROMIUM} and it is not there: install it with 'apt-get install -y chromium' (CI's .ci/run does), or point ATTACHE_CHROMIUM at one`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Laptop and phone viewports for the tests and the screenshots. */
export const LAPTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
