import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attache } from '../helpers/cli.js';
import { root, shared, tempDir } from '../helpers/paths.js';

test('end to end: ingest the examples and the seeds into a temporary SQLite file, then query it', () => {
  const dir = tempDir();
  const db = join(dir, 'e2e.db');
  const inputs = join(dir, 'in');
  mkdirSync(join(inputs, 'nested'), { recursive: true });
  copyFileSync(join(shared, 'corpus/seeds/seed-000.txt'), join(inputs, 'seed-000.txt'));
  copyFileSync(join(shared, 'corpus/seeds/seed-003.txt'), join(inputs, 'nested', 'seed-003.txt'));

  const first = attache(['ingest', join(root, 'examples'), inputs, '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /6 article\(s\): 6 stored, 0 already stored/);

  const again = attache(['ingest', inputs, '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /2 article\(s\): 0 stored, 2 already stored/);

  const list = attache(['articles', '--db', db, '--format', 'json']);
  const articles = JSON.parse(list.stdout) as { id: string; title: string; published: string }[];
  assert.equal(articles.length, 6);
  const seed = articles.find((a) => a.published === '2021-10-18')!;
  assert.equal(seed.title, 'Top commander says Iran firm to boost military cooperation with Russia');

  const events = JSON.parse(attache(['events', '--db', db, '--pair', 'IRN,RUS', '--format', 'json']).stdout) as { cameo: string; date: string | null; evidence: { text: string } }[];
  assert.ok(events.some((e) => e.cameo === '042' && e.date === '2021-10-17'), JSON.stringify(events.map((e) => [e.cameo, e.date])));
  for (const e of events) assert.ok(e.evidence.text.length > 0);

  const csv = attache(['events', '--db', db, '--root', '04', '--format', 'csv']);
  assert.equal(csv.status, 0);
  assert.match(csv.stdout.split('\n')[0]!, /^id,article_id,date/);
  assert.ok(csv.stdout.split('\n').slice(1).filter(Boolean).every((l) => /,04\d/.test(l)));

  const table = attache(['events', '--db', db, '--modality', 'planned']);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /planned/);

  const shown = attache(['articles', 'show', seed.id, '--db', db]);
  assert.match(shown.stdout, /event\(s\)/);

  const hits = JSON.parse(attache(['search', 'naval drills', '--db', db, '--format', 'json']).stdout) as { id: string }[];
  assert.ok(hits.length >= 1);
});

test('ATTACHE_DB names the store when --db is absent', () => {
  const db = join(tempDir(), 'env.db');
  const r = attache(['ingest', join(root, 'examples', 'wire-2023.jsonl')], { env: { ATTACHE_DB: db } });
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(attache(['articles', '--format', 'json'], { env: { ATTACHE_DB: db } }).stdout) as unknown[];
  assert.equal(list.length, 2);
});

test('one bad file is reported and skipped; the batch goes on; the exit status says it failed', () => {
  const dir = tempDir();
  const db = join(dir, 'bad.db');
  writeFileSync(join(dir, 'good.txt'), 'Egypt and Sudan sign a water deal\n\nMarch 3, 2022\nEgypt signed an agreement with Sudan on Sunday.');
  writeFileSync(join(dir, 'broken.jsonl'), '{"id": "ok", "text": "Chile and Peru held talks."}\n{broken\n');
  const r = attache(['ingest', dir, '--db', db]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.jsonl:2: not valid JSON/);
  const list = JSON.parse(attache(['articles', '--db', db, '--format', 'json']).stdout) as unknown[];
  assert.equal(list.length, 2);
});

test('extract writes one extraction line per article, reading stdin and writing stdout', () => {
  const input = `${JSON.stringify({ id: 'x1', title: 'T', published: '2022-05-02', source: null, url: null, text: 'China and Russia held joint naval drills on Sunday.' })}\n`;
  const r = attache(['extract', '--input', '-', '--output', '-'], { input });
  assert.equal(r.status, 0, r.stderr);
  const line = JSON.parse(r.stdout.trim()) as { id: string; events: { cameo: string; date: string; evidence: { start: number; end: number } }[] };
  assert.equal(line.id, 'x1');
  const drill = line.events.find((e) => e.cameo.startsWith('06'));
  assert.ok(drill, r.stdout);
  assert.equal(drill.date, '2022-05-01');
});

test('bad input gets a clear error and a non-zero exit', () => {
  const db = join(tempDir(), 'x.db');
  const cases: [string[], RegExp][] = [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['ingest', '--db', db], /needs at least one file or folder/],
    [['events', '--db', db, '--root', 'x'], /root 'x' is not a two-digit CAMEO root/],
    [['events', '--db', db, '--format', 'xml'], /--format 'xml'/],
    [['events', '--db', db, '--bogus'], /Unknown option '--bogus'/],
    [['extract', '--input', '/nonexistent.jsonl'], /no such input file/],
    [['articles', 'show', 'nope', '--db', db], /no article with id 'nope'/],
    [['search', '--db', db], /search needs a query/],
  ];
  for (const [args, message] of cases) {
    const r = attache(args);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
});
