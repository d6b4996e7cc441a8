#!/usr/bin/env node
// Regenerates docs/screenshots/*.png: each page of the UI at laptop width, the reader also
// at phone width, over the UI tests' fixture (the seeds with their gold events, and the
// examples as the coder codes them), with one comment and one correction made through
// the API. Run after a build: npm run build && node tools/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => join(root, 'dist', p);
const { launchChromium, LAPTOP, PHONE } = await import(dist('test/ui/browser.js'));
const { startUiServer } = await import(dist('test/ui/server.js'));
const { seedId } = await import(dist('test/helpers/seed-fixture.js'));

const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

const server = await startUiServer();
const browser = await launchChromium();
try {
  const seed = seedId('seed-000');
  const api = async (path, body) => {
    const res = await fetch(`${server.url}/api/${path}`, { method: body ? 'POST' : 'GET', headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const { events } = await api(`articles/${seed}`);
  const visit = events.find((e) => e.cameo === '042') ?? events[0];
  await api(`articles/${seed}/comments`, { author: 'Ana Analyst', body: 'The visit began on Sunday 17 October; the report is dated the 18th.' });
  await api(`events/${visit.fingerprint}/corrections`, { field: 'cameo', value: '0431', note: 'Baqeri was received by Shoigu: host side', author: 'Ana Analyst' });

  const shots = [
    ['overview', '#/', LAPTOP],
    ['events', '#/events?pair=IRN%2CRUS', LAPTOP],
    ['reader', `#/articles/${seed}?event=${visit.fingerprint}`, LAPTOP],
    ['reader-phone', `#/articles/${seed}`, PHONE],
    ['pair', '#/pair/IRN/RUS?month=2021-10', LAPTOP],
    ['actors', '#/actors', LAPTOP],
    ['actor', '#/actors/RUS', LAPTOP],
  ];
  for (const [name, hash, viewport] of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: name !== 'reader' });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
