import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EventRecord } from '../../src/core/types.js';
import { articleFromText } from '../../src/ingest/text-file.js';
import { shared } from '../helpers/paths.js';
import { pipeline } from '../helpers/pipeline.js';

// The acts the seed reports must yield (the end-to-end issue's "must show"), found by the
// general pipeline: no seed-specific code. Each carries the sentence it came from.
const code = (name: string) => {
  const article = articleFromText(readFileSync(join(shared, 'corpus/seeds', name), 'utf8'), null);
  return { article, events: pipeline().run(article).events ?? [] };
};
const key = (a: EventRecord['source']) => a.country ?? `IGO:${a.org}`;
function find(events: EventRecord[], source: string, target: string, cameo: string, symmetric = false): EventRecord | undefined {
  return events.find((e) => e.cameo.startsWith(cameo) && ((key(e.source) === source && key(e.target) === target) || (symmetric && key(e.source) === target && key(e.target) === source)));
}

test('seed-000: the visit to Moscow, the agreements, the vote, the embargo, the planned drills', () => {
  const { article, events } = code('seed-000.txt');
  const show = (e: EventRecord | undefined, what: string) => {
    assert.ok(e, `${what} not found among ${events.map((x) => `${x.source.code}>${x.target.code}:${x.cameo}`).join(' ')}`);
    assert.equal(article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text, `${what}: evidence offsets`);
    return e;
  };
  const visit = show(find(events, 'IRN', 'RUS', '042'), 'visit of Iran’s chief of staff to Russia');
  assert.equal(visit.date, '2021-10-17');
  assert.equal(visit.source.role, 'MIL');
  show(find(events, 'IRN', 'RUS', '057', true), 'Iran–Russia agreements signed');
  show(find(events, 'RUS', 'USA', '12'), 'Russia rejecting the US');
  show(find(events, 'CHN', 'USA', '12'), 'China rejecting the US');
  const embargo = show(find(events, 'IGO:UN', 'IRN', '085'), 'UN easing the embargo');
  assert.equal(embargo.date, '2020-10-18');
  const drills = show(find(events, 'IRN', 'PAK', '062', true), 'Iran–Pakistan drills');
  assert.equal(drills.modality, 'planned');
});

test('seed-003: Shoigu’s visit to Iran and the February 2024 drills', () => {
  const { article, events } = code('seed-003.txt');
  assert.equal(article.published, '2023-09-20');
  const visit = find(events, 'RUS', 'IRN', '042');
  assert.ok(visit, events.map((x) => `${x.source.code}>${x.target.code}:${x.cameo}`).join(' '));
  assert.equal(visit.date, '2023-09-19');
  assert.equal(visit.source.name, 'Sergei Shoigu');
  assert.equal(visit.source.role, 'MIL'); // defence minister in 2023, not yet Security Council secretary
  const drills = find(events, 'IRN', 'RUS', '062', true);
  assert.ok(drills);
  assert.equal(drills.modality, 'planned');
  assert.equal(drills.date, '2024-02');
  assert.equal(drills.date_precision, 'month');
  assert.equal(article.text.slice(drills.evidence.start, drills.evidence.end), drills.evidence.text);
});
