import { existsSync, statSync } from 'node:fs';
import { delimiter } from 'node:path';
import { UserError } from '../core/errors.js';
import { KnowledgeBase } from '../kb/knowledge-base.js';
import { loadKbData, type KbData } from '../kb/load.js';
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

export interface ResourceOptions {
  /**
   * More knowledge-base folders (the layout of `data/kb`, e.g. made by `attache kb import`),
   * loaded over the shipped one in this order. Default: the folders named by `ATTACHE_KB`.
   */
  extraKb?: readonly string[];
}

/** The folders `ATTACHE_KB` names, separated by `:` (`;` on Windows). */
export function kbFoldersFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.ATTACHE_KB ?? '').split(delimiter).map((s) => s.trim()).filter(Boolean);
}

function loadKbFolder(dir: string): KbData {
  const hint = 'give a folder made by `attache kb import`, or one with the layout of data/kb (docs/data-formats.md); see --kb and ATTACHE_KB';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`knowledge-base folder '${dir}' does not exist`, hint);
  const data = loadKbData(dir);
  if (!data.entries.length) throw new UserError(`knowledge-base folder '${dir}' holds no entries (no groups.tsv, people/*.tsv, role-words.tsv, …)`, hint);
  return data;
}

/** The shipped knowledge base, extended with the extra folders (see `ResourceOptions`). */
export function loadKnowledgeBase(options: ResourceOptions = {}): KnowledgeBase {
  const kb = KnowledgeBase.load();
  for (const dir of options.extraKb ?? kbFoldersFromEnv()) kb.extend(loadKbFolder(dir));
  return kb;
}

export function loadResources(options: ResourceOptions = {}): Resources {
  return { kb: loadKnowledgeBase(options), lexicon: loadEventLexicon() };
}

/** tokens → sentences → entities → actors → timex → events */
export function defaultPipeline(resources: Resources = loadResources()): Pipeline {
  return Pipeline.build([tokensStage, sentencesStage, entitiesStage(resources.kb), actorsStage, timexStage, eventsStage(resources.lexicon)]);
}
