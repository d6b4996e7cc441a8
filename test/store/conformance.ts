import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, EventRecord } from '../../src/core/types.js';
import type { Store } from '../../src/store/contract.js';
import { ArticleWriter } from '../../src/store/article-writer.js';
import { eventQueryConformance } from './event-query-conformance.js';

/** A small frozen event, so the suite does not depend on the coder. */
export function sampleEvent(over: Partial<EventRecord> = {}): EventRecord {
  return {
    source: { code: 'IRNMIL', country: 'IRN', org: null, role: 'MIL', name: 'Mohammad Baqeri' },
    target: { code: 'RUS', country: 'RUS', org: null, role: null, name: 'Russia' },
    cameo: '042', label: 'Make a visit', plover: 'CONSULT', quad: 1, goldstein: 1.9, modality: 'asserted',
    date: '2021-10-17', date_precision: 'day', date_basis: 'stated', evidence: { text: 'He arrived in Moscow on Sunday.', start: 10, end: 41 },
    more_evidence: [], confidence: 0.8, provenance: { stage: 'events', rule: '042.arrive-in', reason: 'test' },
    ...over,
  };
}

export function sampleArticle(id: string, text = 'Iranian commander arrives in Moscow for talks on arms purchases.'): Article {
  return { id, title: `Title ${id}`, published: '2021-10-18', source: 'Test', url: null, text };
}

/**
 * The store contract's conformance suite: the same tests for every backend.
 * `open` returns a fresh, migrated, empty store.
 */
export function storeConformance(name: string, open: () => Promise<Store>): void {
  test(`${name}: an article is stored once, with its entities and events`, async () => {
    const s = await open();
    try {
      const a = sampleArticle('a1');
      const ent = [{ name: 'Iran', type: 'GPE' as const, country: 'IRN', role: null, mentions: [{ text: 'Iranian', start: 0, end: 7 }] }];
      assert.equal(await s.saveArticle(a, ent, [sampleEvent()]), 'inserted');
      assert.equal(await s.saveArticle(a, ent, [sampleEvent()]), 'exists');
      assert.equal(await s.hasArticle('a1'), true);
      const got = await s.getArticle('a1');
      assert.equal(got?.text, a.text);
      assert.equal(got?.events, 1);
      assert.deepEqual(got?.entities, ent);
      const [e] = await s.queryEvents({ article: 'a1' });
      const { id: _id, article_id, fingerprint, ...record } = e!;
      assert.match(fingerprint, /^[0-9a-f]{20}$/);
      assert.equal(article_id, 'a1');
      assert.deepEqual(record, sampleEvent());
    } finally {
      await s.close();
    }
  });

  test(`${name}: event filters combine`, async () => {
    const s = await open();
    try {
      await s.saveArticle(sampleArticle('b1'), [], [
        sampleEvent(),
        sampleEvent({ cameo: '057', label: 'Sign formal agreement', date: '2021-10-01', target: { code: 'CHN', country: 'CHN', org: null, role: null, name: null } }),
        sampleEvent({ cameo: '1231', label: 'Reject', quad: 3, modality: 'planned', date: null, source: { code: 'IGO:UN', country: null, org: 'UN', role: null, name: 'UN' }, target: { code: 'IRN', country: 'IRN', org: null, role: null, name: null }, confidence: 0.4 }),
      ]);
      const n = async (f: Parameters<Store['queryEvents']>[0]) => (await s.queryEvents(f)).length;
      assert.equal(await n({}), 3);
      assert.equal(await n({ pair: ['RUS', 'IRN'] }), 1);
      assert.equal(await n({ actor: 'IRN' }), 3);
      assert.equal(await n({ actor: 'IGO:UN' }), 1);
      assert.equal(await n({ actor: 'Baqeri' }), 2);
      assert.equal(await n({ root: '05' }), 1);
      assert.equal(await n({ cameo: '12' }), 1);
      assert.equal(await n({ quad: 3 }), 1);
      assert.equal(await n({ modality: 'planned' }), 1);
      assert.equal(await n({ from: '2021-10-10' }), 1);
      assert.equal(await n({ from: '2021-10', to: '2021-10' }), 2);
      assert.equal(await n({ minConfidence: 0.5 }), 2);
      assert.equal(await n({ limit: 1 }), 1);
      assert.equal(await s.countEvents({ actor: 'IRN' }), 3);
    } finally {
      await s.close();
    }
  });

  test(`${name}: bad filter values are refused, naming the parameter`, async () => {
    const s = await open();
    try {
      await assert.rejects(s.queryEvents({ root: '4' }), /root '4'/);
      await assert.rejects(s.queryEvents({ from: 'yesterday' }), /from 'yesterday'/);
      await assert.rejects(s.queryEvents({ modality: 'maybe' as never }), /modality 'maybe'/);
    } finally {
      await s.close();
    }
  });

  test(`${name}: events by the article's source and by fingerprint; sorted by date or confidence`, async () => {
    const s = await open();
    try {
      await s.saveArticle({ ...sampleArticle('s1'), source: 'PressTV' }, [], [sampleEvent({ confidence: 0.9, date: '2021-10-17' }), sampleEvent({ cameo: '040', label: 'Consult', confidence: 0.5, date: null })]);
      await s.saveArticle({ ...sampleArticle('s2'), source: 'Other' }, [], [sampleEvent({ confidence: 0.7, date: '2020-01-01' })]);
      assert.deepEqual((await s.queryEvents({ source: 'presstv' })).map((e) => e.article_id), ['s1', 's1']);
      const [one] = await s.queryEvents({ article: 's2' });
      assert.deepEqual((await s.queryEvents({ fingerprint: one!.fingerprint })).map((e) => e.id), [one!.id]);
      const conf = async (sort: 'date' | '-date' | 'confidence' | '-confidence') => (await s.queryEvents({ sort })).map((e) => e.confidence);
      assert.deepEqual(await conf('-confidence'), [0.9, 0.7, 0.5]);
      assert.deepEqual(await conf('confidence'), [0.5, 0.7, 0.9]);
      assert.deepEqual(await conf('-date'), [0.9, 0.7, 0.5], 'newest first, undated last');
      assert.deepEqual(await conf('date'), [0.7, 0.9, 0.5], 'oldest first, undated last');
      await assert.rejects(s.queryEvents({ sort: 'name' as never }), /sort 'name'/);
    } finally {
      await s.close();
    }
  });

  test(`${name}: full-text search finds words, ranks, and survives punctuation`, async () => {
    const s = await open();
    try {
      await s.saveArticle(sampleArticle('c1', 'Iran and Russia schedule joint naval drills for February.'), [], []);
      await s.saveArticle(sampleArticle('c2', 'The embargo on arms was lifted.'), [], []);
      assert.deepEqual((await s.search('naval drills')).map((h) => h.id), ['c1']);
      assert.deepEqual((await s.search('embargo')).map((h) => h.id), ['c2']);
      assert.deepEqual(await s.search('"AND" OR (NEAR'), []);
      await assert.rejects(s.search('  '), /no words/);
    } finally {
      await s.close();
    }
  });

  test(`${name}: re-processing replaces the coder's output of one article only`, async () => {
    const s = await open();
    try {
      await s.saveArticle(sampleArticle('d1'), [], [sampleEvent()]);
      await s.saveArticle(sampleArticle('d2'), [], [sampleEvent()]);
      await s.replaceExtraction('d1', [], [sampleEvent({ cameo: '040', label: 'Consult' }), sampleEvent({ cameo: '046', label: 'Engage in negotiation' })]);
      assert.equal(await s.countEvents({ article: 'd1' }), 2);
      assert.equal(await s.countEvents({ article: 'd2' }), 1);
    } finally {
      await s.close();
    }
  });

  test(`${name}: migrating twice is harmless`, async () => {
    const s = await open();
    try {
      const v = await s.migrate();
      assert.equal(await s.migrate(), v);
    } finally {
      await s.close();
    }
  });

  test(`${name}: comments on articles and events; corrections survive re-processing`, async () => {
    const s = await open();
    try {
      await s.saveArticle(sampleArticle('e1'), [], [sampleEvent()]);
      const [ev] = await s.queryEvents({ article: 'e1' });
      const c1 = await s.addComment({ target: { kind: 'article', id: 'e1' }, author: 'ana', body: 'Check the date.' });
      assert.equal(c1.article_id, 'e1');
      await s.addComment({ target: { kind: 'event', id: ev!.fingerprint }, author: 'ben', body: 'Host side missing.' });
      assert.deepEqual((await s.listComments({ kind: 'article', id: 'e1' })).map((c) => c.body), ['Check the date.']);
      assert.equal((await s.listComments({ kind: 'event', id: ev!.fingerprint }))[0]!.article_id, 'e1');
      await assert.rejects(s.addComment({ target: { kind: 'article', id: 'nope' }, author: 'a', body: 'b' }), /no article/);
      await assert.rejects(s.addComment({ target: { kind: 'article', id: 'e1' }, author: 'a', body: '  ' }), /needs a body/);

      const fix = await s.addCorrection({ article_id: 'e1', fingerprint: ev!.fingerprint, field: 'cameo', value: '043', note: 'host', author: 'ana' });
      assert.ok(fix.id > 0 && fix.created_at);
      await assert.rejects(s.addCorrection({ article_id: 'e1', fingerprint: ev!.fingerprint, field: 'cameo', value: 'x', note: null, author: 'ana' }), /not a CAMEO code/);
      await assert.rejects(s.addCorrection({ article_id: 'e1', fingerprint: 'nope', field: 'not_event', value: null, note: null, author: 'ana' }), /no event/);
      // re-coding the same article keeps the fingerprint, and the correction stays
      await s.replaceExtraction('e1', [], [sampleEvent()]);
      const [again] = await s.queryEvents({ article: 'e1' });
      assert.equal(again!.fingerprint, ev!.fingerprint);
      assert.deepEqual((await s.listCorrections('e1')).map((c) => [c.field, c.value, c.author]), [['cameo', '043', 'ana']]);
      assert.equal((await s.listCorrections()).length, 1);
    } finally {
      await s.close();
    }
  });

  test(`${name}: pair trends by month and quad class; top pairs, actors, partners, stats`, async () => {
    const s = await open();
    try {
      await s.saveArticle(sampleArticle('f1'), [], [
        sampleEvent({ date: '2021-10-17' }),
        sampleEvent({ cameo: '190', label: 'Use conventional military force', quad: 4, goldstein: -10, date: '2021-10-02', source: { code: 'RUS', country: 'RUS', org: null, role: null, name: 'Russia' }, target: { code: 'IRN', country: 'IRN', org: null, role: null, name: 'Iran' } }),
        sampleEvent({ date: '2021-12' , target: { code: 'CHN', country: 'CHN', org: null, role: null, name: 'China' } }),
        sampleEvent({ date: null }),
      ]);
      const trend = await s.dyadTrend('IRN', 'RUS');
      assert.deepEqual(trend, [{ month: '2021-10', quad: [1, 0, 0, 1], goldstein_mean: -4.05, events: 2 }]);
      assert.deepEqual(await s.dyadTrend('IRN', 'RUS', '2021-11', '2022'), []);
      assert.deepEqual((await s.topPairs(1))[0], ['IRN', 'RUS', 3]);
      const actors = await s.actors();
      assert.equal(actors[0]!.key, 'IRN');
      assert.equal(actors[0]!.events, 4);
      assert.deepEqual((await s.actors('chin')).map((a) => a.key), ['CHN']);
      assert.deepEqual((await s.partners('IRN')).map((a) => [a.key, a.events]), [['RUS', 3], ['CHN', 1]]);
      const st = await s.stats();
      assert.deepEqual([st.articles, st.events, st.actors, st.first_date, st.last_date], [1, 4, 3, '2021-10-02', '2021-12']);
    } finally {
      await s.close();
    }
  });

  test(`${name}: a batch commits together; an article that fails is rolled back alone; the same id twice is stored once`, async () => {
    const s = await open();
    try {
      // A real failure from the database: an event without a CAMEO code breaks a NOT NULL constraint.
      const broken = sampleEvent({ cameo: null as unknown as string });
      const results = await s.saveArticles([
        { article: sampleArticle('g1'), entities: [], events: [sampleEvent()] },
        { article: sampleArticle('g2'), entities: [], events: [sampleEvent(), broken] },
        { article: sampleArticle('g3'), entities: [], events: [sampleEvent(), sampleEvent({ cameo: '057' })] },
        { article: sampleArticle('g1'), entities: [], events: [sampleEvent()] },
      ]);
      assert.equal(results[0], 'inserted');
      assert.ok(results[1] instanceof Error, 'the broken article is reported as its error');
      assert.match((results[1] as Error).message, /null|NOT NULL/i);
      assert.deepEqual(results.slice(2), ['inserted', 'exists']);
      assert.equal(await s.hasArticle('g2'), false, 'nothing of the broken article is kept');
      assert.deepEqual((await s.search('Iranian commander')).map((h) => h.id).sort(), ['g1', 'g3']);
      assert.deepEqual([(await s.stats()).articles, await s.countEvents({})], [2, 3]);
    } finally {
      await s.close();
    }
  });

  test(`${name}: ArticleWriter stores nothing until its batch commits, and sees its own open batch`, async () => {
    const s = await open();
    try {
      const writer = new ArticleWriter(s, { maxArticles: 3, maxDelayMs: 60_000 });
      let committed = 0;
      const saves = ['w1', 'w2', 'w1'].map((id) => writer.save({ article: sampleArticle(id), entities: [], events: [sampleEvent()] }).then((r) => (committed++, r)));
      assert.equal(await writer.has('w2'), true, 'an article waiting in the open batch is not coded again');
      assert.equal(await writer.has('w9'), false);
      assert.deepEqual(await Promise.all(saves), ['inserted', 'inserted', 'exists'], 'the third save filled the batch, which committed');
      assert.equal(committed, 3);
      const late = writer.save({ article: sampleArticle('w3'), entities: [], events: [] });
      assert.equal(await s.hasArticle('w3'), false, 'not stored before the commit');
      await writer.close();
      assert.equal(await late, 'inserted');
      assert.equal(await s.hasArticle('w3'), true);
      assert.equal((await s.stats()).articles, 3);
    } finally {
      await s.close();
    }
  });

  eventQueryConformance(name, open);
}
