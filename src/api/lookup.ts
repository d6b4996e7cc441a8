import type { Store, StoredArticle, StoredEvent } from '../store/contract.js';
import { notFound } from './errors.js';

/** The article with this id, or a 404. */
export async function requireArticle(store: Store, id: string): Promise<StoredArticle> {
  const a = await store.getArticle(id);
  if (!a) throw notFound(`no article with id '${id}'`, 'list the articles with GET /api/articles');
  return a;
}

/** The event with this fingerprint, or a 404. */
export async function requireEvent(store: Store, fingerprint: string): Promise<StoredEvent> {
  const [e] = await store.queryEvents({ fingerprint, limit: 1 });
  if (!e) throw notFound(`no event with fingerprint '${fingerprint}'`, 'find events with GET /api/events; an event re-coded differently gets a new fingerprint');
  return e;
}
