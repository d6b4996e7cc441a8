import { h } from '../dom.js';
import { actorKey, MODALITIES, QUADS } from '../labels.js';
import { actorHref, articleHref } from '../links.js';

/** A link to an event's evidence in the reader. */
export function evidenceLink(e, text = e.evidence.text) {
  return h('a', { href: articleHref(e.article_id, e.fingerprint), class: 'evidence-link' }, text);
}

/** A small badge for the quad class, coloured and named. */
export function quadBadge(quad) {
  return h('span', { class: `badge q${quad}`, title: QUADS[quad] }, QUADS[quad]);
}

/** The status of an event, with the corrected one when an analyst changed it. */
export function statusText(e) {
  const fixed = e.corrected?.modality;
  return fixed && fixed !== e.modality ? [h('del', {}, e.modality), ' ', h('ins', {}, fixed)] : e.modality;
}

/** A "corrected" or "not an event" mark, naming who corrected. */
export function correctedBadge(e) {
  if (!e.corrected) return null;
  const who = `by ${e.corrected.by.join(', ')}`;
  return e.corrected.not_event ? h('span', { class: 'badge flag', title: `marked not an event ${who}` }, 'not an event') : h('span', { class: 'badge fixed', title: `corrected ${who}` }, 'corrected');
}

/** A value with its correction: the coder's struck out, the analyst's after it. */
export function withFix(original, fixed) {
  return fixed !== undefined && fixed !== original ? [h('del', {}, original ?? '—'), ' ', h('ins', {}, fixed ?? 'unknown')] : (original ?? '—');
}

/** A table of events; each row links to its evidence. On a phone the rows become cards. */
export function eventTable(events, caption) {
  const th = (t) => h('th', { scope: 'col' }, t);
  // one wrapper a cell: on a phone the cell is a two-column grid, its label and its content
  const td = (label, ...c) => h('td', { 'data-label': label }, h('span', {}, ...c));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'events' },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, th('Date'), th('Source'), th('Event'), th('Target'), th('Status'), th('Conf.'), th('Evidence'))),
      h(
        'tbody',
        {},
        events.map((e) =>
          h(
            'tr',
            { class: e.corrected?.not_event ? 'struck' : null },
            td('Date', withFix(e.date, e.corrected && 'date' in e.corrected ? e.corrected.date : undefined)),
            td('Source', h('a', { href: actorHref(actorKey(e.source)), title: e.source.name ?? '' }, withFix(e.source.code, e.corrected?.source))),
            td('Event', h('span', { class: 'code' }, withFix(e.cameo, e.corrected?.cameo)), ' ', e.label, ' ', quadBadge(e.quad), ' ', correctedBadge(e)),
            td('Target', h('a', { href: actorHref(actorKey(e.target)), title: e.target.name ?? '' }, withFix(e.target.code, e.corrected?.target))),
            td('Status', h('span', { title: MODALITIES[e.modality] }, statusText(e))),
            td('Conf.', e.confidence.toFixed(2)),
            td('Evidence', evidenceLink(e)),
          ),
        ),
      ),
    ),
  );
}
