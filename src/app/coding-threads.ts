import { Worker } from 'node:worker_threads';
import type { Article, EntityRecord, EventRecord } from '../core/types.js';
import { UserError } from '../core/errors.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

/** What coding one article in a thread gave. */
export type CodingOutcome =
  | { type: 'coded'; entities: EntityRecord[]; events: EventRecord[] }
  | { type: 'stored'; result: 'inserted' | 'exists'; events: number }
  | { type: 'failed'; message: string };

interface Job {
  seq: number;
  article: Article;
  done: (o: CodingOutcome) => void;
}

interface Thread {
  worker: Worker;
  /** Sent and not yet answered, oldest first: the first is the one being coded. */
  inflight: Job[];
  stopping: boolean;
}

const WORKER_FILE = new URL('./worker-thread.js', import.meta.url);

/**
 * A fixed number of coding threads (worker_threads), each with its own pipeline. A
 * thread that dies takes only the article it was coding with it: that one is reported
 * failed, the others it held go to a replacement thread.
 */
export class CodingThreads {
  private readonly threads: Thread[] = [];
  private seq = 0;

  private constructor(private readonly setup: WorkerSetup) {}

  /** Starts `n` threads and waits until each has built its pipeline. */
  static async start(n: number, setup: WorkerSetup): Promise<CodingThreads> {
    const pool = new CodingThreads(setup);
    const started = await Promise.allSettled(Array.from({ length: n }, () => pool.spawn()));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await pool.stop();
      throw failed.reason;
    }
    return pool;
  }

  /** Codes one article on the least busy thread. */
  code(article: Article): Promise<CodingOutcome> {
    return new Promise((done) => {
      if (!this.threads.length) return done({ type: 'failed', message: 'no coding thread is running (each one failed to start)' });
      const thread = this.threads.reduce((a, b) => (b.inflight.length < a.inflight.length ? b : a));
      this.send(thread, { seq: ++this.seq, article, done });
    });
  }

  /** Lets every thread finish what it holds, then ends them. */
  async stop(): Promise<void> {
    await Promise.all(
      this.threads.map(
        (t) =>
          new Promise<void>((resolve) => {
            t.stopping = true;
            t.worker.once('exit', () => resolve());
            t.worker.postMessage({ type: 'stop' } satisfies ToWorker);
          }),
      ),
    );
    this.threads.length = 0;
  }

  private send(thread: Thread, job: Job): void {
    thread.inflight.push(job);
    thread.worker.postMessage({ type: 'code', seq: job.seq, article: job.article } satisfies ToWorker);
  }

  /** A new thread, resolved once it is ready, rejected if its setup fails. */
  private spawn(): Promise<Thread> {
    const thread: Thread = { worker: new Worker(WORKER_FILE, { workerData: this.setup }), inflight: [], stopping: false };
    this.threads.push(thread);
    return new Promise((resolve, reject) => {
      let ready = false;
      thread.worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          ready = true;
          resolve(thread);
        } else if (m.type === 'setup-failed') {
          this.remove(thread);
          reject(new UserError(`a coding thread could not start: ${m.message}`, m.hint));
        } else {
          const job = thread.inflight.shift();
          if (!job || job.seq !== m.seq) throw new Error(`coding thread answered article ${m.seq} out of order`);
          job.done(m.type === 'failed' ? { type: 'failed', message: m.message } : m.type === 'coded' ? { type: 'coded', entities: m.entities, events: m.events } : { type: 'stored', result: m.result, events: m.events });
        }
      });
      let lastError: Error | null = null;
      thread.worker.on('error', (e) => (lastError = e));
      thread.worker.on('exit', (code) => {
        if (thread.stopping) return;
        this.remove(thread);
        const why = lastError?.message ?? `exit code ${code}`;
        if (!ready) return reject(new Error(`a coding thread stopped while starting: ${why}`));
        this.replace(thread, why);
      });
    });
  }

  private remove(thread: Thread): void {
    const i = this.threads.indexOf(thread);
    if (i >= 0) this.threads.splice(i, 1);
  }

  /** After a thread died: fail the article it was coding, hand the rest to a new thread. */
  private replace(dead: Thread, why: string): void {
    const [current, ...waiting] = dead.inflight;
    current?.done({ type: 'failed', message: `the coding thread stopped while coding this article (${why})` });
    const next = this.spawn();
    // Queued on the new thread at once: a worker's port holds messages until it listens.
    const thread = this.threads[this.threads.length - 1]!;
    for (const job of waiting) this.send(thread, job);
    next.catch((e: Error) => {
      for (const job of thread.inflight.splice(0)) job.done({ type: 'failed', message: e.message });
    });
  }
}
