import { badParameter } from '../errors.js';
import { checkFilterValue } from '../event-query.js';
import { pathParam, queryParam, type RouteSpec } from '../route.js';
import { DATE_SCHEMA as date, ref } from '../schemas.js';

const KEY = /^([A-Z]{3}|IGO:[A-Z0-9]+)$/;

const dyadTrend: RouteSpec = {
  method: 'get',
  path: '/api/dyads/{a}/{b}',
  operationId: 'getDyadTrend',
  tag: 'actors',
  summary: 'Monthly activity between two actors, either direction: events per quad class and mean Goldstein',
  description: 'Only events dated at least to the month count. Months without events are left out.',
  params: [
    pathParam('a', 'An actor key: ISO3 or IGO:ORG.', { type: 'string', pattern: KEY.source }),
    pathParam('b', 'The other actor key.', { type: 'string', pattern: KEY.source }),
    queryParam('from', 'First month or day, inclusive.', date),
    queryParam('to', 'Last month or day, inclusive.', date),
  ],
  responses: {
    200: { description: 'the months', schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, months: { type: 'array', items: ref('DyadMonth') } } } },
    400: { description: 'a bad key or date', schema: ref('Error') },
  },
  async handle({ c, deps, path, query }) {
    const [a, b] = (['a', 'b'] as const).map((p) => {
      const k = path(p).toUpperCase();
      if (!KEY.test(k)) throw badParameter(p, `'${path(p)}' is not an actor key`, 'use an ISO3 code (IRN) or IGO:ORG (IGO:UN)');
      return k;
    }) as [string, string];
    const from = query.string('from');
    const to = query.string('to');
    checkFilterValue('from', from);
    checkFilterValue('to', to);
    return c.json({ a, b, months: await deps.store.dyadTrend(a, b, from, to) });
  },
};

export const dyadRoutes: RouteSpec[] = [dyadTrend];
