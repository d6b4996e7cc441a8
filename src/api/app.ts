import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Resources } from '../pipeline/default.js';
import type { Store } from '../store/contract.js';
import { loopbackHostOnly, writeToken } from './auth.js';
import { apiDeps, type ApiDeps } from './deps.js';
import { ApiError, errorResponse } from './errors.js';
import { openApiRoute } from './openapi.js';
import { QueryReader } from './query.js';
import { honoPath, type RouteSpec } from './route.js';
import { actorRoutes } from './routes/actors.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { correctionRoutes } from './routes/corrections.js';
import { dyadRoutes } from './routes/dyads.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { overviewRoutes } from './routes/overview.js';
import { mountWeb, webRoot } from './web.js';

/** The largest request body accepted. */
export const MAX_BODY = 2 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Writes need `Authorization: Bearer TOKEN` when set. */
  token?: string | null;
  /** Answer only to loopback Host names (when the server listens on loopback). */
  loopbackOnly?: boolean;
  /** Knowledge base and lexicon already loaded (tests share one); else loaded on first use. */
  resources?: Resources;
  /** Folder of the UI; null serves no UI. */
  web?: string | null;
}

/** Every API route, in the order the app matches them. */
export function apiRoutes(): RouteSpec[] {
  const routes: RouteSpec[] = [...overviewRoutes, ...articleRoutes, ...eventRoutes, ...commentRoutes, ...correctionRoutes, ...actorRoutes, ...dyadRoutes, ...exportRoutes];
  routes.push(openApiRoute(() => routes));
  return routes;
}

function register(app: Hono, spec: RouteSpec, deps: ApiDeps): void {
  app.on(spec.method.toUpperCase(), honoPath(spec.path), async (c) => {
    const query = new QueryReader(c.req.url, spec.params ?? []);
    return spec.handle({ c, deps, query, path: (name) => c.req.param(name) ?? '' });
  });
}

/**
 * The HTTP app: JSON under `/api/` (described at `/api/openapi.json`) and the UI at `/`.
 * Use `app.request()` in tests, or `startServer` to listen on a port.
 */
export function createApp(options: AppOptions): Hono {
  const deps = apiDeps(options.store, options.resources);
  const app = new Hono();
  app.onError(errorResponse);
  if (options.loopbackOnly) app.use('*', loopbackHostOnly());
  app.use('/api/*', writeToken(options.token ?? null));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: () => {
        throw new ApiError(413, 'the body is larger than 2 MB', 'body', 'send fewer articles per request');
      },
    }),
  );
  for (const spec of apiRoutes()) register(app, spec, deps);
  app.all('/api/*', (c) => {
    throw new ApiError(404, `no route ${c.req.method} ${c.req.path}`, null, 'the routes are listed at GET /api/openapi.json');
  });
  const web = options.web === undefined ? webRoot : options.web;
  if (web) mountWeb(app, web);
  return app;
}
