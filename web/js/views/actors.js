import { get } from '../api.js';
import { append, h, href } from '../dom.js';
import { networkChart } from '../charts/network.js';
import { field } from '../parts/forms.js';
import { actorHref, pairHref } from '../links.js';


/** Actors in the record, searchable, and the network of the most active pairs. */
export async function actorsView(main, _parts, q) {
  const input = h('input', { name: 'q', type: 'search', value: q.q ?? '', placeholder: 'IRN, Russia' });
  const form = h('form', { class: 'search', role: 'search' }, field('Find an actor by code or name', input), h('button', { type: 'submit' }, 'Find'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.location.hash = href('/actors', { q: input.value.trim() });
  });
  const [{ items }, net] = await Promise.all([get('actors', { q: q.q, limit: 100 }), get('network', { limit: 40 })]);
  append(main, 
    h('h1', {}, 'Actors'),
    form,
    h(
      'div',
      { class: 'columns wide-first' },
      h(
        'section',
        { 'aria-labelledby': 'net-h' },
        h('h2', { id: 'net-h' }, 'Network'),
        h('p', { class: 'muted' }, 'Actors of the 40 most active pairs; a line is as thick as the events between two actors. Choose an actor for its profile, a line for the pair’s timeline.'),
        net.nodes.length ? h('div', { class: 'chart-wrap square' }, networkChart(net.nodes, net.edges, { nodeLink: actorHref, edgeLink: pairHref, title: 'Network of actors by events between them' })) : h('p', { class: 'muted' }, 'No events yet.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'list-h' },
        h('h2', { id: 'list-h' }, q.q ? `Actors matching “${q.q}”` : 'Most active actors'),
        items.length
          ? h(
              'div',
              { class: 'table-wrap' },
              h(
                'table',
                { class: 'actors' },
                h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col', class: 'num' }, 'Events'))),
                h('tbody', {}, items.map((a) => h('tr', {}, h('td', {}, h('a', { href: actorHref(a.key) }, a.key)), h('td', {}, a.name ?? ''), h('td', { class: 'num' }, h('a', { href: href('/events', { actor: a.key }), 'aria-label': `${a.events} events of ${a.key}` }, String(a.events)))))),
              ),
            )
          : h('p', { class: 'muted' }, 'No actor matches.'),
      ),
    ),
  );
  return 'Actors';
}
