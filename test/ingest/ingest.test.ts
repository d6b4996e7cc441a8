import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleFromHtml } from '../../src/ingest/html-file.js';
import { articleFromJson, articlesFromJsonl } from '../../src/ingest/jsonl-file.js';
import { listInputs, readFile } from '../../src/ingest/read.js';
import { articleFromText } from '../../src/ingest/text-file.js';
import { root, shared, tempDir } from '../helpers/paths.js';

test('seed-000: title, dateline, source credit; site chrome removed', () => {
  const a = articleFromText(readFileSync(join(shared, 'corpus/seeds/seed-000.txt'), 'utf8'), null);
  assert.equal(a.title, 'Top commander says Iran firm to boost military cooperation with Russia');
  assert.equal(a.published, '2021-10-18');
  assert.equal(a.source, 'PressTV');
  assert.ok(!/News ID|Write your comment/.test(a.text));
  assert.ok(a.text.includes('Baqeri travelled to Moscow'));
});

test('seed-003: " date 2023-09-20 Title" and a byline', () => {
  const a = articleFromText(readFileSync(join(shared, 'corpus/seeds/seed-003.txt'), 'utf8'), null);
  assert.equal(a.title, 'Top Gen.: Iran, Russia Working on Long-Term Military Cooperation Pact');
  assert.equal(a.published, '2023-09-20');
  assert.equal(a.source, 'Staff, Agencies');
});

test('the same text gets the same id', () => {
  const one = articleFromText('Title here\n\nIran and Russia met.', null);
  const two = articleFromText('Title here\n\nIran and Russia met.', 'file:///elsewhere.txt');
  assert.equal(one.id, two.id);
  assert.match(one.id, /^a-[0-9a-f]{16}$/);
});

test('HTML: main content without navigation, title and date from meta', () => {
  const a = articleFromHtml(readFileSync(join(root, 'examples/2022-06-turkey-sweden.html'), 'utf8'), null);
  assert.equal(a.published, '2022-06-29');
  assert.match(a.title ?? '', /Turkey lifts its objection/);
  assert.ok(a.text.includes('Stoltenberg welcomed'));
  assert.ok(!a.text.includes('Sign in'));
  assert.ok(!a.text.includes('Football results'));
});

test('JSON article: text kept exactly, missing metadata found in it', () => {
  const text = ' date 2023-09-20 A headline here\n\nBody text.';
  const a = articleFromJson({ id: 'x', title: null, published: null, source: null, url: null, text }, 'test');
  assert.equal(a.text, text);
  assert.equal(a.published, '2023-09-20');
  assert.equal(a.title, 'A headline here');
});

test('JSON lines: a bad line is reported with its number, the others are read', () => {
  const r = articlesFromJsonl('{"id":"a","text":"One."}\nnot json\n{"id":"b"}\n{"id":"c","text":"Three."}\n', 'f.jsonl');
  assert.deepEqual(r.articles.map((a) => a.id), ['a', 'c']);
  assert.deepEqual(r.errors.map((e) => e.where), ['f.jsonl:2', 'f.jsonl:3']);
  assert.match(r.errors[1]!.message, /"text" is missing/);
});

test('a bad published date is refused with what to write instead', () => {
  assert.throws(() => articleFromJson({ text: 'x', published: 'last Tuesday' }, 'w'), /not YYYY-MM-DD/);
});

test('folders are read recursively; unknown types named; empty files reported', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Title line\n\nIran met Russia.');
  writeFileSync(join(dir, 'b.pdf'), '%PDF');
  writeFileSync(join(dir, 'empty.txt'), '');
  const { files, errors } = listInputs([dir, join(dir, 'b.pdf'), join(dir, 'missing.txt')]);
  assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), ['a.txt', 'empty.txt']);
  assert.equal(errors.length, 2);
  assert.match(readFile(join(dir, 'empty.txt')).errors[0]!.message, /empty/);
});
