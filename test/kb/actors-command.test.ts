import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeName } from '../../src/cli/commands/actors.js';
import { importDictionaries } from '../../src/kb/petrarch/import.js';
import { loadKnowledgeBase } from '../../src/pipeline/default.js';
import { attache } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const kb = loadKnowledgeBase({ extraKb: [] });

test('Shoigu in 2023: the Minister of Defence, RUS MIL', () => {
  const r = describeName(kb, 'Shoigu', '2023-09-20');
  const shoigu = r.entries.find((e) => e.name === 'Sergei Shoigu');
  assert.ok(shoigu, JSON.stringify(r.entries.map((e) => e.name)));
  assert.equal(shoigu.kind, 'person');
  assert.equal(shoigu.roleAtDate?.title, 'Minister of Defence');
  assert.deepEqual([shoigu.country, shoigu.role, shoigu.code], ['RUS', 'MIL', 'RUSMIL']);
  assert.equal(shoigu.roleAtDate?.from, '2012-11-06');
  assert.equal(shoigu.roleAtDate?.to, '2024-05-12');
  assert.ok(shoigu.roles.length >= 3);
  assert.equal(shoigu.roles.filter((x) => x.inForce).length, 1);
  assert.match(shoigu.source, /^data\/kb\/people\/.*\.tsv:\d+$/);
  assert.ok(shoigu.roles.every((x) => /\.tsv:\d+$/.test(x.source ?? '')), 'each office names its data file and line');
  assert.deepEqual(r.coder.map((c) => c.code), ['RUSMIL']);
});

test('Shoigu in 2025: Secretary of the Security Council, RUS GOV', () => {
  const r = describeName(kb, 'Shoigu', '2025-01-01');
  const shoigu = r.entries.find((e) => e.name === 'Sergei Shoigu')!;
  assert.equal(shoigu.roleAtDate?.title, 'Secretary of the Security Council');
  assert.deepEqual([shoigu.country, shoigu.role, shoigu.code], ['RUS', 'GOV', 'RUSGOV']);
  assert.deepEqual(r.coder.map((c) => c.code), ['RUSGOV']);
});

test('a name that means several things lists each: a state and its demonym, a capital', () => {
  const russia = describeName(kb, 'Russia', null);
  assert.ok(russia.entries.some((e) => e.kind === 'country' && e.code === 'RUS'));
  const moscow = describeName(kb, 'Moscow', null);
  assert.ok(moscow.entries.some((e) => e.kind === 'capital' && e.country === 'RUS'));
});

test('an unknown name has no entries', () => {
  assert.deepEqual(describeName(kb, 'Frobozz Quux', null).entries, []);
});

test('cli: attache actors Shoigu --date 2023-09-20 vs 2025-01-01', () => {
  const a = attache(['actors', 'Shoigu', '--date', '2023-09-20']);
  assert.equal(a.status, 0, a.stderr);
  assert.match(a.stdout, /Sergei Shoigu/);
  assert.match(a.stdout, /on 2023-09-20: RUS MIL, Minister of Defence \(2012-11-06–2024-05-12\) → code RUSMIL/);
  assert.match(a.stdout, /data\/kb\/people\/[\w-]+\.tsv:\d+/);
  const b = attache(['actors', 'Shoigu', '--date', '2025-01-01']);
  assert.match(b.stdout, /on 2025-01-01: RUS GOV, Secretary of the Security Council \(2024-05-12–\) → code RUSGOV/);
  const json = JSON.parse(attache(['actors', 'Shoigu', '--date', '2025-01-01', '--json']).stdout);
  assert.equal(json.entries[0].roleAtDate.title, 'Secretary of the Security Council');
});

test('cli: an unknown name says so, points to kb import and the data files, and exits non-zero', () => {
  const r = attache(['actors', 'Frobozz Quux']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no knowledge-base entry is named "Frobozz Quux"/);
  assert.match(r.stderr, /attache kb import/);
  assert.match(r.stderr, /data\/kb/);
  assert.equal(attache(['actors']).status, 2, 'no name is a usage error');
  assert.equal(attache(['actors', 'Shoigu', '--date', '20-01-2023']).status, 2);
});

test('cli: actors --kb shows an imported actor, its dated codes and the file they came from', () => {
  const dir = tempDir('attache-actors-kb-');
  writeFileSync(join(dir, 'actors.txt'), 'GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n');
  importDictionaries({ actors: join(dir, 'actors.txt'), out: join(dir, 'kb') });
  const r = attache(['actors', 'Smeagol', '--date', '1996-01-01', '--kb', join(dir, 'kb')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /person: Gollum/);
  assert.match(r.stdout, /on 1996-01-01: HOB GOV, PETRARCH code HOBGOV \(1995-06-01–1999-08-15\) → code HOBGOV/);
  assert.match(r.stdout, /kb\/people\/petrarch\.tsv:\d+/);
  assert.equal(attache(['actors', 'Smeagol']).status, 1, 'unknown without the folder');
});
