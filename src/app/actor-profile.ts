import type { Role } from '../core/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { KbEntry } from '../kb/types.js';
import type { ActorSummary, Store } from '../store/contract.js';
import { actorName, withKbNames } from './actor-names.js';

/** A dated office held by a person, from the knowledge base. */
export interface Office {
  person: string;
  title: string;
  /** Null only for an imported row with a code and no role of ours. */
  role: Role | null;
  country: string | null;
  org: string | null;
  from: string | null;
  to: string | null;
}

/** Everything known about one actor: the record's counts and the knowledge base's offices. */
export interface ActorProfile {
  key: string;
  /** A state (ISO3), an international organisation (IGO:ORG), a person (by name), or only seen in events. */
  kind: 'country' | 'igo' | 'person' | 'actor';
  name: string | null;
  /** Events with this actor on either side (the same count `GET /api/events?actor=KEY` gives). */
  events: number;
  partners: ActorSummary[];
  /** Offices of this state or organisation, or of this person, oldest first. */
  offices: Office[];
  /** For a person: the state of their latest office, to follow to the state's profile. */
  country: string | null;
}

const byStart = (a: Office, b: Office) => (a.from ?? '').localeCompare(b.from ?? '') || a.title.localeCompare(b.title);

function officesOf(people: readonly KbEntry[], keep: (r: KbEntry['roles'][number]) => boolean): Office[] {
  const out: Office[] = [];
  for (const p of people) for (const r of p.roles) if (keep(r)) out.push({ person: p.name, ...r });
  return out.sort(byStart);
}

/**
 * The profile of an actor key: `IRN` (a state and the people who held its offices),
 * `IGO:UN` (an organisation and its officials), or a person's name ("Sergei Shoigu").
 * Null when neither the record nor the knowledge base knows the key.
 */
export async function actorProfile(store: Store, kb: KnowledgeBase, key: string, partnerLimit = 12): Promise<ActorProfile | null> {
  const people = kb.entries.filter((e) => e.kind === 'person');
  let kind: ActorProfile['kind'] = 'actor';
  let name: string | null = null;
  let offices: Office[] = [];
  let country: string | null = null;
  const upper = key.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && kb.country(upper)) {
    kind = 'country';
    key = upper;
    name = kb.country(upper)!.name;
    offices = officesOf(people, (r) => r.country === upper && !r.org);
  } else if (/^IGO:[A-Z0-9]+$/.test(upper)) {
    const org = upper.slice(4);
    const entry = kb.entries.find((e) => e.kind === 'igo' && e.org?.toUpperCase() === org);
    if (entry) {
      kind = 'igo';
      key = upper;
      name = entry.name;
      offices = officesOf(people, (r) => r.org?.toUpperCase() === org);
    }
  } else {
    const person = people.find((p) => p.name.toLowerCase() === key.toLowerCase());
    if (person) {
      kind = 'person';
      key = person.name;
      name = person.name;
      offices = officesOf([person], () => true);
      country = person.country;
    }
  }
  const events = await store.countEvents({ actor: key });
  if (kind === 'actor' && events === 0) return null;
  const partners = kind === 'person' ? [] : withKbNames(kb, await store.partners(key, partnerLimit));
  name ??= actorName(kb, key) ?? (await store.actors(key, 5)).find((a) => a.key === key)?.name ?? null;
  return { key, kind, name, events, partners, offices, country };
}
