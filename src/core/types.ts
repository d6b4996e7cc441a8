/**
 * Plain, serializable domain types shared by every layer. No I/O here.
 * Offsets are JavaScript string indices (UTF-16 code units), end-exclusive.
 */

/** A news report as ingested: `text` is never rewritten after ingest. */
export interface Article {
  id: string;
  title: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Lower-cased text with typographic apostrophes folded to `'`. */
  lower: string;
  /** Matching key: `lower` without diacritics, as knowledge-base aliases and patterns are keyed. */
  key: string;
  /** Coarse shape used by the rules: word, number or punctuation. */
  kind: 'word' | 'number' | 'punct';
  /** The word is capitalised as a name: an upper-case first letter, or "al-Qaeda" style. */
  upper: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Token index range [first, last) in `Doc.tokens`. */
  firstToken: number;
  lastToken: number;
  /** A line without closing punctuation at the top of the text (a headline). */
  headline: boolean;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC';
export type Role = 'GOV' | 'MIL' | 'LEG' | 'JUD' | 'POL' | 'OPP' | 'REB' | 'BUS' | 'MED' | 'CVL';
export const ROLES: readonly Role[] = ['GOV', 'MIL', 'LEG', 'JUD', 'POL', 'OPP', 'REB', 'BUS', 'MED', 'CVL'];

/** Who an actor is, as the evaluation format writes it. */
export interface Actor {
  /** CAMEO-style code: country + role (`IRNMIL`) or `IGO:SCO`. */
  code: string;
  country: string | null;
  org: string | null;
  role: Role | null;
  name: string | null;
}

/** What a span of text refers to, once resolved against the knowledge base. */
export type MentionKind =
  | 'country' // a state's name or a metonym for its government
  | 'capital' // a capital city (may stand for the government)
  | 'demonym' // "Iranian", "Russians"
  | 'igo'
  | 'group' // armed group, party, movement
  | 'person'
  | 'role' // a role word: "troops", "defense minister"
  | 'org' // an organisation found by pattern ("Ministry of ...")
  | 'place'; // a place that is not a state

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  type: EntityType | null;
  country: string | null;
  org: string | null;
  role: Role | null;
  /** Display name of the knowledge-base entry, or the surface text. */
  name: string;
  /** Knowledge-base id of the entry when known. */
  kbId: string | null;
  /** The entry's full code from an imported dictionary (`IGOEEU`; for a role word `GOVFRM`, `NGO~`); see `KbEntry.code`. */
  code?: string;
  /** Token index range [first, last). */
  firstToken: number;
  lastToken: number;
  /** Why this resolution: the rule or kb entry. */
  reason: string;
  /** The state backs what the word names rather than being it ("Iran-backed", "US-armed"). */
  backer?: true;
}

/**
 * A noun phrase that denotes a political actor: one or more mentions chunked
 * together ("Russian Defense Minister Sergei Shoigu").
 */
export interface ActorPhrase extends Span {
  actor: Actor;
  /** Mentions that make up the phrase. */
  parts: Mention[];
  firstToken: number;
  lastToken: number;
  /** The phrase is a person (so "he" may refer back to it). */
  person: boolean;
  /** The phrase names a place that only stands for a state (a capital, a location). */
  placeOnly: boolean;
  /** Set when the phrase was resolved from a pronoun or description to an earlier phrase. */
  antecedent: string | null;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface Timex extends Span {
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  precision: DatePrecision;
  /** The expression points forward ("next February", "will ... on Monday"). */
  future: boolean;
  /** The date of a dateline ("DUBAI, April 16 (AP) -"): when the report was filed, a last resort for its acts. */
  dateline?: true;
}

export type Modality = 'asserted' | 'planned' | 'negated' | 'hypothetical';

export interface Evidence extends Span {
  text: string;
}

export interface Provenance {
  stage: string;
  rule: string;
  reason: string;
}

/** One coded interaction between two actors. */
export interface EventRecord {
  source: Actor;
  target: Actor;
  cameo: string;
  /** CAMEO name of the code. */
  label: string;
  plover: string | null;
  quad: 1 | 2 | 3 | 4;
  goldstein: number | null;
  modality: Modality;
  date: string | null;
  date_precision: DatePrecision | null;
  /** Where the date came from: a time expression in the evidence sentence, or the narrative before it. */
  date_basis: 'stated' | 'context' | null;
  evidence: Evidence;
  /** Further sentences reporting the same act. */
  more_evidence: Evidence[];
  confidence: number;
  provenance: Provenance;
}

/** An entity as written in an extraction line. */
export interface EntityRecord {
  name: string;
  type: EntityType;
  country: string | null;
  role: Role | null;
  mentions: { text: string; start: number; end: number }[];
}

/** The output of extraction for one article (the evaluation format's line). */
export interface Extraction {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  entities: EntityRecord[];
  events: EventRecord[];
}
