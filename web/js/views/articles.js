import { get } from '../api.js';
import { append, h, href } from '../dom.js';
import { field } from '../parts/forms.js';
import { articleHref } from '../links.js';

const PAGE = 50;

/** "[naval] [drills]" snippets from the search: brackets become marks, as text nodes. */
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map((part) => (part.startsWith('[') && part.endsWith(']') ? h('mark', {}, part.slice(1, -1)) : part));
}

/** The list of articles, or the hits of a full-text search. */
export async function articlesView(main, _parts, q) {
  const offset = Number(q.offset ?? 0) || 0;
  const input = h('input', { name: 'q', type: 'search', value: q.q ?? '', placeholder: 'naval drills' });
  const form = h('form', { class: 'search', role: 'search' }, field('Search the text of every article', input), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.location.hash = href('/articles', { q: input.value.trim() });
  });
  append(main, h('h1', {}, 'Articles'), form);
  const page = await get('articles', { q: q.q, limit: PAGE, offset });
  const link = (a) => h('a', { href: articleHref(a.id) }, a.title ?? a.id);
  append(main, 
    h('p', { class: 'muted' }, q.q ? `${page.total} article${page.total === 1 ? '' : 's'} match “${q.q}”.` : `${page.total} article${page.total === 1 ? '' : 's'}.`),
    h(
      'ul',
      { class: 'article-list' },
      page.items.map((a) =>
        h(
          'li',
          {},
          link(a),
          h('br'),
          q.q ? h('small', { class: 'snippet' }, snippet(a.snippet)) : h('small', { class: 'muted' }, [a.published ?? 'no date', a.source, `${a.events} event${a.events === 1 ? '' : 's'}`, a.id].filter(Boolean).join(' · ')),
        ),
      ),
    ),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      offset > 0 ? h('a', { href: href('/articles', { q: q.q, offset: Math.max(0, offset - PAGE) }), rel: 'prev' }, '← Previous') : null,
      offset + PAGE < page.total ? h('a', { href: href('/articles', { q: q.q, offset: offset + PAGE }), rel: 'next' }, 'Next →') : null,
    ),
  );
  return q.q ? `Search: ${q.q}` : 'Articles';
}
