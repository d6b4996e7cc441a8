import { withCorrections } from '../../app/corrections.js';
import { EVENT_FILTER_PARAMS, eventFilterFrom, pageParams } from '../event-query.js';
import { requireEvent } from '../lookup.js';
import { pathParam, type RouteSpec } from '../route.js';
import { errorOf, ref } from '../schemas.js';

const PAGE_MAX = 1000;

/** The fingerprint path parameter of every event route. */
export const fingerprintParam = pathParam('fingerprint', 'The event fingerprint (stable across re-processing).', { type: 'string', pattern: '^[0-9a-f]{20}$' });

const listEvents: RouteSpec = {
  method: 'get',
  path: '/api/events',
  operationId: 'listEvents',
  tag: 'events',
  summary: 'Events matching filters, with their corrections',
  description: 'Filters apply to the coder\'s values; each item carries its analysts\' `corrections` and their net effect, `corrected`.',
  params: [...EVENT_FILTER_PARAMS, ...pageParams(50, PAGE_MAX)],
  responses: {
    200: {
      description: '`total` counts every match; `items` is one page',
      schema: { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: ref('Event') } }, required: ['total', 'items'] },
    },
    400: errorOf('a bad filter; `parameter` names it'),
  },
  async handle({ c, deps, query }) {
    const filter = eventFilterFrom(query);
    const limit = query.int('limit', { min: 1, max: PAGE_MAX }) ?? 50;
    const offset = query.int('offset', { min: 0, max: 1e9 }) ?? 0;
    const [total, events] = await Promise.all([deps.store.countEvents(filter), deps.store.queryEvents({ ...filter, limit, offset })]);
    return c.json({ total, limit, offset, items: await withCorrections(deps.store, events) });
  },
};

const getEvent: RouteSpec = {
  method: 'get',
  path: '/api/events/{fingerprint}',
  operationId: 'getEvent',
  tag: 'events',
  summary: 'One event, with its corrections, comments and article',
  params: [fingerprintParam],
  responses: {
    200: { description: 'the event', schema: { allOf: [ref('Event'), { type: 'object', properties: { comments: { type: 'array', items: ref('Comment') }, article: ref('ArticleSummary') } }] } },
    404: errorOf('no such event'),
  },
  async handle({ c, deps, path }) {
    const e = await requireEvent(deps.store, path('fingerprint'));
    const [[view], comments, article] = await Promise.all([withCorrections(deps.store, [e]), deps.store.listComments({ kind: 'event', id: e.fingerprint }), deps.store.getArticle(e.article_id)]);
    const { text: _text, entities: _entities, ...summary } = article!;
    return c.json({ ...view, comments, article: summary });
  },
};

export const eventRoutes: RouteSpec[] = [listEvents, getEvent];
