import { UserError } from '../../core/errors.js';
import type { EventFilter } from '../../store/contract.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, numFlag, parse } from '../args.js';
import { withCorrections } from '../../app/corrections.js';
import { eventCsv } from '../../app/export.js';
import { eventTable } from '../render.js';
import type { Command } from './command.js';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list stored events, filtered',
  usage:
    'attache events [--actor CODE|NAME] [--pair A,B] [--root NN] [--cameo CODE] [--quad N] [--modality M]\n' +
    '               [--from DATE] [--to DATE] [--article ID] [--min-confidence X] [--limit N] [--format table|json|csv] [--db FILE]',
  async run(argv) {
    const { values } = parse('events', argv, {
      ...dbOption,
      actor: { type: 'string' }, pair: { type: 'string' }, root: { type: 'string' }, cameo: { type: 'string' }, quad: { type: 'string' },
      modality: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, article: { type: 'string' },
      'min-confidence': { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, format: { type: 'string', default: 'table' },
    }, false);
    if (values.help) return (console.log(this.usage), 0);
    const format = values.format!;
    if (!['table', 'json', 'csv'].includes(format)) throw new UserError(`--format '${format}' is not table, json or csv`);
    const pair = values.pair?.split(',').map((s) => s.trim()).filter(Boolean);
    if (pair && pair.length !== 2) throw new UserError(`--pair '${values.pair}' needs two actor codes`, 'e.g. --pair IRN,RUS');
    const filter: EventFilter = {
      actor: values.actor, pair: pair as [string, string] | undefined, root: values.root, cameo: values.cameo, quad: intFlag('quad', values.quad),
      modality: values.modality as EventFilter['modality'], from: values.from, to: values.to, article: values.article,
      minConfidence: numFlag('min-confidence', values['min-confidence']), limit: intFlag('limit', values.limit) ?? 200, offset: intFlag('offset', values.offset),
    };
    const store = await openStore(storeLocation(values.db));
    try {
      const events = await store.queryEvents(filter);
      if (format === 'json') console.log(JSON.stringify(events, null, 2));
      else if (format === 'csv') process.stdout.write(eventCsv(await withCorrections(store, events)));
      else console.log(events.length ? eventTable(events) : 'no events match');
      return 0;
    } finally {
      await store.close();
    }
  },
};
