import { newDoc, type Doc, type Layer } from '../core/doc.js';
import type { Article } from '../core/types.js';
import type { RunOptions, Stage } from './stage.js';

/** An ordered list of stages whose needs were checked when it was built. */
export class Pipeline {
  private constructor(readonly stages: readonly Stage[]) {}

  /** Checks that every stage's required layers are provided by an earlier stage. */
  static build(stages: readonly Stage[]): Pipeline {
    const have = new Set<Layer>();
    for (const stage of stages) {
      const missing = stage.requires.filter((l) => !have.has(l));
      if (missing.length) {
        throw new Error(`stage '${stage.name}' needs layer(s) ${missing.join(', ')}, which no earlier stage provides`);
      }
      for (const l of stage.provides) have.add(l);
    }
    return new Pipeline(stages);
  }

  run(article: Article, options: Partial<RunOptions> = {}): Doc {
    const doc = newDoc(article);
    const opts: RunOptions = { trace: options.trace ?? false };
    if (opts.trace) doc.trace = [];
    for (const stage of this.stages) stage.run(doc, opts);
    return doc;
  }
}
