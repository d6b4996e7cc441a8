import type { Actor, Role } from '../../core/types.js';

/** Builds an actor in the evaluation format's shape; the code is country+role or IGO:org. */
export function makeActor(country: string | null, org: string | null, role: Role | null, name: string | null): Actor {
  const code = country ? `${country}${role ?? ''}` : org ? `IGO:${org}` : `---${role ?? ''}`;
  return { code, country, org: country ? null : org, role, name };
}

/** The key the scorer compares: country, else organisation. */
export function actorKey(a: Actor): string | null {
  return a.country ?? (a.org ? `IGO:${a.org}` : null);
}
