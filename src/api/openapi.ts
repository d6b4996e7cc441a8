import type { RouteSpec, Schema } from './route.js';
import { errorOf, SCHEMAS } from './schemas.js';

const VERSION = '0.1.0';

/** What every write may answer, whatever the route: the token check, the size limit, the JSON reader. */
const WRITE_ERRORS: RouteSpec['responses'] = {
  401: errorOf('the server has a write token, and the request lacks it or has another'),
  413: errorOf('the body is larger than 2 MB'),
  415: errorOf('the body is not JSON (Content-Type: application/json)'),
};

/** The OpenAPI 3.1 document of the routes, written from the same specs the app runs. */
export function openApiDocument(routes: readonly RouteSpec[]): Schema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {};
    const all = r.method === 'post' ? { ...r.responses, ...WRITE_ERRORS } : r.responses;
    for (const [status, res] of Object.entries(all)) {
      responses[status] = { description: res.description, content: { [res.mediaType ?? 'application/json']: { schema: res.schema ?? { type: 'string' } } } };
    }
    (paths[r.path] ??= {})[r.method] = {
      operationId: r.operationId,
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: (r.params ?? []).map((p) => ({ name: p.name, in: p.in, required: p.in === 'path' || !!p.required, description: p.description, schema: p.schema })),
      ...(r.body ? { requestBody: { required: true, description: r.body.description, content: { 'application/json': { schema: r.body.schema } } } } : {}),
      ...(r.method === 'post' ? { security: [{}, { bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Attaché',
      version: VERSION,
      description:
        'Read, search, chart and correct a record of CAMEO-coded events. Errors are JSON `{error, parameter, hint?}`: 400 names the bad parameter, 404 a missing article or event, 413 a body over 2 MB. ' +
        'Writes (POST) need `Authorization: Bearer TOKEN` when the server was started with a token (always, off loopback).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: ['overview', 'articles', 'events', 'comments', 'corrections', 'actors', 'meta'].map((name) => ({ name })),
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given to attache serve with --token or ATTACHE_TOKEN' } },
    },
  };
}

/** The route that serves the document itself. */
export function openApiRoute(routes: () => readonly RouteSpec[]): RouteSpec {
  let doc: Schema | null = null;
  return {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    tag: 'meta',
    summary: 'This document',
    responses: { 200: { description: 'the OpenAPI 3.1 document', schema: { type: 'object' } }, 400: errorOf('a query parameter was given') },
    async handle({ c }) {
      return c.json((doc ??= openApiDocument(routes())));
    },
  };
}
