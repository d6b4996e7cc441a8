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
  /** Sent and not yet coded, oldest first: the first is the one being coded. */
  inflight: Job[];
  /** Coded and waiting in the thread's batch for its commit. */
  queued: Map<number, Job>;
  stopping: boolean;
}

const WORKER_FILE = new URL('./worker-thread.js', import.meta.url);

/**
 * A fixed number of coding threads (worker_threads), each with its own pipeline and, when
 * it stores its own articles, its own batch. A thread that dies takes only the article it
 * was coding with it: that one is reported failed; the others it held, waiting or coded
 * but not committed, go to a replacement thread.
 */
export class CodingThreads {
  private readonly threads: Thread[] = [];
  private seq = 0;
  /** Callers of `room` waiting for a thread to take an article. */
  private waiting: (() => void)[] = [];

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

  /** Resolves when some thread holds fewer than `perThread` articles not yet coded. */
  async room(perThread: number): Promise<void> {
    while (this.threads.length && this.threads.every((t) => t.inflight.length >= perThread)) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Codes one article on the least busy thread; resolves when coded, or stored by the thread. */
  code(article: Article): Promise<CodingOutcome> {
    return new Promise((done) => {
      if (!this.threads.length) return done({ type: 'failed', message: 'no coding thread is running (each one failed to start)' });
      const thread = this.threads.reduce((a, b) => (b.inflight.length < a.inflight.length ? b : a));
      this.send(thread, { seq: ++this.seq, article, done });
    });
  }

  /** Asks every thread to commit its open batch now (no more articles are coming). */
  flush(): void {
    for (const t of this.threads) t.worker.postMessage({ type: 'flush' } satisfies ToWorker);
  }

  /** Lets every thread finish and commit what it holds, then ends them. */
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

  /** An article was coded (or failed): its thread has room for the next. */
  private freed(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Routes an answer about one article to its job. */
  private answer(thread: Thread, m: Extract<FromWorker, { seq: number }>): void {
    let job: Job | undefined;
    if (thread.inflight[0]?.seq === m.seq) {
      job = thread.inflight.shift()!;
      this.freed();
      if (m.type === 'queued') return void thread.queued.set(m.seq, job);
    } else {
      job = thread.queued.get(m.seq);
      thread.queued.delete(m.seq);
    }
    if (!job || m.type === 'queued') throw new Error(`coding thread answered article ${m.seq} out of order`);
    job.done(m.type === 'failed' ? { type: 'failed', message: m.message } : m.type === 'coded' ? { type: 'coded', entities: m.entities, events: m.events } : { type: 'stored', result: m.result, events: m.events });
  }

  /** A new thread, resolved once it is ready, rejected if its setup fails. */
  private spawn(): Promise<Thread> {
    const thread: Thread = { worker: new Worker(WORKER_FILE, { workerData: this.setup }), inflight: [], queued: new Map(), stopping: false };
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
        } else if (m.type !== 'stopped') this.answer(thread, m);
      });
      let lastError: Error | null = null;
      thread.worker.on('error', (e) => (lastError = e));
      thread.worker.on('exit', (code) => {
        const why = lastError?.message ?? `exit code ${code}`;
        if (thread.stopping) return this.orphaned(thread, why);
        this.remove(thread);
        if (!ready) return reject(new Error(`a coding thread stopped while starting: ${why}`));
        this.replace(thread, why);
      });
    });
  }

  private remove(thread: Thread): void {
    const i = this.threads.indexOf(thread);
    if (i >= 0) this.threads.splice(i, 1);
    this.freed();
  }

  /** A thread that ended while stopping and still owed answers: those articles failed. */
  private orphaned(thread: Thread, why: string): void {
    for (const job of [...thread.inflight.splice(0), ...thread.queued.values()]) {
      job.done({ type: 'failed', message: `the coding thread stopped before storing this article (${why}); run the ingest again to store it` });
    }
    thread.queued.clear();
  }

  /**
   * After a thread died: fail the article it was coding, hand the rest to a new thread.
   * Coded articles whose batch it had not committed are coded again (had it committed
   * them just before dying, they come back as already stored).
   */
  private replace(dead: Thread, why: string): void {
    const [current, ...waiting] = dead.inflight;
    current?.done({ type: 'failed', message: `the coding thread stopped while coding this article (${why})` });
    const next = this.spawn();
    // Queued on the new thread at once: a worker's port holds messages until it listens.
    const thread = this.threads[this.threads.length - 1]!;
    for (const job of [...dead.queued.values(), ...waiting]) this.send(thread, job);
    next.catch((e: Error) => {
      for (const job of [...thread.inflight.splice(0), ...thread.queued.values()]) job.done({ type: 'failed', message: e.message });
    });
  }
}
