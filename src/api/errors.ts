import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { UserError } from '../core/errors.js';

/** The body of every error response: what went wrong, the parameter at fault, what to do. */
export interface ErrorBody {
  error: string;
  /** The query, path or body parameter (or header) at fault; null when no single one is. */
  parameter: string | null;
  hint?: string;
}

/** An error with an HTTP status; thrown by routes, turned into JSON by `errorResponse`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415,
    message: string,
    readonly parameter: string | null = null,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The store's hints speak the command line (`e.g. --root 04`); the API's say `root=04`. */
const asQuery = (hint: string) => hint.replace(/--([a-z][a-z-]*)[ =](\S+)/g, (_, name: string, value: string) => `${name.replace(/-/g, '_')}=${value}`);

/** A 400 naming the parameter; takes the message and hint of the store's `UserError`. */
export function badParameter(parameter: string, cause: UserError | string, hint: string | null = null): ApiError {
  if (typeof cause === 'string') return new ApiError(400, cause, parameter, hint);
  return new ApiError(400, cause.message, parameter, cause.hint ? asQuery(cause.hint) : hint);
}

export function notFound(message: string, hint: string | null = null): ApiError {
  return new ApiError(404, message, null, hint);
}

/** The JSON response for any error a route throws. Unexpected errors are logged and hidden. */
export function errorResponse(err: unknown, c: Context): Response {
  const body = (status: number, error: string, parameter: string | null, hint: string | null) => {
    const b: ErrorBody = { error, parameter };
    if (hint) b.hint = hint;
    return c.json(b, status as 400);
  };
  if (err instanceof ApiError) return body(err.status, err.message, err.parameter, err.hint);
  // the store and the readers throw UserError for bad input; their messages name the value
  if (err instanceof UserError) return body(400, err.message, null, err.hint);
  if (err instanceof HTTPException) return body(err.status, err.message || 'the request was refused', null, null);
  console.error(`attache serve: ${c.req.method} ${c.req.path}:`, err);
  return body(500, 'internal error; the server log has the details', null, 'report it with the request that caused it');
}
