import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { findEvent, seedId, type Coded } from '../helpers/seed-fixture.js';
import { fixture, type Fixture } from './fixture.js';

let f: Fixture;
let seed0: string;
let fp: string;
before(async () => {
  f = await fixture({ seeded: true });
  seed0 = seedId('seed-000');
  const events = (await f.get(`/api/events?article=${seed0}&cameo=042&pair=IRN,RUS`)).body.items as (Coded & { fingerprint: string })[];
  fp = findEvent(events, 'IRN', 'RUS', '042').fingerprint;
  await f.post(`/api/events/${fp}/corrections`, { field: 'cameo', value: '0431', note: 'host side, "received"', author: 'Ana' });
  await f.post(`/api/events/${fp}/corrections`, { field: 'date', value: null, author: 'Ben' });
});
after(() => f.close());

/** RFC 4180 rows: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      row.push(cell);
      cell = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else cell += ch;
  }
  return rows;
}

test('GET /api/export.csv: the filtered events as CSV with correction columns, who and when', async () => {
  const r = await f.get(`/api/export.csv?article=${seed0}&pair=IRN,RUS`);
  assert.equal(r.status, 200);
  assert.match(r.res.headers.get('content-type')!, /^text\/csv/);
  assert.match(r.res.headers.get('content-disposition')!, /attachment; filename="attache-events\.csv"/);
  const [head, ...rows] = parseCsv(r.body);
  assert.deepEqual(head!.slice(0, 3), ['id', 'article_id', 'date']);
  for (const col of ['fingerprint', 'corrected_cameo', 'corrected_source', 'corrected_target', 'corrected_modality', 'corrected_date', 'not_event', 'corrected_by', 'corrected_at']) assert.ok(head!.includes(col), col);
  const want = (await f.get(`/api/events?article=${seed0}&pair=IRN,RUS&limit=1000`)).body.items.map((e: { fingerprint: string }) => e.fingerprint);
  assert.ok(want.length >= 2, 'the visit and the agreements at least');
  assert.deepEqual(rows.map((row) => row[head!.indexOf('fingerprint')]), want, 'the same events, in the same order');
  const get = (row: string[], col: string) => row[head!.indexOf(col)];
  const fixed = rows.find((row) => get(row, 'fingerprint') === fp)!;
  assert.deepEqual([get(fixed, 'cameo'), get(fixed, 'corrected_cameo'), get(fixed, 'corrected_date'), get(fixed, 'corrected_by')], ['042', '0431', 'unknown', 'Ana; Ben']);
  assert.ok(Date.parse(get(fixed, 'corrected_at')!));
  for (const row of rows.filter((x) => x !== fixed)) assert.equal(get(row, 'corrected_by'), '');
  assert.ok(rows.every((row) => row.length === head!.length));
});

test('GET /api/export.jsonl: one full event a line, with its corrections', async () => {
  const r = await f.get(`/api/export.jsonl?article=${seed0}&sort=date&limit=3`);
  assert.equal(r.status, 200);
  assert.match(r.res.headers.get('content-type')!, /^application\/x-ndjson/);
  const lines = (r.body as string).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  for (const e of lines) assert.ok(e.evidence && Array.isArray(e.corrections) && 'corrected' in e);
  const all = (await f.get(`/api/export.jsonl?article=${seed0}`)).body.trim().split('\n').map((l: string) => JSON.parse(l));
  assert.ok(all.length > 3);
  assert.equal(all.length, (await f.get(`/api/events?article=${seed0}&limit=1`)).body.total, 'no limit: every matching event');
  const fixed = all.find((e: { fingerprint: string }) => e.fingerprint === fp);
  assert.deepEqual(fixed.corrections.map((c: { field: string; author: string }) => [c.field, c.author]), [['cameo', 'Ana'], ['date', 'Ben']]);
});

test('exports refuse bad filters like GET /api/events', async () => {
  for (const path of ['/api/export.csv?root=4', '/api/export.jsonl?quad=9', '/api/export.csv?limit=0', '/api/export.csv?offset=1']) {
    const r = await f.get(path);
    assert.equal(r.status, 400, path);
    assert.equal(r.body.parameter, new URL(path, 'http://x').searchParams.keys().next().value, path);
  }
});
