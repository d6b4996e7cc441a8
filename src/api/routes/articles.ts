import { ingestArticle } from '../../app/ingest.js';
import { withCorrections } from '../../app/corrections.js';
import { UserError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { articleFromJson } from '../../ingest/jsonl-file.js';
import { readJson } from '../body.js';
import { badParameter } from '../errors.js';
import { pageParams } from '../event-query.js';
import { requireArticle } from '../lookup.js';
import { pathParam, queryParam, type RouteSpec } from '../route.js';
import { errorOf, ref } from '../schemas.js';

/** Most articles one POST may carry; the 2 MB body limit usually comes first. */
const MAX_BATCH = 1000;
const SEARCH_MAX = 500;

const listArticles: RouteSpec = {
  method: 'get',
  path: '/api/articles',
  operationId: 'listArticles',
  tag: 'articles',
  summary: 'List articles, newest first, or search their text',
  description: 'With `q`, a full-text search (SQLite FTS5; words are matched as words, "quoted phrases" as phrases), best match first.',
  params: [queryParam('q', 'Words to search for in titles and text.'), ...pageParams(50, SEARCH_MAX)],
  responses: {
    200: {
      description: '`items` are article summaries, or search hits when `q` is given; `total` counts all articles, or all hits up to 500.',
      schema: { type: 'object', properties: { total: { type: 'integer' }, query: { type: 'string' }, items: { type: 'array', items: { oneOf: [ref('ArticleSummary'), ref('SearchHit')] } } } },
    },
    400: errorOf('a bad parameter'),
  },
  async handle({ c, deps, query }) {
    const limit = query.int('limit', { min: 1, max: SEARCH_MAX }) ?? 50;
    const offset = query.int('offset', { min: 0, max: 1e9 }) ?? 0;
    const q = query.string('q');
    if (q) {
      let hits;
      try {
        hits = await deps.store.search(q, SEARCH_MAX);
      } catch (e) {
        if (e instanceof UserError) throw badParameter('q', e, 'give one or more words, e.g. q=naval drills');
        throw e;
      }
      return c.json({ query: q, total: hits.length, items: hits.slice(offset, offset + limit) });
    }
    const [items, stats] = await Promise.all([deps.store.listArticles({ limit, offset }), deps.store.stats()]);
    return c.json({ total: stats.articles, items });
  },
};

const getArticle: RouteSpec = {
  method: 'get',
  path: '/api/articles/{id}',
  operationId: 'getArticle',
  tag: 'articles',
  summary: 'One article: its text, entities with mention spans, events (in text order) with evidence spans, comments and corrections',
  params: [pathParam('id', 'The article id.')],
  responses: { 200: { description: 'the article', schema: ref('Article') }, 404: errorOf('no such article') },
  async handle({ c, deps, path }) {
    const { store } = deps;
    const article = await requireArticle(store, path('id'));
    const events = (await withCorrections(store, await store.queryEvents({ article: article.id }))).sort((a, b) => a.evidence.start - b.evidence.start || a.id - b.id);
    const [eventComments, comments, corrections] = await Promise.all([
      Promise.all(events.map((e) => store.listComments({ kind: 'event', id: e.fingerprint }))),
      store.listComments({ kind: 'article', id: article.id }),
      store.listCorrections(article.id),
    ]);
    return c.json({ ...article, events: events.map((e, i) => ({ ...e, comments: eventComments[i] })), comments, corrections });
  },
};

/** Checks one article of a request body; the 400 names the field, prefixed by its index in a batch. */
function articleOf(value: unknown, at: string): Article {
  const name = (field: string) => (at ? `${at}.${field}` : field);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw badParameter(at || 'body', `${at || 'the body'} is not a JSON object`, 'send {"text": "...", "title"?, "published"?, "source"?, "url"?, "id"?} or an array of them');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || !o.text.trim()) throw badParameter(name('text'), `${name('text')} is missing or empty`, 'give the article body as a string in "text"');
  for (const field of ['id', 'title', 'published', 'source', 'url']) {
    if (o[field] !== undefined && o[field] !== null && typeof o[field] !== 'string') throw badParameter(name(field), `${name(field)} must be a string or null`);
  }
  try {
    return articleFromJson(o, at || 'body');
  } catch (e) {
    // with the shape checked above, the only refusal left is the publication date
    if (e instanceof UserError) throw badParameter(name('published'), e);
    throw e;
  }
}

const postArticles: RouteSpec = {
  method: 'post',
  path: '/api/articles',
  operationId: 'ingestArticles',
  tag: 'articles',
  summary: 'Ingest one article or an array of them: code with the default pipeline and store',
  description: 'Every article is checked before any is stored. An article already stored (same id) is not re-coded. Needs the write token when the server has one.',
  body: { description: 'An article, or an array of up to 1000.', schema: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput'), maxItems: MAX_BATCH }] } },
  responses: {
    201: { description: 'at least one article was stored', schema: ref('IngestResult') },
    200: { description: 'every article was already stored', schema: ref('IngestResult') },
    400: errorOf('a bad article; `parameter` names the field, e.g. `[2].text`'),
  },
  async handle({ c, deps }) {
    const body = await readJson(c);
    const values = Array.isArray(body) ? body : [body];
    if (!values.length) throw badParameter('body', 'the array has no articles');
    if (values.length > MAX_BATCH) throw badParameter('body', `${values.length} articles in one request; at most ${MAX_BATCH}`, 'send them in several requests');
    const articles = values.map((v, i) => articleOf(v, Array.isArray(body) ? `[${i}]` : ''));
    const pipeline = deps.pipeline();
    const items = [];
    for (const a of articles) {
      const r = await ingestArticle(deps.store, pipeline, a);
      items.push({ id: a.id, title: a.title, result: r.result, events: r.events });
    }
    const inserted = items.filter((i) => i.result === 'inserted').length;
    return c.json({ items, inserted, duplicates: items.length - inserted, events: items.reduce((n, i) => n + i.events, 0) }, inserted ? 201 : 200);
  },
};

export const articleRoutes: RouteSpec[] = [listArticles, getArticle, postArticles];
