import { ingestPaths } from '../../app/ingest.js';
import { packageRoot } from '../../data/paths.js';
import { defaultPipeline, loadResources } from '../../pipeline/default.js';
import { openStore, storeLocation } from '../../store/open.js';
import { join } from 'node:path';
import { dbOption, parse } from '../args.js';
import { eventTable } from '../render.js';
import type { Command } from './command.js';
import { extraKbFolders, KB_USAGE, kbOption } from './kb.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the example articles shipped in examples/ and print the coded events',
  usage: 'attache demo [--db FILE] [--kb DIR]\n' + KB_USAGE,
  async run(argv) {
    const { values } = parse('demo', argv, { ...dbOption, ...kbOption }, false);
    if (values.help) return (console.log(this.usage), 0);
    const location = storeLocation(values.db);
    const store = await openStore(location);
    try {
      const summary = await ingestPaths(store, defaultPipeline(loadResources({ extraKb: extraKbFolders(values.kb) })), [join(packageRoot, 'examples')]);
      for (const f of summary.failures) console.error(`failed: ${f.where}: ${f.message}`);
      const events = await store.queryEvents({ limit: 500 });
      console.log(eventTable(events));
      console.log(`\n${summary.articles} example article(s) in ${location} (${summary.inserted} new), ${events.length} event(s) stored.`);
      const [top] = await store.topPairs(1);
      const pair = top ? `${top[0]},${top[1]}` : 'IRN,RUS';
      console.log(`Next: npx attache events --pair ${pair} · npx attache articles · npx attache serve  (all take --db ${location})`);
      return summary.failures.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
