import type { Doc, Layer } from '../core/doc.js';

/** Options every stage may read; stages keep no global state. */
export interface RunOptions {
  trace: boolean;
}

/**
 * A pipeline stage (Stanza's processor contract): it declares the layers it needs and the
 * layers it adds, so the pipeline can refuse to build when a need is unmet.
 */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
  run(doc: Doc, options: RunOptions): void;
}
