import { withCorrections } from '../../app/corrections.js';
import { eventCsv, eventJsonl } from '../../app/export.js';
import type { EventFilter, Store, StoredEvent } from '../../store/contract.js';
import { EVENT_FILTER_PARAMS, eventFilterFrom } from '../event-query.js';
import { queryParam, type RouteContext, type RouteSpec } from '../route.js';
import { ref } from '../schemas.js';

/** The most events one export writes; a bigger record is exported in date ranges. */
const EXPORT_MAX = 100_000;
const PAGE = 5_000;

async function allEvents(store: Store, filter: EventFilter, limit: number): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  while (out.length < limit) {
    const page = await store.queryEvents({ ...filter, limit: Math.min(PAGE, limit - out.length), offset: out.length });
    out.push(...page);
    if (page.length < PAGE) break;
  }
  return out;
}

function exportRoute(format: 'csv' | 'jsonl'): RouteSpec {
  const mediaType = format === 'csv' ? 'text/csv' : 'application/x-ndjson';
  return {
    method: 'get',
    path: `/api/export.${format}`,
    operationId: `export${format === 'csv' ? 'Csv' : 'Jsonl'}`,
    tag: 'events',
    summary: format === 'csv' ? 'Events as CSV, with correction columns' : 'Events as JSON lines, with their corrections',
    description:
      format === 'csv'
        ? 'The coder\'s columns, then `corrected_cameo`, `corrected_source`, `corrected_target`, `corrected_modality`, `corrected_date` (`unknown` when corrected to unknown), `not_event` (`true`), `corrected_by` (authors, `; `-separated) and `corrected_at` (the latest correction): the net effect of the analysts\' corrections, empty when there are none. Takes every filter of GET /api/events.'
        : 'One event a line, as GET /api/events gives it: with `corrections` (each with author and time) and `corrected` (their net effect). Takes every filter of GET /api/events.',
    params: [...EVENT_FILTER_PARAMS, queryParam('limit', `How many events at most, 1 to ${EXPORT_MAX} (default: all, up to ${EXPORT_MAX}).`, { type: 'integer', minimum: 1, maximum: EXPORT_MAX })],
    responses: { 200: { description: 'the events, as a download', mediaType }, 400: { description: 'a bad filter', schema: ref('Error') } },
    async handle({ c, deps, query }: RouteContext) {
      const filter = eventFilterFrom(query);
      const events = await withCorrections(deps.store, await allEvents(deps.store, filter, query.int('limit', { min: 1, max: EXPORT_MAX }) ?? EXPORT_MAX));
      c.header('Content-Disposition', `attachment; filename="attache-events.${format}"`);
      return c.body(format === 'csv' ? eventCsv(events) : eventJsonl(events), 200, { 'Content-Type': `${mediaType}; charset=utf-8` });
    },
  };
}

export const exportRoutes: RouteSpec[] = [exportRoute('csv'), exportRoute('jsonl')];
