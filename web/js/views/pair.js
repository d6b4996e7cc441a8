import { get } from '../api.js';
import { append, h, href } from '../dom.js';
import { QUADS } from '../labels.js';
import { monthRange, timelineChart } from '../charts/timeline.js';
import { eventTable } from '../parts/event-row.js';
import { field } from '../parts/forms.js';
import { pairHref } from '../links.js';

async function actorOptions() {
  const { items } = await get('actors', { limit: 300 });
  return h('datalist', { id: 'actor-keys' }, items.map((a) => h('option', { value: a.key }, a.name ? `${a.key} — ${a.name}` : a.key)));
}

function pairForm(a, b, q) {
  const input = (name, value, label) => field(label, h('input', { name, type: 'text', value: value ?? '', list: 'actor-keys', required: true, size: 8, autocapitalize: 'characters' }));
  const date = (name, label) => field(label, h('input', { name, type: 'text', value: q[name] ?? '', placeholder: 'YYYY-MM', inputmode: 'numeric', size: 8 }));
  const form = h('form', { class: 'filters', 'aria-label': 'Choose a pair' }, input('a', a, 'First actor'), input('b', b, 'Second actor'), date('from', 'From'), date('to', 'To'), h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = new window.FormData(form);
    const key = (n) => d.get(n).toString().trim().toUpperCase();
    window.location.hash = pairHref(key('a'), key('b'), { from: d.get('from').toString().trim(), to: d.get('to').toString().trim() });
  });
  return form;
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' }, [1, 2, 3, 4].map((q) => h('li', {}, h('span', { class: `swatch q${q}`, 'aria-hidden': 'true' }), QUADS[q])));
}

/** A data table of the chart, for screen readers and for copying. */
function dataTable(months) {
  return h(
    'details',
    { class: 'data' },
    h('summary', {}, 'The numbers behind the chart'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, ['Month', ...[1, 2, 3, 4].map((q) => QUADS[q]), 'Mean Goldstein'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, months.map((m) => h('tr', {}, h('th', { scope: 'row' }, m.month), m.quad.map((n) => h('td', {}, String(n))), h('td', {}, m.goldstein_mean === null ? '—' : String(m.goldstein_mean))))),
      ),
    ),
  );
}

/** The pair view: cooperation against conflict per month; a month lists its events. */
export async function pairView(main, parts, q) {
  const [a, b] = parts.map((p) => p.toUpperCase());
  append(main, h('h1', {}, a && b ? `${a} – ${b}` : 'Pairs'), pairForm(a, b, q), await actorOptions());
  if (!a || !b) {
    const { top_pairs: pairs } = await get('overview');
    append(main, h('h2', {}, 'Most active pairs'), h('ul', { class: 'plain' }, pairs.map((p) => h('li', {}, h('a', { href: pairHref(p.a, p.b) }, `${p.a_name ?? p.a} – ${p.b_name ?? p.b}`), ` · ${p.events} events`))));
    return 'Pairs';
  }
  const { months } = await get(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { from: q.from, to: q.to });
  if (!months.length) {
    append(main, h('p', { class: 'notice' }, `No dated events between ${a} and ${b}${q.from || q.to ? ' in this period' : ''}. `, h('a', { href: href('/events', { pair: `${a},${b}` }) }, 'Undated ones, if any, are in the events table.')));
    return `${a} – ${b}`;
  }
  const total = months.reduce((n, m) => n + m.events, 0);
  const span = monthRange(months[0].month, months[months.length - 1].month).length;
  append(main, 
    h('p', { class: 'muted' }, `${total} dated event${total === 1 ? '' : 's'} over ${span} month${span === 1 ? '' : 's'}, either direction. Choose a month to list its events.`),
    legend(),
    h(
      'div',
      { class: 'chart-wrap' },
      timelineChart(months, {
        link: (m) => pairHref(a, b, { from: q.from, to: q.to, month: m }),
        selected: q.month,
        title: `Events between ${a} and ${b} per month: cooperation above the line, conflict below`,
        // the view is drawn off-page; the page's content box gives the room it will have
        width: document.getElementById('main').clientWidth - 2 * parseFloat(window.getComputedStyle(document.getElementById('main')).paddingLeft),
      }),
    ),
    dataTable(months),
  );
  if (q.month) {
    const page = await get('events', { pair: `${a},${b}`, from: q.month, to: q.month, limit: 200, sort: 'date' });
    append(main, 
      h(
        'section',
        { class: 'month-events', 'aria-labelledby': 'month-h' },
        h('h2', { id: 'month-h', tabindex: '-1' }, `${q.month}: ${page.total} event${page.total === 1 ? '' : 's'}`),
        page.items.length ? eventTable(page.items) : h('p', { class: 'muted' }, 'None.'),
      ),
    );
    // the chart was drawn anew, so the month link that had focus is gone: focus its events
    document.getElementById('main').addEventListener('view-ready', () => document.getElementById('month-h')?.focus(), { once: true });
  }
  return `${a} – ${b}`;
}
