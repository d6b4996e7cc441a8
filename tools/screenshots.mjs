#!/usr/bin/env node
// Regenerates docs/screenshots/*.png: each page of the UI at laptop width, the reader also
// at phone width, over the UI tests' fixture: the seed reports and the examples, ingested
// through the API and coded by the coder as it is today (nothing pinned), with one comment
// and one correction made through the API. Run after a build: npm run build && node tools/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => join(root, 'dist', p);
const { launchChromium, LAPTOP, PHONE } = await import(dist('test/ui/browser.js'));
const { startUiServer } = await import(dist('test/ui/server.js'));
const { findEvent, seedId } = await import(dist('test/helpers/seed-fixture.js'));

const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

// Corrections an analyst would make to today's coder output of seed-000, each made when the
// coder still makes its error (a coder that no longer errs leaves nothing to correct).
const CORRECTIONS = [
  {
    find: (events) => events.find((e) => e.cameo === '0312' && e.source.code === 'IRNGOV' && /^Top commander/.test(e.evidence.text)),
    correction: { field: 'source', value: 'IRNMIL', note: 'The top commander speaks for the armed forces, not the government.', author: 'Ana Analyst' },
  },
  {
    find: (events) => events.find((e) => e.cameo.startsWith('163') && e.source.code === 'IGO:UN' && /termination/.test(e.evidence.text)),
    correction: { field: 'not_event', value: null, note: 'The sentence tells of the embargo ending, not of one imposed.', author: 'Ana Analyst' },
  },
];

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
  const visit = findEvent(events, 'IRN', 'RUS', '042');
  await api(`articles/${seed}/comments`, { author: 'Ben Reviewer', body: 'The visit began on Sunday 17 October; the report is dated the 18th.' });
  // the reader shows the first corrected event, in text order (the article lists its events so)
  const corrected = new Set();
  for (const { find, correction } of CORRECTIONS) {
    const e = find(events);
    if (!e) continue;
    await api(`events/${e.fingerprint}/corrections`, correction);
    corrected.add(e.fingerprint);
  }
  if (!corrected.size) console.warn('the coder makes none of the errors corrected here: the screenshots show no correction');
  const selected = events.find((e) => corrected.has(e.fingerprint)) ?? visit;

  const shots = [
    ['overview', '#/', LAPTOP],
    ['events', '#/events?pair=IRN%2CRUS', LAPTOP],
    ['reader', `#/articles/${seed}?event=${selected.fingerprint}`, LAPTOP],
    ['reader-phone', `#/articles/${seed}`, PHONE],
    ['pair', '#/pair/IRN/RUS?month=2021-10', LAPTOP],
    ['actors', '#/actors', LAPTOP],
    ['actor', '#/actors/RUS', LAPTOP],
  ];
  for (const [name, hash, viewport] of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: !name.startsWith('reader') });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
