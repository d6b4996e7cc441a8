import { Ontology } from '../ontology/cameo.js';
import { PatternIndex } from '../stages/events/match.js';
import { loadClaimVerbs } from './claim-verbs.js';
import { canBeVerb } from './english.js';
import { loadIntentCodes, type IntentCodes } from './intent-codes.js';
import { loadIrregulars } from './inflect.js';
import { loadModalityCues, type ModalityCue } from './modality-cues.js';
import { loadPatterns } from './patterns.js';
import { loadStanceVerbs, type Stance } from './stances.js';
import { loadWeaponNouns } from './weapon-nouns.js';

/** Everything the event coder reads from `data/`: patterns, modality cues, the ontology. */
export interface EventLexicon {
  ontology: Ontology;
  patterns: PatternIndex;
  cues: ModalityCue[];
  /** First words of status cues that are verbs of their own ("cancelled", "promised", "agreed"). */
  statusVerbs: Set<string>;
  /** Speakers' verbs toward acts of their own ("said it would strike", "denied that its troops had"), by token key. */
  stanceVerbs: ReadonlyMap<string, Stance>;
  /** Verbs that make what a reaction noun names ("called" → call), by token key. */
  claimVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  /** The 03x intent an announced act of one's own expresses ("said it would send aid" → 033). */
  intentOf: IntentCodes;
  /** Nouns of arms a word of force before them only describes ("attack helicopters"), by token key. */
  weaponNouns: ReadonlySet<string>;
}

export function loadEventLexicon(): EventLexicon {
  const ontology = Ontology.load();
  const irregular = loadIrregulars();
  const cues = loadModalityCues();
  const statusVerbs = new Set(cues.map((c) => c.tokens[0]!).filter((w) => canBeVerb(w) && !['will', 'would', 'shall', 'could', 'may', 'might', 'should', 'can', 'must', 'is', 'are', 'was', 'were', 'be', 'to', 'not', 'no', 'never'].includes(w)));
  return { ontology, patterns: new PatternIndex(loadPatterns(ontology, irregular)), cues, statusVerbs, stanceVerbs: loadStanceVerbs(irregular), claimVerbs: loadClaimVerbs(irregular), intentOf: loadIntentCodes(ontology), weaponNouns: loadWeaponNouns() };
}
