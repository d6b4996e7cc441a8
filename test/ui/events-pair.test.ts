import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { LAPTOP, launchChromium, PHONE } from './browser.js';
import { openPage, ready, visit } from './page.js';
import { startUiServer, type UiServer } from './server.js';

let server: UiServer;
let browser: Browser;
before(async () => {
  server = await startUiServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const total = async (query: string) => (await (await fetch(`${server.url}/api/events?${query}&limit=1`)).json()).total as number;

test('the overview shows counts, the most active pairs and the latest events', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, '#/');
  assert.equal(await page.locator('.stat', { hasText: 'articles' }).locator('.stat-value').textContent(), '6');
  const [top] = (await (await fetch(`${server.url}/api/overview`)).json()).top_pairs as { a: string; b: string; a_name: string | null; b_name: string | null }[];
  assert.ok((await page.locator('.bars li').first().textContent())!.includes(`${top!.a_name ?? top!.a} – ${top!.b_name ?? top!.b}`), 'the most active pair first');
  assert.equal(await page.locator('.bars li', { hasText: 'Iran – Russia' }).count(), 1);
  assert.ok((await page.locator('table.events tbody tr').count()) >= 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the events table filters by root, pair, status, dates and confidence; rows link to their evidence', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, '#/events');
  const form = page.getByRole('form', { name: 'Filter events' });
  await form.getByLabel('Event type (root)').selectOption('04');
  await form.getByRole('button', { name: 'Filter' }).click();
  await page.waitForFunction(() => location.hash.includes('root=04'));
  await ready(page);
  const n = await total('root=04');
  assert.ok(n > 0);
  assert.match((await page.locator('#event-count').textContent())!, new RegExp(`of ${n} events`));
  const codes = await page.locator('table.events td[data-label=Event] .code').allTextContents();
  assert.ok(codes.every((c) => c.startsWith('04')), codes.join(' '));

  await form.getByLabel('First actor of the pair').fill('irn');
  await form.getByLabel('Second actor of the pair').fill('rus');
  await form.getByLabel('Status').selectOption('asserted');
  await form.getByLabel('From', { exact: true }).fill('2021-10');
  await form.getByLabel('To', { exact: true }).fill('2023-12');
  // a threshold (on the box's 0.05 steps) that keeps the most confident of the two visits, the coder's confidences being what they are
  const visits = (await (await fetch(`${server.url}/api/events?root=04&pair=IRN,RUS&modality=asserted&from=2021-10&to=2023-12`)).json()).items as { confidence: number }[];
  assert.ok(visits.length >= 2, 'the visit to Moscow in 2021 and the visit to Tehran in 2023');
  const min = String(Math.floor(Math.max(...visits.map((e) => e.confidence)) * 20) / 20);
  await form.getByLabel('Min. confidence').fill(min);
  await form.getByRole('button', { name: 'Filter' }).click();
  await page.waitForFunction((m) => location.hash.includes(`min_confidence=${m}`), min);
  await ready(page);
  const want = await total(`root=04&pair=IRN,RUS&modality=asserted&from=2021-10&to=2023-12&min_confidence=${min}`);
  assert.ok(want > 0);
  assert.equal(await page.locator('table.events tbody tr').count(), want);
  const pairs = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
  assert.ok(pairs.every((t) => /IRN/.test(t) && /RUS/.test(t)), pairs.join(' | '));
  const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
  assert.match(csv!, /^\/api\/export\.csv\?.*pair=IRN%2CRUS/);

  const link = page.locator('table.events a.evidence-link').first();
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#/articles/'));
  await ready(page);
  assert.equal(await page.locator('.event-card.current').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a bad filter value is explained on the page, not a blank table', async () => {
  const { page } = await openPage(browser, LAPTOP);
  await visit(page, server.url, '#/events?from=last-week');
  assert.match((await page.getByRole('alert').textContent())!, /from 'last-week' is not a date/);
  await page.close();
});

test('the pair chart of IRN–RUS: months as links; clicking one lists the events behind it', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, '#/pair/IRN/RUS');
  const months = (await (await fetch(`${server.url}/api/dyads/IRN/RUS`)).json()).months as { month: string; events: number }[];
  const points = page.locator('svg.timeline a.month');
  assert.equal(await points.count(), months.length);
  // the visit to Moscow, Shoigu's visit to Tehran, the drills planned for February 2024
  const labels = await points.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
  for (const m of ['2021-10', '2023-09', '2024-02']) assert.ok(labels.some((l) => l.startsWith(`${m}:`)), `${m} in ${labels.join(' | ')}`);
  await points.first().click();
  await page.waitForFunction(() => location.hash.includes('month='));
  await ready(page);
  const first = months[0]!;
  assert.equal(await page.locator('#month-h').textContent(), `${first.month}: ${first.events} ${first.events === 1 ? 'event' : 'events'}`);
  assert.equal(await page.locator('.month-events table.events tbody tr').count(), first.events);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'month-h', 'focus moves to the listed events');
  // the keyboard reaches the same points
  await page.locator('svg.timeline a.month').nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((m) => location.hash.includes(`month=${m}`), months[1]!.month);
  await ready(page);
  assert.match((await page.locator('#month-h').textContent())!, new RegExp(`^${months[1]!.month}: `));
  assert.deepEqual(errors, []);
  await page.close();
});

test('actors: the network links to profiles; a state\'s profile shows partners and roles over time', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, '#/actors');
  assert.ok((await page.locator('svg.network a.node').count()) >= 5);
  await page.locator('svg.network a.node', { hasText: 'RUS' }).first().click();
  await page.waitForFunction(() => location.hash === '#/actors/RUS');
  await ready(page);
  assert.equal(await page.locator('h1').evaluate((h) => h.firstChild?.textContent), 'Russia');
  assert.match((await page.locator('.partners li').first().textContent())!, /Iran \(IRN\)/);
  assert.ok((await page.locator('svg.offices .holder', { hasText: 'Sergei Shoigu' }).count()) >= 1);
  await page.locator('details.data summary').click();
  assert.ok((await page.locator('.offices-table tr', { hasText: 'Minister of Defence' }).filter({ hasText: 'Sergei Shoigu' }).count()) >= 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every page fits a phone screen without sideways scrolling of the page itself', async () => {
  const { page, errors } = await openPage(browser, PHONE);
  for (const hash of ['#/', '#/events', '#/articles', '#/pair/IRN/RUS', '#/actors', '#/actors/RUS']) {
    await visit(page, server.url, hash);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), hash);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
