import type { Token } from '../core/types.js';
import { loadKbData, type KbData } from './load.js';
import { aliasTokens, isAcronym, tokenKey } from './normalize.js';
import { roleAt } from './person-roles.js';
import type { Alias, KbEntry, PersonRole } from './types.js';

const LEADING_ARTICLE = /^the\s+/i;

/** A match of an alias against the tokens of a text. */
export interface AliasMatch {
  alias: Alias;
  first: number;
  /** Exclusive. */
  last: number;
}

/** The aliases under one first word, and the same narrowed by the word that follows it. */
interface IndexEntry {
  all: Alias[];
  narrowed: NarrowedAliases | null;
}

/** An alias that matches whatever the case of its first word: a role word ("minister"), or an acronym (matched to the letter). */
const caseFree = (alias: Alias) => alias.kind === 'role' || !!alias.exactCase;

/** The aliases under one first word, by the word that follows it. */
interface NarrowedAliases {
  /** One-word aliases only: what can match when the next word starts no longer alias. */
  alone: Alias[];
  byNext: Map<string, Alias[]>;
}

/**
 * The actor knowledge base: entries and an index from surface forms to entries.
 * Built once and shared read-only by every document.
 */
export class KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly byId = new Map<string, KbEntry>();
  /**
   * first token key → aliases starting with it, longest first (`all`), and the same narrowed
   * by the second token key, built on first use (see `candidatesAt`); one entry for both, as
   * the lookup is made at nearly every token
   */
  private readonly index = new Map<string, IndexEntry>();
  /**
   * `index` with only the aliases a word in lower case can start: role words and acronyms
   * (see `matchAt`). Most tokens are lower case, and this much smaller map is quicker to
   * search than the whole index; rebuilt whenever the index changes.
   */
  private caseFreeIndex = new Map<string, IndexEntry>();

  constructor(data: KbData) {
    this.entries = data.entries;
    for (const e of data.entries) this.byId.set(e.id, e);
    for (const e of data.entries) {
      for (const form of data.aliases.get(e.id) ?? []) this.addAlias(e, form.text, form.kind);
    }
    for (const { all } of this.index.values()) all.sort((a, b) => b.tokens.length - a.tokens.length);
    this.indexCaseFree();
  }

  /** Loads the knowledge base shipped in `data/kb` (or another folder of the same layout). */
  static load(dir?: string): KnowledgeBase {
    return new KnowledgeBase(loadKbData(dir));
  }

  /**
   * Adds entries at run time (a user's imported dictionaries); aliases index at once. On the
   * same words and kind, an added alias is preferred to the ones already there.
   */
  extend(data: KbData): void {
    const before = new Map([...this.index].map(([key, { all }]) => [key, all.length]));
    for (const e of data.entries) {
      (this.entries as KbEntry[]).push(e);
      this.byId.set(e.id, e);
      for (const form of data.aliases.get(e.id) ?? []) this.addAlias(e, form.text, form.kind);
    }
    for (const [key, entry] of this.index) {
      const list = entry.all;
      const old = before.get(key) ?? 0;
      // the new aliases first, in their own order; the stable sort keeps that within a length
      if (old && old < list.length) list.unshift(...list.splice(old));
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      entry.narrowed = null;
    }
    this.indexCaseFree();
  }

  private indexCaseFree(): void {
    this.caseFreeIndex = new Map();
    for (const [key, { all }] of this.index) {
      const kept = all.filter(caseFree);
      if (kept.length) this.caseFreeIndex.set(key, { all: kept, narrowed: null });
    }
  }

  /** Every alias that is exactly `name`, in any case, with or without a leading "the". */
  aliasesOf(name: string): Alias[] {
    const forms = [name.trim(), name.trim().replace(LEADING_ARTICLE, '')].map((f) => aliasTokens(f).map(tokenKey));
    const found = new Set<Alias>();
    for (const keys of forms) {
      for (const a of this.index.get(keys[0] ?? '')?.all ?? []) if (a.tokens.join(' ') === keys.join(' ')) found.add(a);
    }
    return [...found];
  }

  private addAlias(entry: KbEntry, text: string, kind: KbEntry['kind']): void {
    const bare = kind === 'role' ? text : text.replace(LEADING_ARTICLE, '');
    const words = aliasTokens(bare);
    if (!words.length) return;
    const alias: Alias = {
      tokens: words.map(tokenKey),
      exactCase: isAcronym(bare) ? words : null,
      entry,
      kind,
    };
    const key = alias.tokens[0]!;
    let listed = this.index.get(key);
    if (!listed) this.index.set(key, (listed = { all: [], narrowed: null }));
    const list = listed.all;
    if (!list.some((a) => a.entry === entry && a.tokens.join(' ') === alias.tokens.join(' '))) list.push(alias);
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  /** The state entry for an ISO3 code. */
  country(iso3: string): KbEntry | undefined {
    return this.byId.get(iso3);
  }

  /**
   * All aliases that match the tokens starting at `i`, longest first. Proper names must
   * start with a capital in the text; acronyms must match their case exactly; role words
   * match in any case.
   */
  matchAt(tokens: readonly Token[], i: number, keys: readonly string[]): AliasMatch[] {
    // a token in lower case can start only a role word or an acronym (the test below): those are looked up apart
    const index = tokens[i]?.upper ? this.index : this.caseFreeIndex;
    const candidates = this.candidatesAt(index, keys[i] ?? '', i + 1 < tokens.length ? keys[i + 1] : undefined);
    if (!candidates) return [];
    const found: AliasMatch[] = [];
    for (const alias of candidates) {
      const n = alias.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k]!;
        if (keys[i + k] !== alias.tokens[k]) ok = false;
        else if (alias.exactCase && t.text !== alias.exactCase[k]) ok = false;
        // a line break or a wide gap inside a name is no name
        else if (k > 0 && t.start > tokens[i + k - 1]!.end + 1) ok = false;
      }
      if (!ok) continue;
      if (!caseFree(alias) && !tokens[i]!.upper) continue;
      found.push({ alias, first: i, last: i + n });
    }
    return found;
  }

  /**
   * The aliases under `first` (in index order) that can match where `next` follows: the
   * one-word ones, and the longer ones whose second word is `next`. Common first words
   * ("united", "national") start dozens of names; this spares trying each at every token.
   */
  private candidatesAt(index: ReadonlyMap<string, IndexEntry>, first: string, next: string | undefined): readonly Alias[] | undefined {
    const entry = index.get(first);
    if (!entry) return undefined;
    let n = entry.narrowed;
    if (!n) {
      const list = entry.all;
      const alone = list.filter((a) => a.tokens.length === 1);
      const byNext = new Map<string, Alias[]>();
      for (const a of list) {
        const second = a.tokens[1];
        if (second !== undefined && !byNext.has(second)) byNext.set(second, list.filter((b) => b.tokens.length === 1 || b.tokens[1] === second));
      }
      entry.narrowed = n = { alone, byNext };
    }
    return (next === undefined ? undefined : n.byNext.get(next)) ?? n.alone;
  }

  /** The office a person held at a date (see `roleAt`). */
  personRole(entry: KbEntry, date: string | null): PersonRole | null {
    return roleAt(entry.roles, date);
  }
}
