import type { EntityType, MentionKind, Role } from '../core/types.js';

/** A dated office held by a person. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PersonRole {
  country: string | null;
  /** For IGO officials ("UN:Secretary-General"): the organisation's code. */
  org: string | null;
  /** Null only for an imported row that has a `code` and no role of ours (PETRARCH `HOB`). */
  role: Role | null;
  title: string;
  from: string | null;
  to: string | null;
  /** The full actor code an imported dictionary gives for this period (PETRARCH `HOBGOV`, `ORCHOB`). */
  code?: string | null;
  /** Where the row was read from ("data/kb/people/ministers-and-chiefs.tsv:115"). */
  source?: string;
}

/** One thing the knowledge base knows: a state, an organisation, a group, a person, a role word. */
export interface KbEntry {
  id: string;
  kind: MentionKind;
  type: EntityType | null;
  name: string;
  country: string | null;
  org: string | null;
  role: Role | null;
  /** People only: the offices they held, in date order. */
  roles: PersonRole[];
  /** Where the entry was read from ("data/kb/countries.tsv:12"). */
  source: string;
  /**
   * The full actor code when it says more than country + role: an imported dictionary's
   * code (PETRARCH `IGOEEU`, `PSEREBHMS`, a list `FRO/BIL/SAM`); for a role word, its agent
   * code (`GOVFRM`, or `NGO~` to go in front). It becomes the actor's `code` in events.
   */
  code?: string | null;
}

/** A surface form that names an entry. */
export interface Alias {
  /** Folded tokens of the alias. */
  tokens: string[];
  /** The alias must match with this exact case (acronyms such as "US", "SCO"). */
  exactCase: string[] | null;
  entry: KbEntry;
  /** How the alias relates to the entry: its name, a capital, a demonym, a title word … */
  kind: MentionKind;
}
