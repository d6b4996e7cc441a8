import { defaultPipeline, loadResources, type Resources } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/contract.js';

/** What the routes use: the store, and the knowledge base and pipeline, loaded on first use. */
export interface ApiDeps {
  store: Store;
  resources(): Resources;
  pipeline(): Pipeline;
}

/**
 * The routes' dependencies. Loading the knowledge base and lexicon takes about half a
 * second, so it waits for the first request that needs it (ingest, an actor's profile).
 */
export function apiDeps(store: Store, resources?: Resources): ApiDeps {
  let loaded = resources ?? null;
  let pipeline: Pipeline | null = null;
  const get = () => (loaded ??= loadResources());
  return { store, resources: get, pipeline: () => (pipeline ??= defaultPipeline(get())) };
}
