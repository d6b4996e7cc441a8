import type { KnowledgeBase } from '../kb/knowledge-base.js';

const names = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Actor key → the knowledge base's name for it (states by ISO3, organisations by IGO:ORG). */
function keyNames(kb: KnowledgeBase): Map<string, string> {
  let m = names.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entries) {
      if (e.kind === 'country' && e.country) m.set(e.country, e.name);
      else if (e.kind === 'igo' && e.org && !m.has(`IGO:${e.org}`)) m.set(`IGO:${e.org}`, e.name);
    }
    names.set(kb, m);
  }
  return m;
}

/** The name of an actor key, or null when the knowledge base has none. */
export function actorName(kb: KnowledgeBase, key: string): string | null {
  return keyNames(kb).get(key) ?? null;
}

/**
 * Actors named by the knowledge base where it knows the key. The store names an actor by
 * the name on its events, which for a state is often one of its officials.
 */
export function withKbNames<T extends { key: string; name: string | null }>(kb: KnowledgeBase, actors: readonly T[]): T[] {
  return actors.map((a) => ({ ...a, name: actorName(kb, a.key) ?? a.name }));
}
