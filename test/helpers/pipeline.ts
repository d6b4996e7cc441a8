import type { Doc } from '../../src/core/doc.js';
import type { Article } from '../../src/core/types.js';
import { defaultPipeline, loadResources } from '../../src/pipeline/default.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';

let shared: Pipeline | null = null;

/** The default pipeline, loaded once for a test file. */
export function pipeline(): Pipeline {
  return (shared ??= defaultPipeline(loadResources()));
}

/** Runs one sentence (or a few) as an article published on `date`. */
export function run(text: string, date = '2024-03-15'): Doc {
  const article: Article = { id: 't', title: null, published: date, source: null, url: null, text };
  return pipeline().run(article);
}
