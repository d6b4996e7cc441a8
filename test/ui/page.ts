import type { Browser, Page } from 'playwright-core';

/**
 * A page that records every script error and console error (a blocked CDN or an inline
 * style refused by the content security policy shows up there), to assert there are none.
 */
export async function openPage(browser: Browser, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, errors };
}

/** Goes to a route of the UI and waits until its view is drawn. */
export async function visit(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await ready(page);
}

/** Waits until the current view is drawn (the router clears aria-busy then). */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy="false"]', { timeout: 15_000 });
}
