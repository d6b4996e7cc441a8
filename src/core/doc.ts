import type { ActorPhrase, Article, EventRecord, Mention, Sentence, Timex, Token } from './types.js';

/**
 * The unit of work that flows through the pipeline (spaCy's Doc): the unchanged article
 * plus layers that stages add. A layer is `undefined` until its stage has run.
 */
export interface Doc {
  article: Article;
  text: string;
  /** Reference date for relative time expressions: the publication date, or null. */
  anchor: string | null;
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  actors?: ActorPhrase[];
  timexes?: Timex[];
  events?: EventRecord[];
  /** Rules that fired or nearly fired, kept when tracing. */
  trace?: TraceEntry[];
}

export interface TraceEntry {
  stage: string;
  sentence: number;
  message: string;
}

/** The names of the layers a stage can require or provide. */
export type Layer = 'sentences' | 'tokens' | 'mentions' | 'actors' | 'timexes' | 'events';

export function newDoc(article: Article): Doc {
  return { article, text: article.text, anchor: article.published };
}

/** Reads a layer that the pipeline guarantees is present. */
export function layer<K extends Layer>(doc: Doc, name: K): NonNullable<Doc[K]> {
  const value = doc[name];
  if (value === undefined) throw new Error(`layer '${name}' is missing: the pipeline was built without its stage`);
  return value as NonNullable<Doc[K]>;
}
