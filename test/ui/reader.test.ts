import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { findEvent, seedId, type Coded } from '../helpers/seed-fixture.js';
import { LAPTOP, launchChromium, PHONE } from './browser.js';
import { openPage, ready, visit } from './page.js';
import { startUiServer, type UiServer } from './server.js';

let server: UiServer;
let browser: Browser;
let seed0: string;
before(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  seed0 = seedId('seed-000');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const api = async (path: string) => (await fetch(`${server.url}/api/${path}`)).json();
type Ev = Coded & { fingerprint: string; evidence: { start: number; end: number } };
/** The coder's events of seed-000, in text order. */
const events = async () => (await api(`articles/${seed0}`)).events as Ev[];

test('the reader shows title, date, source and id, the text with entities and evidence marked, and the events', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, `#/articles/${seed0}`);
  assert.equal(await page.locator('h1').textContent(), 'Top commander says Iran firm to boost military cooperation with Russia');
  const byline = await page.locator('.byline').textContent();
  for (const part of ['2021-10-18', 'PressTV', seed0]) assert.ok(byline!.includes(part), `${part} in ${byline}`);
  assert.equal(await page.title(), 'Top commander says Iran firm to boost military cooperation with Russia · Attaché');
  const coded = await events();
  assert.ok(coded.length >= 6, 'the coder finds at least six acts in seed-000');
  const marked = await page.locator('.article-text mark.evidence').evaluateAll((ms) => ms.flatMap((m) => (m as HTMLElement).dataset.events!.split(' ')));
  for (const e of coded) assert.ok(marked.includes(e.fingerprint), `the evidence of ${e.source.code}>${e.target.code} ${e.cameo} is marked`);
  assert.ok((await page.locator('.article-text .ent-PERSON', { hasText: 'Baqeri' }).count()) >= 1);
  assert.equal(await page.locator('#events-h').textContent(), `Events (${coded.length})`);
  assert.deepEqual(await page.locator('.event-card').evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.fingerprint)), coded.map((e) => e.fingerprint), 'every event, in text order');
  // the text on the page is the stored text, unchanged by the marking
  const stored = (await api(`articles/${seed0}`)).text as string;
  assert.equal(await page.locator('.article-text').evaluate((el) => el.textContent), stored);
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Show in text" brings an event\'s evidence into view and focus; a link from the table lands on it', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, `#/articles/${seed0}`);
  const coded = await events();
  const fp = findEvent(coded, 'IRN', 'RUS', '042').fingerprint;
  const card = page.locator(`#event-${fp}`);
  await card.getByRole('button', { name: 'Show in text' }).click();
  assert.ok(await page.evaluate((f) => document.activeElement?.matches('mark.evidence') && (document.activeElement as HTMLElement).dataset.events!.split(' ').includes(f), fp), 'focus on its evidence');
  // an event that shares its sentence with another is found too: Russia and China, who
  // voted against the US motion in one sentence, are two events
  const russia = findEvent(coded, 'RUS', 'USA', '12');
  const china = findEvent(coded, 'CHN', 'USA', '12');
  assert.deepEqual([russia.evidence.start, russia.evidence.end], [china.evidence.start, china.evidence.end], 'one sentence');
  const second = coded.indexOf(russia) < coded.indexOf(china) ? china : russia;
  await page.locator(`#event-${second.fingerprint}`).getByRole('button', { name: 'Show in text' }).click();
  assert.ok(await page.evaluate((f) => document.activeElement?.matches('mark.evidence') && (document.activeElement as HTMLElement).dataset.events?.split(' ').includes(f), second.fingerprint));
  assert.ok((await page.locator('mark.evidence.current').count()) >= 1);
  await visit(page, server.url, `#/articles/${seed0}?event=${fp}`);
  assert.match((await page.locator(`#event-${fp}`).getAttribute('class'))!, /current/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an analyst posts a comment in the thread at the end of the report, and it stays', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, `#/articles/${seed0}`);
  const form = page.getByRole('form', { name: 'Write a comment' });
  await form.getByLabel('Your name').fill('Ana Analyst');
  await form.getByLabel('Your comment').fill('The visit began on Sunday, 17 October.');
  await form.getByRole('button', { name: 'Post comment' }).click();
  await page.locator('.comments .comment', { hasText: '17 October' }).waitFor();
  assert.equal(await form.getByLabel('Your comment').inputValue(), '', 'the box is emptied');
  assert.equal(await page.locator('.thread h2 .count').textContent(), '(1)');
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.comments .comment', { hasText: 'Ana Analyst' }).count(), 1);
  const thread = await api(`articles/${seed0}/comments`);
  assert.deepEqual(thread.items.map((c: { author: string; body: string }) => [c.author, c.body]), [['Ana Analyst', 'The visit began on Sunday, 17 October.']]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an analyst corrects an event: a bad value is refused beside its box, a good one is shown with who', async () => {
  const { page, errors } = await openPage(browser, LAPTOP);
  await visit(page, server.url, `#/articles/${seed0}`);
  const fp = findEvent(await events(), 'IRN', 'RUS', '042').fingerprint;
  const card = page.locator(`#event-${fp}`);
  await card.locator('summary', { hasText: 'Correct this event' }).click();
  const form = card.getByRole('form');
  await form.getByLabel('What is wrong').selectOption('cameo');
  await form.getByLabel('Corrected value').fill('43x');
  await form.getByLabel('Your name').fill('Ben Reviewer');
  await form.getByRole('button', { name: 'Save correction' }).click();
  const alert = form.getByRole('alert');
  await alert.waitFor();
  assert.match((await alert.textContent())!, /not a CAMEO code/);
  assert.equal(await form.getByLabel('Corrected value').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).name), 'value', 'focus goes to the box at fault');
  await form.getByLabel('Corrected value').fill('0431');
  await form.getByLabel('Note').fill('Baqeri was received: host side');
  await form.getByRole('button', { name: 'Save correction' }).click();
  const fixed = page.locator(`#event-${fp}`);
  await fixed.locator('.badge.fixed').waitFor();
  const text = await fixed.textContent();
  assert.match(text!, /CAMEO code → 0431/);
  assert.match(text!, /Ben Reviewer/);
  const e = await api(`events/${fp}`);
  assert.deepEqual([e.corrected.cameo, e.corrected.by], ['0431', ['Ben Reviewer']]);
  assert.deepEqual(errors.filter((x) => !/400 \(Bad Request\)/.test(x)), [], 'only the refused request logs');
  await page.close();
});

test('the reader works at phone width: one column, no sideways scrolling', async () => {
  const { page, errors } = await openPage(browser, PHONE);
  await visit(page, server.url, `#/articles/${seed0}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scroll');
  const text = await page.locator('.text-col').boundingBox();
  const events = await page.locator('.events-col').boundingBox();
  assert.ok(events!.y > text!.y + text!.height - 1, 'events below the text');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard: the skip link comes first and moves focus to the content; every control has a label', async () => {
  const { page } = await openPage(browser, LAPTOP);
  await visit(page, server.url, `#/articles/${seed0}`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), `#/articles/${seed0}`, 'the skip link is no route');
  for (const hash of [`#/articles/${seed0}`, '#/events', '#/pair/IRN/RUS', '#/articles', '#/actors']) {
    await visit(page, server.url, hash);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML),
    );
    assert.deepEqual(unlabelled, [], hash);
  }
  await page.close();
});
