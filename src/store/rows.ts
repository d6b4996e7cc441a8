import { createHash } from 'node:crypto';
import type { Actor, EventRecord, Role } from '../core/types.js';
import { actorKey } from '../stages/actors/actor-code.js';
import type { DyadMonth, StoredEvent } from './contract.js';

/** Column order of the events table's coder fields, shared by both backends. */
export const EVENT_COLUMNS = [
  'article_id', 'source_code', 'source_country', 'source_org', 'source_role', 'source_name',
  'target_code', 'target_country', 'target_org', 'target_role', 'target_name', 'source_key', 'target_key',
  'cameo', 'root', 'label', 'plover', 'quad', 'goldstein', 'modality', 'date', 'date_precision', 'date_basis',
  'evidence_text', 'evidence_start', 'evidence_end', 'more_evidence', 'confidence', 'rule', 'reason', 'fingerprint',
] as const;

/** The stable name of an event: the same act in the same sentence keeps it when re-coded. */
export function fingerprint(articleId: string, e: EventRecord): string {
  const key = [articleId, e.source.code, e.target.code, e.cameo, e.modality, e.evidence.start].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** A coder event as a row of column values, in `EVENT_COLUMNS` order. */
export function eventRow(articleId: string, e: EventRecord): unknown[] {
  return [
    articleId, e.source.code, e.source.country, e.source.org, e.source.role, e.source.name,
    e.target.code, e.target.country, e.target.org, e.target.role, e.target.name, actorKey(e.source), actorKey(e.target),
    e.cameo, e.cameo.slice(0, 2), e.label, e.plover, e.quad, e.goldstein, e.modality, e.date, e.date_precision, e.date_basis,
    e.evidence.text, e.evidence.start, e.evidence.end, JSON.stringify(e.more_evidence), e.confidence, e.provenance.rule, e.provenance.reason,
    fingerprint(articleId, e),
  ];
}

const actor = (r: Record<string, unknown>, side: 'source' | 'target'): Actor => ({
  code: r[`${side}_code`] as string,
  country: (r[`${side}_country`] as string | null) ?? null,
  org: (r[`${side}_org`] as string | null) ?? null,
  role: (r[`${side}_role`] as Role | null) ?? null,
  name: (r[`${side}_name`] as string | null) ?? null,
});

/** A database row back into a typed event. */
export function eventFromRow(r: Record<string, unknown>): StoredEvent {
  return {
    id: Number(r.id),
    article_id: r.article_id as string,
    fingerprint: r.fingerprint as string,
    source: actor(r, 'source'),
    target: actor(r, 'target'),
    cameo: r.cameo as string,
    label: r.label as string,
    plover: (r.plover as string | null) ?? null,
    quad: Number(r.quad) as 1 | 2 | 3 | 4,
    goldstein: r.goldstein === null || r.goldstein === undefined ? null : Number(r.goldstein),
    modality: r.modality as StoredEvent['modality'],
    date: (r.date as string | null) ?? null,
    date_precision: (r.date_precision as StoredEvent['date_precision']) ?? null,
    date_basis: (r.date_basis as StoredEvent['date_basis']) ?? null,
    evidence: { text: r.evidence_text as string, start: Number(r.evidence_start), end: Number(r.evidence_end) },
    more_evidence: JSON.parse(r.more_evidence as string),
    confidence: Number(r.confidence),
    provenance: { stage: 'events', rule: r.rule as string, reason: r.reason as string },
  };
}

/** Rows of (month, quad, count, mean Goldstein) into one record per month. */
export function foldMonths(rows: readonly { month: string; quad: number; n: number; g: number | null }[]): DyadMonth[] {
  const out = new Map<string, DyadMonth & { gsum: number; gn: number }>();
  for (const r of rows) {
    let m = out.get(r.month);
    if (!m) out.set(r.month, (m = { month: r.month, quad: [0, 0, 0, 0], goldstein_mean: null, events: 0, gsum: 0, gn: 0 }));
    m.quad[r.quad - 1] = Number(r.n);
    m.events += Number(r.n);
    if (r.g !== null) {
      m.gsum += Number(r.g) * Number(r.n);
      m.gn += Number(r.n);
    }
  }
  return [...out.values()].map(({ gsum, gn, ...m }) => ({ ...m, goldstein_mean: gn ? Math.round((gsum / gn) * 100) / 100 : null }));
}
