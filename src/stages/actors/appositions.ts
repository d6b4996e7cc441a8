import type { ActorPhrase, Token } from '../../core/types.js';

/**
 * "Ahmed al-Assadi, a spokesman for the PMF, …", "Konstantin Kosachev, chair of the Russian
 * parliament's committee": an unknown person followed by a comma and a phrase that names a
 * state or body serves that state or body.
 */
export function learnFromAppositions(tokens: readonly Token[], phrases: readonly ActorPhrase[]): void {
  // "Merkel's spokesperson, Steffen Seibert, said": the name after a role phrase and a comma
  for (let k = 1; k < phrases.length; k++) {
    const a = phrases[k - 1]!;
    const b = phrases[k]!;
    const person = b.parts.length === 1 ? b.parts[0]! : null;
    if (!person || person.kind !== 'person' || person.kbId || person.country || person.org) continue;
    if (b.firstToken !== a.lastToken + 1 || tokens[a.lastToken]?.text !== ',') continue;
    const last = a.parts[a.parts.length - 1];
    if (last?.kind !== 'role' || !(a.actor.country || a.actor.org)) continue;
    person.country = a.actor.country;
    person.org = a.actor.country ? null : a.actor.org;
    person.role ??= last.role;
    person.reason = `${person.reason}; serves ${a.actor.code} as the role phrase before it says`;
  }
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k]!;
    const person = a.parts.length === 1 ? a.parts[0]! : null;
    if (!person || person.kind !== 'person' || person.kbId || person.country || person.org) continue;
    if (tokens[a.lastToken]?.text !== ',') continue;
    let j = a.lastToken + 1;
    // the apposition's head: "a spokesman for", "chair of", "the former head of"
    const stop = Math.min(tokens.length, j + 7);
    while (j < stop && !phrases.some((p) => p.firstToken === j) && tokens[j]!.kind === 'word' && !tokens[j]!.upper) j++;
    const b = phrases.find((p) => p.firstToken === j);
    if (!b || b.placeOnly || !(b.actor.country || b.actor.org)) continue;
    // "Kim Yo Jong, the powerful sister of leader Kim Jong Un": a relative or aide of a known
    // person is of that person's state; another relation to a person ("a critic of") says nothing
    const head = tokens.slice(a.lastToken + 1, j).map((t) => t.lower);
    const relation = head.find((w) => RELATIONS.has(w));
    if (b.person && !relation) continue;
    person.country = b.actor.country;
    person.org = b.actor.country ? null : b.actor.org;
    if (!b.person || AIDES.has(relation ?? '')) person.role ??= b.actor.role;
    person.reason = `${person.reason}; serves ${b.actor.code} by the apposition after it`;
  }
}

/** Relations to a known person that make someone of that person's state. */
const FAMILY = ['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'widow', 'nephew', 'niece', 'cousin', 'father', 'mother'];
const AIDES = new Set(['aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'envoy', 'secretary']);
const RELATIONS = new Set([...FAMILY, ...AIDES]);

/**
 * An unknown person in a sentence that names exactly one state is most likely that state's:
 * "Hortefeux, then France's interior minister, …". A weak rule, used only when nothing
 * better said whom the person serves.
 */
export function soleStateOfSentence(tokens: readonly Token[], phrases: readonly ActorPhrase[]): void {
  const bySentence = new Map<number, ActorPhrase[]>();
  for (const ph of phrases) {
    const s = tokens[ph.firstToken]!.sentence;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(ph);
  }
  // the first sentence that places a name outweighs a later one naming some other single state
  // ("the United States sanctioned al-Muhandis"); a sentence naming no state places no one
  const placed = new Map<string, string>();
  for (const list of bySentence.values()) {
    // places ("in New York") say where, not whom
    const states = new Set(list.filter((p) => !p.placeOnly).map((p) => p.actor.country).filter(Boolean));
    const [state] = states.size === 1 ? [...states] : [];
    for (const ph of list) {
      for (const m of ph.parts) {
        if (m.kind !== 'person' || m.kbId || m.country || m.org) continue;
        if (!state) continue;
        const earlier = placed.get(m.name);
        if (earlier) {
          m.country = earlier;
          m.reason = `${m.reason}; placed where the name first appeared`;
        } else {
          m.country = state;
          m.reason = `${m.reason}; the one state its sentence names`;
          placed.set(m.name, state);
        }
      }
    }
  }
}
