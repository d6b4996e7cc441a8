import { get } from '../api.js';
import { append, h, href } from '../dom.js';
import { networkChart } from '../charts/network.js';
import { officesChart } from '../charts/offices.js';
import { actorHref, pairHref } from '../links.js';

const KIND = { country: 'State', igo: 'International organisation', person: 'Person', actor: 'Actor' };

function officesTable(offices, showPerson) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'offices-table' },
      h('thead', {}, h('tr', {}, [showPerson ? 'Person' : null, 'Office', 'Role', 'From', 'To'].filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        [...offices].reverse().map((o) =>
          h('tr', {}, showPerson ? h('td', {}, h('a', { href: actorHref(o.person) }, o.person)) : null, h('td', {}, o.title), h('td', {}, o.role), h('td', {}, o.from ?? '?'), h('td', {}, o.to ?? 'now')),
        ),
      ),
    ),
  );
}

/** An actor's profile: counts, partners (a list and an ego network), and roles over time. */
export async function actorView(main, parts) {
  const key = parts[0];
  const p = await get(`actors/${encodeURIComponent(key)}`, { limit: 12 });
  const since = Math.min(new Date().getFullYear() - 12, ...p.offices.filter((o) => o.from).map((o) => Number(o.from.slice(0, 4)))) || 2000;
  const chart = p.offices.length ? officesChart(p.offices, { since: Math.max(since, new Date().getFullYear() - 30), title: `Offices of ${p.name ?? p.key} over time` }) : null;
  append(main, 
    h('h1', {}, p.name ?? p.key, ' ', h('small', { class: 'muted' }, p.key !== p.name ? p.key : '')),
    h(
      'p',
      { class: 'byline' },
      h('span', {}, KIND[p.kind]),
      h('span', {}, h('a', { href: href('/events', { actor: p.key }) }, `${p.events} event${p.events === 1 ? '' : 's'}`)),
      p.country ? h('span', {}, 'State: ', h('a', { href: actorHref(p.country) }, p.country)) : null,
    ),
  );
  if (p.kind !== 'person') {
    const nodes = [{ key: p.key, name: p.name, events: p.events }, ...p.partners];
    const edges = p.partners.map((x) => ({ a: p.key, b: x.key, events: x.events }));
    append(main, 
      h(
        'div',
        { class: 'columns' },
        h(
          'section',
          { 'aria-labelledby': 'partners-h' },
          h('h2', { id: 'partners-h' }, 'Most frequent partners'),
          p.partners.length
            ? h('ol', { class: 'plain partners' }, p.partners.map((x) => h('li', {}, h('a', { href: actorHref(x.key) }, x.name ? `${x.name} (${x.key})` : x.key), ' · ', h('a', { href: pairHref(p.key, x.key) }, `${x.events} event${x.events === 1 ? '' : 's'}, timeline`))))
            : h('p', { class: 'muted' }, 'No events with partners yet.'),
        ),
        p.partners.length
          ? h('section', { 'aria-label': 'Partner network' }, h('div', { class: 'chart-wrap square' }, networkChart(nodes, edges, { center: p.key, nodeLink: actorHref, edgeLink: pairHref, title: `${p.key} and its partners`, size: 420 })))
          : null,
      ),
    );
  }
  append(main, 
    h(
      'section',
      { 'aria-labelledby': 'roles-h' },
      h('h2', { id: 'roles-h' }, 'Roles over time'),
      p.offices.length
        ? [
            h('p', { class: 'muted' }, `${p.offices.length} dated office${p.offices.length === 1 ? '' : 's'} in the knowledge base${chart && chart.shown < new Set(p.offices.map((o) => o.title)).size ? `; the chart shows the ${chart.shown} held most recently` : ''}. The coder gives a person the office they held on the date of the event.`),
            chart ? h('div', { class: 'chart-wrap' }, chart.svg) : null,
            h('details', { class: 'data', open: p.kind === 'person' }, h('summary', {}, 'Every office, newest first'), officesTable(p.offices, p.kind !== 'person')),
          ]
        : h('p', { class: 'muted' }, 'The knowledge base has no dated offices for this actor.'),
    ),
  );
  return p.name ?? p.key;
}
