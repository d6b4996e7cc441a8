import type { IngestProgress } from '../app/ingest.js';

/** A one-line progress display on a terminal; nothing when stderr is a file or a pipe. */
export function progressPrinter(verb = 'ingesting'): ((p: IngestProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    process.stderr.write(`\r\x1b[K${verb} ${p.done}/${p.total} ${p.path.slice(-60)}`);
    if (p.done === p.total) process.stderr.write('\r\x1b[K');
  };
}
