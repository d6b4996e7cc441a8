import { UserError } from '../../core/errors.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import { table } from '../render.js';
import type { Command } from './command.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored articles',
  usage: 'attache search "QUERY" [--limit N] [--format table|json] [--db FILE]',
  async run(argv) {
    const { values, positionals } = parse('search', argv, { ...dbOption, limit: { type: 'string' }, format: { type: 'string', default: 'table' } });
    if (values.help) return (console.log(this.usage), 0);
    const query = positionals.join(' ').trim();
    if (!query) throw new UserError('search needs a query', 'e.g. attache search "arms embargo"');
    const store = await openStore(storeLocation(values.db));
    try {
      const hits = await store.search(query, intFlag('limit', values.limit) ?? 20);
      if (values.format === 'json') console.log(JSON.stringify(hits, null, 2));
      else console.log(hits.length ? table(['id', 'published', 'title', 'snippet'], hits.map((h) => [h.id, h.published ?? '', h.title ?? '', h.snippet])) : 'no article matches');
      return 0;
    } finally {
      await store.close();
    }
  },
};
