#!/usr/bin/env node
import { DataError, UserError } from '../core/errors.js';
import { articlesCommand } from './commands/articles.js';
import { actorsCommand } from './commands/actors.js';
import type { Command } from './commands/command.js';
import { demoCommand } from './commands/demo.js';
import { enqueueCommand } from './commands/enqueue.js';
import { eventsCommand } from './commands/events.js';
import { explainCommand } from './commands/explain.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { kbCommand } from './commands/kb.js';
import { queueCommand } from './commands/queue.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { workerCommand } from './commands/worker.js';

const COMMANDS: Command[] = [demoCommand, ingestCommand, extractCommand, eventsCommand, articlesCommand, searchCommand, explainCommand, actorsCommand, kbCommand, serveCommand, enqueueCommand, workerCommand, queueCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'attache — sourced, time-aware event records from news reports',
    '',
    'usage: attache COMMAND [options]   (attache COMMAND --help for its options)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The store is ./attache.db unless --db FILE|postgres://… or ATTACHE_DB says otherwise.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    console.log('attache 0.1.0');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UserError(`unknown command '${name}'`, "run 'attache --help' for the list");
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UserError) {
      console.error(`attache: ${e.message}${e.hint ? `\n  ${e.hint}` : ''}`);
      process.exitCode = e.exitCode;
    } else if (e instanceof DataError) {
      console.error(`attache: a data file is malformed: ${e.message}\n  fix the file (see docs/data-formats.md) or reinstall attache`);
      process.exitCode = 3;
    } else {
      console.error(`attache: unexpected error: ${(e as Error).stack ?? e}`);
      process.exitCode = 70;
    }
  },
);
