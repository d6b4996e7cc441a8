import { badParameter } from './errors.js';
import type { ParamSpec } from './route.js';

/**
 * A request's query string, checked against the route's declared parameters: an unknown
 * or repeated parameter is a 400 that names it (a typo such as `min-confidence` must not
 * silently widen a query).
 */
export class QueryReader {
  private readonly values = new Map<string, string>();

  constructor(url: string, specs: readonly ParamSpec[]) {
    const known = specs.filter((s) => s.in === 'query').map((s) => s.name);
    const params = new URL(url).searchParams;
    for (const [name, value] of params) {
      if (!known.includes(name)) {
        throw badParameter(name, `unknown parameter '${name}'`, known.length ? `this route takes ${known.join(', ')}` : 'this route takes no query parameters');
      }
      if (this.values.has(name)) throw badParameter(name, `parameter '${name}' is given twice`, 'give it once');
      this.values.set(name, value);
    }
  }

  /** A string parameter; empty counts as absent (an empty form field). */
  string(name: string): string | undefined {
    const v = this.values.get(name)?.trim();
    return v ? v : undefined;
  }

  /** A whole number within bounds. */
  int(name: string, bounds: { min: number; max: number }): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) throw badParameter(name, `${name} '${v}' is not a whole number from ${bounds.min} to ${bounds.max}`);
    return n;
  }

  /** A number. */
  number(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) throw badParameter(name, `${name} '${v}' is not a number`);
    return n;
  }

  /** One of a list of values. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.string(name);
    if (v !== undefined && !allowed.includes(v as T)) throw badParameter(name, `${name} '${v}' is not one of ${allowed.join(', ')}`);
    return v as T | undefined;
  }
}
