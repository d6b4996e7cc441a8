import { get } from '../api.js';
import { append, h, href } from '../dom.js';
import { eventTable } from '../parts/event-row.js';
import { articleHref, pairHref } from '../links.js';

const stat = (label, value, link, kind) => h('li', { class: `stat${kind ? ` ${kind}` : ''}` }, h('span', { class: 'stat-value' }, link ? h('a', { href: link }, String(value)) : String(value)), h('span', { class: 'stat-label' }, label));

/** Counts, latest events, most active pairs, latest articles. */
export async function overviewView(main) {
  const o = await get('overview');
  const s = o.stats;
  const max = Math.max(1, ...o.top_pairs.map((p) => p.events));
  append(main, 
    h('h1', {}, 'Overview'),
    h(
      'ul',
      { class: 'stats', 'aria-label': 'Counts' },
      stat('articles', s.articles, href('/articles')),
      stat('events', s.events, href('/events')),
      stat('actors', s.actors, href('/actors')),
      stat('event dates', s.first_date ? `${s.first_date} – ${s.last_date}` : '—', null, 'dates'),
    ),
    s.articles === 0 ? h('p', { class: 'notice' }, 'The record is empty. Ingest reports with ', h('code', {}, 'attache ingest FILES'), ' or POST them to ', h('code', {}, '/api/articles'), '.') : null,
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { 'aria-labelledby': 'pairs-h' },
        h('h2', { id: 'pairs-h' }, 'Most active pairs'),
        o.top_pairs.length
          ? h(
              'ol',
              { class: 'bars' },
              o.top_pairs.map((p) => {
                const bar = h('span', { class: 'meter-fill' });
                bar.style.width = `${(100 * p.events) / max}%`;
                return h(
                  'li',
                  {},
                  h('a', { href: pairHref(p.a, p.b) }, `${p.a_name ?? p.a} – ${p.b_name ?? p.b}`),
                  h('span', { class: 'meter', 'aria-hidden': 'true' }, bar),
                  h('span', { class: 'num' }, `${p.events} event${p.events === 1 ? '' : 's'}`),
                );
              }),
            )
          : h('p', { class: 'muted' }, 'No events yet.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'articles-h' },
        h('h2', { id: 'articles-h' }, 'Latest articles'),
        h(
          'ul',
          { class: 'plain' },
          o.articles.map((a) =>
            h('li', {}, h('a', { href: articleHref(a.id) }, a.title ?? a.id), h('br'), h('small', { class: 'muted' }, [a.published ?? 'no date', a.source, `${a.events} events`].filter(Boolean).join(' · '))),
          ),
        ),
      ),
    ),
    h('section', { 'aria-labelledby': 'latest-h' }, h('h2', { id: 'latest-h' }, 'Latest events'), o.latest.length ? eventTable(o.latest) : h('p', { class: 'muted' }, 'No events yet.'), h('p', {}, h('a', { href: href('/events') }, 'All events →'))),
  );
  return 'Overview';
}
