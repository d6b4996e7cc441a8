/**
 * Typed records of PETRARCH/TABARI actor, agent and discard dictionaries, as the parser in
 * `parse.ts` reads them. No I/O here.
 */

/** A problem with one dictionary line; the parser reports it and goes on. */
export interface DictionaryIssue {
  file: string;
  line: number;
  message: string;
  /** The line as written. */
  text: string;
}

/** A dictionary phrase: `ARNOR_`, `MINAS_TIRITH`, `RADAGAST THE_BROWN`. */
export interface Phrase {
  /** The words, upper case as written, with `_` and spaces removed. */
  words: string[];
  /**
   * For each gap between two words: true when `_` joins them (they must be adjacent),
   * false when a space separates them (other words may come between, in PETRARCH).
   */
  joined: boolean[];
  /**
   * A trailing `_` (`ARNOR_`): in TABARI the last word then matches only itself, while
   * without it the last word also matches longer words it begins ("ARGENTIN" for
   * "Argentina"). Recorded, not used: Attaché matches whole words.
   */
  exact: boolean;
  /** Where the phrase was read from. */
  line: number;
}

/** When a date-restricted code applies. Dates are `YYYY-MM-DD`. */
export type CodeRestriction =
  | { kind: 'default' }
  /** `[CODE <YYMMDD]`: strictly before the date. */
  | { kind: 'before'; date: string }
  /** `[CODE >YYMMDD]`: strictly after the date. */
  | { kind: 'after'; date: string }
  /** `[CODE YYMMDD-YYMMDD]`: between the dates, both included. */
  | { kind: 'between'; from: string; to: string };

/** One `[CODE ...]` of an actor. */
export interface ActorCode {
  /** The code as written (upper-cased): `ARN`, `IGOEEU`, `FRO/BIL/SAM`, `---`. */
  code: string;
  /** The actors it stands for: `FRO/BIL/SAM` gives three (one event each). */
  codes: string[];
  restriction: CodeRestriction;
  line: number;
}

/** An actor entry: a phrase, its `+` synonyms and its codes. */
export interface ActorRecord {
  phrase: Phrase;
  synonyms: Phrase[];
  codes: ActorCode[];
  file: string;
  line: number;
}

/** `!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON`: a set of words a phrase may use at `!PERSON!`. */
export interface SubstitutionSet {
  name: string;
  values: string[];
  line: number;
}

/** An agent entry: `PHRASE {PLURAL} [~CODE]` or `[CODE~]`. */
export interface AgentRecord {
  /** The phrase as written, substitution markers kept (`CONGRESS!PERSON!`). */
  phrase: string;
  /** Singular forms, with substitution sets expanded, `_` read as a space, upper case. */
  forms: string[];
  /**
   * Plural forms: the ones given in `{...}`, none for `{}`, else made by the regular rules
   * (not for phrases built from a substitution set, whose values list their own plurals).
   */
  plurals: string[];
  /** How the plurals came about: by rule, given in `{...}`, `{}`, or left to the substitution set. */
  plural: 'automatic' | 'given' | 'none' | 'set';
  /** The agent code without `~`: `GOV`, `GOVFRM`, `NGO`. */
  code: string;
  /** `~CODE` is appended to the actor's code; `CODE~` is put in front of it. */
  position: 'suffix' | 'prefix';
  file: string;
  line: number;
}

/** A discard phrase: coding stops for the sentence, or with a leading `+`, for the whole story. */
export interface DiscardRecord {
  /** The phrase as written (case kept), `_` read as a space. */
  phrase: string;
  scope: 'sentence' | 'story';
  file: string;
  line: number;
}

export interface Parsed<T> {
  records: T[];
  issues: DictionaryIssue[];
}

export interface ParsedAgents extends Parsed<AgentRecord> {
  sets: SubstitutionSet[];
}
