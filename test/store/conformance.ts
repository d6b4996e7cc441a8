import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, EventRecord } from '../../src/core/types.js';
import type { Store } from '../../src/store/contract.js';

/** A small frozen event, so the suite does not depend on the coder. */
export function sampleEvent(over: Partial<EventRecord> = {}): EventRecord {
  return {
    source: { code: 'IRNMIL', country: 'IRN', org: null, role: 'MIL', name: 'Mohammad Baqeri' },
    target: { code: 'RUS', country: 'RUS', org: null, role: null, name: 'Russia' },
    cameo: '042', label: 'Make a visit', plover: 'CONSULT', quad: 1, goldstein: 1.9, modality: 'asserted',
    date: '2021-10-17', date_precision: 'day', evidence: { text: 'He arrived in Moscow on Sunday.', start: 10, end: 41 },
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
      const { id: _id, article_id, ...record } = e!;
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
}
