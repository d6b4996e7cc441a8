import { withKbNames } from '../../app/actor-names.js';
import { actorProfile } from '../../app/actor-profile.js';
import { notFound } from '../errors.js';
import { pathParam, queryParam, type RouteSpec } from '../route.js';
import { errorOf, ref } from '../schemas.js';

const limitParam = (dflt: number, max: number) => queryParam('limit', `How many, 1 to ${max} (default ${dflt}).`, { type: 'integer', minimum: 1, maximum: max, default: dflt });

const listActors: RouteSpec = {
  method: 'get',
  path: '/api/actors',
  operationId: 'listActors',
  tag: 'actors',
  summary: 'Actors in the record (states and organisations by key), most active first',
  params: [queryParam('q', 'Part of a key or name: ir, Russia.'), limitParam(50, 500)],
  responses: { 200: { description: 'the actors', schema: { type: 'object', properties: { items: { type: 'array', items: ref('ActorSummary') } } } }, 400: errorOf('a bad parameter') },
  async handle({ c, deps, query }) {
    return c.json({ items: withKbNames(deps.resources().kb, await deps.store.actors(query.string('q'), query.int('limit', { min: 1, max: 500 }) ?? 50)) });
  },
};

const getActor: RouteSpec = {
  method: 'get',
  path: '/api/actors/{key}',
  operationId: 'getActor',
  tag: 'actors',
  summary: "An actor's profile: events, most frequent partners, and the knowledge base's dated offices",
  description: 'The key is a state (IRN: the people who held its offices, with dates), an organisation (IGO:UN: its officials), or a person\'s name (Sergei Shoigu: their offices; follow `country` to the state).',
  params: [pathParam('key', 'ISO3 code, IGO:ORG, or a person\'s name.'), limitParam(12, 100)],
  responses: { 200: { description: 'the profile', schema: ref('ActorProfile') }, 400: errorOf('a bad limit'), 404: errorOf('neither the record nor the knowledge base knows the key') },
  async handle({ c, deps, path, query }) {
    const key = path('key');
    const profile = await actorProfile(deps.store, deps.resources().kb, key, query.int('limit', { min: 1, max: 100 }) ?? 12);
    if (!profile) throw notFound(`no actor '${key}' in the record or the knowledge base`, 'list actors with GET /api/actors?q=...');
    return c.json(profile);
  },
};

const network: RouteSpec = {
  method: 'get',
  path: '/api/network',
  operationId: 'getNetwork',
  tag: 'actors',
  summary: 'The network of actors: nodes are actors, edges the number of events between two',
  params: [limitParam(40, 500)],
  responses: {
    200: {
      description: 'the most active pairs as edges, and their actors as nodes',
      schema: { type: 'object', properties: { nodes: { type: 'array', items: ref('ActorSummary') }, edges: { type: 'array', items: ref('Pair') } } },
    },
    400: errorOf('a bad parameter'),
  },
  async handle({ c, deps, query }) {
    const pairs = (await deps.store.topPairs(query.int('limit', { min: 1, max: 500 }) ?? 40)).filter(([a, b]) => a !== b);
    const keys = new Set(pairs.flatMap(([a, b]) => [a, b]));
    const nodes = withKbNames(deps.resources().kb, (await deps.store.actors(undefined, 100_000)).filter((a) => keys.has(a.key)));
    return c.json({ nodes, edges: pairs.map(([a, b, events]) => ({ a, b, events })) });
  },
};

export const actorRoutes: RouteSpec[] = [listActors, getActor, network];
