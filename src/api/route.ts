import type { Context } from 'hono';
import type { ApiDeps } from './deps.js';
import type { QueryReader } from './query.js';

/** A JSON Schema (OpenAPI 3.1 flavour), written as a plain object. */
export type Schema = Record<string, unknown>;

/** One query or path parameter: read by the route and written into the OpenAPI document. */
export interface ParamSpec {
  name: string;
  in: 'query' | 'path';
  description: string;
  schema: Schema;
  required?: boolean;
}

/** What a route handler gets: the request, the server's dependencies, its checked query. */
export interface RouteContext {
  c: Context;
  deps: ApiDeps;
  query: QueryReader;
  /** A path parameter, decoded. */
  path(name: string): string;
}

/**
 * A route and its documentation in one place: `app.ts` registers the handler and
 * `openapi.ts` writes the document from the same spec, so the two cannot drift apart.
 */
export interface RouteSpec {
  method: 'get' | 'post';
  /** OpenAPI-style path, `/api/articles/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: readonly ParamSpec[];
  body?: { description: string; schema: Schema };
  /** Status → description, and the response schema (JSON) or media type (other). */
  responses: Record<number, { description: string; schema?: Schema; mediaType?: string }>;
  handle(ctx: RouteContext): Promise<Response>;
}

/** A path parameter's spec. */
export const pathParam = (name: string, description: string, schema: Schema = { type: 'string' }): ParamSpec => ({ name, in: 'path', description, schema, required: true });

/** A query parameter's spec. */
export const queryParam = (name: string, description: string, schema: Schema = { type: 'string' }): ParamSpec => ({ name, in: 'query', description, schema });

/** `/api/a/{id}` → `/api/a/:id`, Hono's path syntax. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
