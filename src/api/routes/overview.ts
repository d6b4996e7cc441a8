import { actorName } from '../../app/actor-names.js';
import { withCorrections } from '../../app/corrections.js';
import type { RouteSpec } from '../route.js';
import { ref } from '../schemas.js';

const overview: RouteSpec = {
  method: 'get',
  path: '/api/overview',
  operationId: 'getOverview',
  tag: 'overview',
  summary: 'Counts, the latest events, the most active pairs and the latest articles',
  responses: {
    200: {
      description: 'the overview',
      schema: {
        type: 'object',
        properties: { stats: ref('Stats'), top_pairs: { type: 'array', items: ref('Pair') }, latest: { type: 'array', items: ref('Event') }, articles: { type: 'array', items: ref('ArticleSummary') } },
      },
    },
  },
  async handle({ c, deps }) {
    const { store } = deps;
    const [stats, pairs, latest, articles] = await Promise.all([store.stats(), store.topPairs(10), store.queryEvents({ limit: 10 }), store.listArticles({ limit: 5 })]);
    const name = (key: string) => actorName(deps.resources().kb, key);
    const top_pairs = pairs.map(([a, b, events]) => ({ a, b, events, a_name: name(a), b_name: name(b) }));
    return c.json({ stats, top_pairs, latest: await withCorrections(store, latest), articles });
  },
};

export const overviewRoutes: RouteSpec[] = [overview];
