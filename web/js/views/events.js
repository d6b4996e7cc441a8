import { apiUrl, get } from '../api.js';
import { append, h, href } from '../dom.js';
import { MODALITIES, ROOTS } from '../labels.js';
import { eventTable } from '../parts/event-row.js';
import { field } from '../parts/forms.js';

const PAGE = 50;
/** The filters the table offers, as the API names them. */
const FILTERS = ['actor', 'pair', 'root', 'modality', 'from', 'to', 'min_confidence', 'source', 'article', 'sort'];

function select(name, value, options) {
  return h('select', { name }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

function filterForm(q) {
  const [a = '', b = ''] = (q.pair ?? '').split(',');
  const input = (name, attrs = {}) => h('input', { name, type: 'text', value: q[name] ?? '', ...attrs });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter events' },
    field('Actor', input('actor', { placeholder: 'IRN, IGO:UN, Shoigu' })),
    h(
      'fieldset',
      { class: 'pair' },
      h('legend', {}, 'Pair'),
      h(
        'div',
        { class: 'pair-inputs' },
        field('First actor of the pair', input('pair_a', { value: a, placeholder: 'IRN', size: 6 }), null, { hidden: true }),
        h('span', { 'aria-hidden': 'true' }, '–'),
        field('Second actor of the pair', input('pair_b', { value: b, placeholder: 'RUS', size: 6 }), null, { hidden: true }),
      ),
    ),
    field('Event type (root)', select('root', q.root ?? '', [['', 'any'], ...Object.entries(ROOTS).map(([k, v]) => [String(k).padStart(2, '0'), `${String(k).padStart(2, '0')} ${v}`])])),
    field('Status', select('modality', q.modality ?? '', [['', 'any'], ...Object.entries(MODALITIES).map(([k, v]) => [k, `${k} (${v})`])])),
    field('From', input('from', { placeholder: 'YYYY-MM-DD', inputmode: 'numeric', size: 10 })),
    field('To', input('to', { placeholder: 'YYYY-MM-DD', inputmode: 'numeric', size: 10 })),
    field('Min. confidence', h('input', { name: 'min_confidence', type: 'number', min: 0, max: 1, step: 0.05, value: q.min_confidence ?? '' })),
    field('Sort', select('sort', q.sort ?? '-date', [['-date', 'newest first'], ['date', 'oldest first'], ['-confidence', 'most confident first'], ['confidence', 'least confident first']])),
    q.source ? h('input', { type: 'hidden', name: 'source', value: q.source }) : null,
    q.article ? h('input', { type: 'hidden', name: 'article', value: q.article }) : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: href('/events'), class: 'button secondary' }, 'Clear')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new window.FormData(form);
    const params = {};
    for (const k of FILTERS) params[k] = data.get(k)?.toString().trim();
    const pa = data.get('pair_a')?.toString().trim().toUpperCase();
    const pb = data.get('pair_b')?.toString().trim().toUpperCase();
    params.pair = pa && pb ? `${pa},${pb}` : '';
    if (params.sort === '-date') params.sort = '';
    window.location.hash = href('/events', params);
  });
  return form;
}

/** The events table with its filters, paging and downloads. */
export async function eventsView(main, _parts, q) {
  const offset = Number(q.offset ?? 0) || 0;
  const filters = Object.fromEntries(FILTERS.map((k) => [k, q[k]]));
  append(main, h('h1', {}, 'Events'), filterForm(q));
  let page;
  try {
    page = await get('events', { ...filters, limit: PAGE, offset });
  } catch (e) {
    append(main, h('p', { class: 'error', role: 'alert' }, e.message, e.hint ? ` — ${e.hint}` : ''));
    return 'Events';
  }
  const last = Math.min(offset + PAGE, page.total);
  append(main, 
    h(
      'div',
      { class: 'result-bar' },
      h('p', { id: 'event-count' }, page.total ? `${offset + 1}–${last} of ${page.total} events` : 'No events match these filters.'),
      h('p', { class: 'downloads' }, 'Download: ', h('a', { href: apiUrl('export.csv', filters), download: '' }, 'CSV'), ' · ', h('a', { href: apiUrl('export.jsonl', filters), download: '' }, 'JSON lines')),
    ),
    page.items.length ? eventTable(page.items) : null,
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      offset > 0 ? h('a', { href: href('/events', { ...filters, offset: Math.max(0, offset - PAGE) }), rel: 'prev' }, '← Previous') : null,
      last < page.total ? h('a', { href: href('/events', { ...filters, offset: offset + PAGE }), rel: 'next' }, 'Next →') : null,
    ),
  );
  return 'Events';
}
