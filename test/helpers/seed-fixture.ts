import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/types.js';
import { readFile } from '../../src/ingest/read.js';
import { root, shared } from './paths.js';

const SEEDS = join(shared, 'corpus', 'seeds');

/** The seed reports and the examples, read by the real readers (site chrome removed). */
export function seedArticles(): Article[] {
  const files = [...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f)), ...readdirSync(join(root, 'examples')).sort().map((f) => join(root, 'examples', f))];
  return files.flatMap((f) => {
    const r = readFile(f);
    if (r.errors.length) throw new Error(`cannot read the fixture ${f}: ${r.errors.map((e) => e.message).join('; ')}`);
    return r.articles;
  });
}

/** The id the readers give a seed report (`seed-000` → its content hash). */
export function seedId(name: string): string {
  return readFile(join(SEEDS, `${name}.txt`)).articles[0]!.id;
}

/** An event's side as the store and the API give it. */
export interface Side {
  code: string;
  country: string | null;
  org: string | null;
}

/** What findEvent looks at in an event, stored or from the API. */
export interface Coded {
  source: Side;
  target: Side;
  cameo: string;
}

/** The key of a side: its state (IRN for IRNMIL), or IGO:ORG for an organisation. */
export function sideKey(a: Side): string {
  return a.country ?? (a.org ? `IGO:${a.org}` : a.code);
}

/** One line an event for a failure message: `IRNMIL>RUS 042 2021-10-17`. */
export function describeEvents(events: readonly (Coded & { date?: string | null })[]): string {
  return events.map((e) => `${e.source.code}>${e.target.code} ${e.cameo}${e.date ? ` ${e.date}` : ''}`).join(', ') || '(no events)';
}

/**
 * The first of the coder's events from `source` to `target` (either way when `symmetric`)
 * whose CAMEO code starts with `cameo`; throws, listing what the coder did produce, when
 * there is none. The tests find events by what they are, never by a pinned fingerprint,
 * so they hold whatever else the coder finds in the fixture.
 */
export function findEvent<E extends Coded>(events: readonly E[], source: string, target: string, cameo: string, symmetric = false): E {
  const e = events.find(
    (x) => x.cameo.startsWith(cameo) && ((sideKey(x.source) === source && sideKey(x.target) === target) || (symmetric && sideKey(x.source) === target && sideKey(x.target) === source)),
  );
  if (!e) throw new Error(`no ${source}${symmetric ? '–' : '→'}${target} ${cameo} among the coder's events: ${describeEvents(events)}`);
  return e;
}
