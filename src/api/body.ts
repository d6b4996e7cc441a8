import type { Context } from 'hono';
import { ApiError, badParameter } from './errors.js';

/**
 * The request body as JSON. Requiring the JSON media type also keeps other web pages from
 * writing here: a browser sends a cross-site JSON request only after a CORS preflight,
 * which this server never grants.
 */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, `the body must be JSON, not '${type || 'no Content-Type'}'`, 'Content-Type', 'send Content-Type: application/json');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badParameter('body', `the body is not valid JSON (${(e as Error).message})`);
  }
}

/** The body as a JSON object, or a 400. */
export async function readObject(c: Context): Promise<Record<string, unknown>> {
  const v = await readJson(c);
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw badParameter('body', 'the body must be a JSON object');
  return v as Record<string, unknown>;
}

/** A string field of a body object; absent or null gives null unless required. */
export function stringField(o: Record<string, unknown>, name: string, required: boolean): string | null {
  const v = o[name];
  if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) {
    if (required) throw badParameter(name, `'${name}' is missing`, `give ${name} as a string`);
    return null;
  }
  if (typeof v !== 'string') throw badParameter(name, `'${name}' must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`);
  return v;
}
