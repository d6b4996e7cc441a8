import { KnowledgeBase } from '../kb/knowledge-base.js';
import { loadEventLexicon, type EventLexicon } from '../lexicon/lexicon.js';
import { actorsStage } from '../stages/actors/stage.js';
import { entitiesStage } from '../stages/entities/stage.js';
import { eventsStage } from '../stages/events/stage.js';
import { sentencesStage } from '../stages/sentences/stage.js';
import { timexStage } from '../stages/timex/stage.js';
import { tokensStage } from '../stages/tokens/stage.js';
import { Pipeline } from './pipeline.js';

/** What the default pipeline is built from; load once, share across documents. */
export interface Resources {
  kb: KnowledgeBase;
  lexicon: EventLexicon;
}

export function loadResources(): Resources {
  return { kb: KnowledgeBase.load(), lexicon: loadEventLexicon() };
}

/** tokens → sentences → entities → actors → timex → events */
export function defaultPipeline(resources: Resources = loadResources()): Pipeline {
  return Pipeline.build([tokensStage, sentencesStage, entitiesStage(resources.kb), actorsStage, timexStage, eventsStage(resources.lexicon)]);
}
