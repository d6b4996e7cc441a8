import { Ontology } from '../ontology/cameo.js';
import { PatternIndex } from '../stages/events/match.js';
import { loadIrregulars } from './inflect.js';
import { loadModalityCues, type ModalityCue } from './modality-cues.js';
import { loadPatterns } from './patterns.js';

/** Everything the event coder reads from `data/`: patterns, modality cues, the ontology. */
export interface EventLexicon {
  ontology: Ontology;
  patterns: PatternIndex;
  cues: ModalityCue[];
}

export function loadEventLexicon(): EventLexicon {
  const ontology = Ontology.load();
  const irregular = loadIrregulars();
  return { ontology, patterns: new PatternIndex(loadPatterns(ontology, irregular)), cues: loadModalityCues() };
}
