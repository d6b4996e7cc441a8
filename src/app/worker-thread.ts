/**
 * A coding thread for `ingest --workers N`: builds the pipeline once (loading the
 * knowledge base and lexicon takes about a second), then codes the articles the main
 * thread sends, one at a time, in the order sent. With a store, it stores them itself,
 * several per commit (`ArticleWriter`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { ArticleWriter } from '../store/article-writer.js';
import type { Store } from '../store/contract.js';
import { openStore } from '../store/open.js';
import { entityRecords } from './extraction.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const send = (m: FromWorker) => port.postMessage(m);

interface Thread {
  pipeline: Pipeline;
  store: Store | null;
  writer: ArticleWriter | null;
  /** Answers still to send once their batch commits. */
  answers: Set<Promise<void>>;
}

async function start(): Promise<Thread | null> {
  try {
    const pipeline = defaultPipeline();
    // One connection is enough: this thread commits one batch at a time.
    const store = setup.store ? await openStore(setup.store, { poolSize: 1 }) : null;
    return { pipeline, store, writer: store && new ArticleWriter(store, setup.batch), answers: new Set() };
  } catch (e) {
    send({ type: 'setup-failed', message: (e as Error).message, hint: e instanceof UserError ? e.hint : null });
    return null;
  }
}

async function handle(m: ToWorker, t: Thread): Promise<void> {
  if (m.type === 'flush') return void (await t.writer?.flush());
  if (m.type === 'stop') {
    await t.writer?.close();
    await Promise.all(t.answers);
    await t.store?.close();
    send({ type: 'stopped' });
    port.close();
    return;
  }
  try {
    if (t.writer) await codeAndQueue(t, t.writer, m.seq, m.article);
    else {
      const doc = t.pipeline.run(m.article);
      send({ type: 'coded', seq: m.seq, entities: entityRecords(doc), events: doc.events ?? [] });
    }
  } catch (e) {
    send({ type: 'failed', seq: m.seq, message: (e as Error).message });
  }
}

/** Codes an article into the writer's batch and answers for it once the batch commits. */
async function codeAndQueue(t: Thread, writer: ArticleWriter, seq: number, article: Article): Promise<void> {
  if (await writer.has(article.id)) return send({ type: 'stored', seq, result: 'exists', events: 0 });
  const doc = t.pipeline.run(article);
  const events = doc.events ?? [];
  const answer = writer.save({ article, entities: entityRecords(doc), events }).then(
    (result) => send({ type: 'stored', seq, result, events: result === 'inserted' ? events.length : 0 }),
    (e: Error) => send({ type: 'failed', seq, message: e.message }),
  );
  t.answers.add(answer);
  void answer.finally(() => t.answers.delete(answer));
  send({ type: 'queued', seq });
}

const ready = await start();
if (ready) {
  // Messages are handled strictly one after another, so the main thread knows that the
  // oldest article it sent and that is not yet coded is the one being coded.
  let chain = Promise.resolve();
  port.on('message', (m: ToWorker) => {
    chain = chain.then(() => handle(m, ready));
  });
  send({ type: 'ready' });
} else {
  port.close();
}
