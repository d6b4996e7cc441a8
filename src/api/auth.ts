import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Writes need `Authorization: Bearer TOKEN` when the server has a token; reads never do.
 * Tokens are compared by digest in constant time, so timing tells nothing about them.
 */
export function writeToken(token: string | null): MiddlewareHandler {
  const want = token ? digest(token) : null;
  return async (c, next) => {
    if (want && WRITES.has(c.req.method)) {
      const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
      if (!m || !timingSafeEqual(digest(m[1]!.trim()), want)) {
        c.header('WWW-Authenticate', 'Bearer realm="attache"');
        throw new ApiError(401, m ? 'the write token is wrong' : 'writing needs a token', 'Authorization', 'send Authorization: Bearer TOKEN, with the token the server was started with');
      }
    }
    await next();
  };
}

const LOOPBACK_NAMES = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * On loopback, refuses requests whose Host is not a loopback name. A web page could
 * otherwise point a domain of its own at 127.0.0.1 (DNS rebinding) and read the record.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (!LOOPBACK_NAMES.test(host)) throw new ApiError(403, `this server answers only to loopback names, not '${host}'`, 'Host', 'open it as http://127.0.0.1:PORT/ or http://localhost:PORT/');
    await next();
  };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
}
