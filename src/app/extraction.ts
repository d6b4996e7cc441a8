import { layer, type Doc } from '../core/doc.js';
import type { EntityRecord, Extraction, Mention } from '../core/types.js';

const ENTITY_KINDS = new Set<Mention['kind']>(['country', 'capital', 'igo', 'group', 'person', 'org', 'place']);

/** Groups a document's mentions into entities (one per referent) with every mention. */
export function entityRecords(doc: Doc): EntityRecord[] {
  const byKey = new Map<string, EntityRecord>();
  for (const m of layer(doc, 'mentions')) {
    if (!ENTITY_KINDS.has(m.kind) || !m.type) continue;
    const key = m.kbId ?? `${m.type}:${m.name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { name: m.name, type: m.type, country: m.type === 'GPE' || m.type === 'LOC' ? null : m.country, role: m.role, mentions: [] };
      if (m.kind === 'country' || m.kind === 'capital') e.country = m.country;
      byKey.set(key, e);
    }
    if (e.type !== 'GPE' && e.type !== 'LOC') {
      e.country ??= m.country;
      e.role ??= m.role;
    }
    e.mentions.push({ text: m.text, start: m.start, end: m.end });
  }
  return [...byKey.values()];
}

/** The evaluation format's line for a processed document. */
export function toExtraction(doc: Doc): Extraction {
  const a = doc.article;
  return { id: a.id, title: a.title, published: a.published, source: a.source, entities: entityRecords(doc), events: layer(doc, 'events') };
}
