import type { SaveResult } from '../store/contract.js';
import type { IngestProgress, IngestSummary } from './ingest.js';

/**
 * The summary and progress of an ingest whose articles are stored some time after they
 * are coded (in batches, on other threads): an article counts as stored when its save has
 * resolved, i.e. once committed, and a file is reported done once all its articles are,
 * files in the order they were read.
 */
export class IngestTally {
  readonly summary: IngestSummary;
  private readonly started = Date.now();
  private filesDone = 0;
  private progress: Promise<void> = Promise.resolve();

  constructor(
    files: number,
    failures: IngestSummary['failures'],
    private readonly onProgress?: (p: IngestProgress) => void,
  ) {
    this.summary = { files, articles: 0, inserted: 0, duplicates: 0, events: 0, failures: [...failures], seconds: 0 };
  }

  /** Counts one article's outcome once `stored` settles; never rejects. */
  track(where: string, stored: Promise<{ result: SaveResult; events: number }>): Promise<void> {
    return stored.then(
      (r) => this.stored(r.result, r.events),
      (e: Error) => this.failed(where, e),
    );
  }

  stored(result: SaveResult, events: number): void {
    if (result === 'inserted') {
      this.summary.inserted++;
      this.summary.events += events;
    } else this.summary.duplicates++;
  }

  failed(where: string, e: Error): void {
    this.summary.failures.push({ where, message: e.message });
  }

  /** Reports `path` done once every article of it has settled, after the files before it. */
  fileRead(path: string, articles: readonly Promise<void>[]): void {
    const total = this.summary.files;
    this.progress = this.progress.then(async () => {
      await Promise.all(articles);
      this.onProgress?.({ done: ++this.filesDone, total, path });
    });
  }

  /** The summary, once every file read has been reported. */
  async finish(): Promise<IngestSummary> {
    await this.progress;
    this.summary.seconds = (Date.now() - this.started) / 1000;
    return this.summary;
  }
}
