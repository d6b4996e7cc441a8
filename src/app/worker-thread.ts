/**
 * A coding thread for `ingest --workers N`: builds the pipeline once (loading the
 * knowledge base and lexicon takes about a second), then codes the articles the main
 * thread sends, one at a time, in the order sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/contract.js';
import { openStore } from '../store/open.js';
import { entityRecords } from './extraction.js';
import { ingestArticle } from './ingest.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const send = (m: FromWorker) => port.postMessage(m);

async function start(): Promise<{ pipeline: Pipeline; store: Store | null } | null> {
  try {
    const pipeline = defaultPipeline();
    // One connection is enough: this thread stores one article at a time.
    const store = setup.store ? await openStore(setup.store, { poolSize: 1 }) : null;
    return { pipeline, store };
  } catch (e) {
    send({ type: 'setup-failed', message: (e as Error).message, hint: e instanceof UserError ? e.hint : null });
    return null;
  }
}

async function handle(m: ToWorker, pipeline: Pipeline, store: Store | null): Promise<void> {
  if (m.type === 'stop') {
    await store?.close();
    port.close();
    return;
  }
  try {
    if (store) {
      const r = await ingestArticle(store, pipeline, m.article);
      send({ type: 'stored', seq: m.seq, result: r.result, events: r.events });
    } else {
      const doc = pipeline.run(m.article);
      send({ type: 'coded', seq: m.seq, entities: entityRecords(doc), events: doc.events ?? [] });
    }
  } catch (e) {
    send({ type: 'failed', seq: m.seq, message: (e as Error).message });
  }
}

const ready = await start();
if (ready) {
  // Messages are handled strictly one after another, so the main thread knows that the
  // oldest article it sent is the one being coded.
  let chain = Promise.resolve();
  port.on('message', (m: ToWorker) => {
    chain = chain.then(() => handle(m, ready.pipeline, ready.store));
  });
  send({ type: 'ready' });
} else {
  port.close();
}
