import type { Correction, Store, StoredEvent } from '../store/contract.js';

/**
 * What analysts' corrections say an event should be: the latest correction of each field
 * wins. `date: null` means "corrected to unknown"; an absent key means "not corrected".
 */
export interface CorrectedValues {
  cameo?: string;
  source?: string;
  target?: string;
  modality?: string;
  date?: string | null;
  not_event?: true;
  /** Everyone who corrected the event, in order of their first correction. */
  by: string[];
  /** When the latest correction was made. */
  at: string;
}

/** An event as people see it: the coder's record, its corrections, and their net effect. */
export interface EventView extends StoredEvent {
  corrections: Correction[];
  corrected: CorrectedValues | null;
}

/** Above this many articles one query for every correction beats one query per article. */
const PER_ARTICLE_LIMIT = 20;

/** The corrections of some events, by fingerprint (which names an event across re-processing). */
export async function correctionsByFingerprint(store: Store, events: readonly StoredEvent[]): Promise<Map<string, Correction[]>> {
  const articles = [...new Set(events.map((e) => e.article_id))];
  const lists = articles.length > PER_ARTICLE_LIMIT ? [await store.listCorrections()] : await Promise.all(articles.map((id) => store.listCorrections(id)));
  const wanted = new Set(events.map((e) => e.fingerprint));
  const out = new Map<string, Correction[]>();
  for (const c of lists.flat()) {
    if (!wanted.has(c.fingerprint)) continue;
    const list = out.get(c.fingerprint) ?? [];
    list.push(c);
    out.set(c.fingerprint, list);
  }
  return out;
}

/** The net effect of a list of corrections (oldest first), or null when there are none. */
export function correctedValues(corrections: readonly Correction[]): CorrectedValues | null {
  if (!corrections.length) return null;
  const out: CorrectedValues = { by: [], at: '' };
  for (const c of corrections) {
    if (c.field === 'not_event') out.not_event = true;
    else if (c.field === 'date') out.date = c.value;
    else if (c.value !== null) out[c.field] = c.value;
    if (!out.by.includes(c.author)) out.by.push(c.author);
    if (c.created_at > out.at) out.at = c.created_at;
  }
  return out;
}

/** Events with their corrections attached. */
export async function withCorrections(store: Store, events: readonly StoredEvent[]): Promise<EventView[]> {
  const byFp = await correctionsByFingerprint(store, events);
  return events.map((e) => {
    const corrections = byFp.get(e.fingerprint) ?? [];
    return { ...e, corrections, corrected: correctedValues(corrections) };
  });
}
