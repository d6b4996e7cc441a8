import { UserError } from '../../core/errors.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import { eventTable, table } from '../render.js';
import type { Command } from './command.js';

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list stored articles, or show one with its events (articles show ID)',
  usage: 'attache articles [list] [--limit N] [--format table|json] [--db FILE]\nattache articles show ID [--format table|json] [--db FILE]',
  async run(argv) {
    const { values, positionals } = parse('articles', argv, { ...dbOption, limit: { type: 'string' }, offset: { type: 'string' }, format: { type: 'string', default: 'table' } });
    if (values.help) return (console.log(this.usage), 0);
    const [sub = 'list', id] = positionals;
    const store = await openStore(storeLocation(values.db));
    try {
      if (sub === 'list') {
        const rows = await store.listArticles({ limit: intFlag('limit', values.limit) ?? 100, offset: intFlag('offset', values.offset) });
        if (values.format === 'json') console.log(JSON.stringify(rows, null, 2));
        else console.log(rows.length ? table(['id', 'published', 'events', 'source', 'title'], rows.map((a) => [a.id, a.published ?? '', String(a.events), a.source ?? '', a.title ?? ''])) : 'no articles stored; try attache ingest examples/');
        return 0;
      }
      if (sub === 'show') {
        if (!id) throw new UserError('articles show needs an article id', 'list them with attache articles');
        const a = await store.getArticle(id);
        if (!a) throw new UserError(`no article with id '${id}'`, 'list them with attache articles');
        const events = await store.queryEvents({ article: id });
        if (values.format === 'json') {
          console.log(JSON.stringify({ ...a, events }, null, 2));
          return 0;
        }
        console.log(`${a.title ?? '(no title)'}\n${a.id} · ${a.published ?? 'no date'} · ${a.source ?? 'no source'}\n`);
        console.log(a.text);
        console.log(`\n${events.length} event(s)`);
        if (events.length) console.log(eventTable(events));
        return 0;
      }
      throw new UserError(`unknown articles subcommand '${sub}'`, 'use attache articles list or attache articles show ID');
    } finally {
      await store.close();
    }
  },
};
