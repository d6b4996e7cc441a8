import { get } from '../api.js';
import { append, h, href } from '../dom.js';
import { segments } from '../highlight.js';
import { commentThread } from '../parts/comments.js';
import { eventCard } from '../parts/event-card.js';

const ENTITY_NAMES = { PERSON: 'person', ORG: 'organisation', GPE: 'state or city', LOC: 'place' };

/** The article text with entity mentions and evidence sentences marked, from their spans. */
function markedText(article) {
  const spans = [
    ...article.entities.flatMap((en) => en.mentions.map((m) => ({ start: m.start, end: m.end, entity: en }))),
    ...article.events.map((e) => ({ start: e.evidence.start, end: e.evidence.end, event: e })),
  ];
  const box = h('div', { class: 'article-text', lang: 'en' });
  for (const seg of segments(article.text.length, spans)) {
    const text = article.text.slice(seg.start, seg.end);
    if (!seg.spans.length) {
      box.append(text);
      continue;
    }
    const ents = seg.spans.filter((sp) => sp.entity).map((sp) => sp.entity);
    const evs = seg.spans.filter((sp) => sp.event).map((sp) => sp.event);
    const el = h(evs.length ? 'mark' : 'span', {
      class: [evs.length ? 'evidence' : '', ...ents.map((en) => `ent ent-${en.type}`)].join(' ').trim(),
      title: [...ents.map((en) => `${en.name} (${ENTITY_NAMES[en.type] ?? en.type}${en.country ? `, ${en.country}` : ''})`), ...evs.map((e) => `${e.cameo} ${e.label}`)].join('\n') || null,
      dataset: evs.length ? { events: evs.map((e) => e.fingerprint).join(' ') } : null,
    }, text);
    // focusable from code only ("Show in text"), so the text adds no tab stops
    if (evs.length) el.tabIndex = -1;
    box.append(el);
  }
  return box;
}

function legend() {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Highlights' },
    h('li', {}, h('mark', { class: 'evidence' }, 'evidence of an event')),
    Object.entries(ENTITY_NAMES).map(([type, name]) => h('li', {}, h('span', { class: `ent ent-${type}` }, name))),
  );
}

/** Marks an event current: its card and its evidence, and brings one of them into view. */
function showEvent(fingerprint, focus) {
  const main = document.getElementById('main');
  for (const el of main.querySelectorAll('.current')) el.classList.remove('current');
  const card = document.getElementById(`event-${fingerprint}`);
  card?.classList.add('current');
  // several events may share a sentence, so marks name their events rather than carry an id
  const marks = [...main.querySelectorAll('.article-text mark.evidence')].filter((m) => m.dataset.events.split(' ').includes(fingerprint));
  for (const m of marks) m.classList.add('current');
  const target = focus === 'card' ? card : marks[0];
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
}

/** The reader: title, date, source and id; the marked text; its events; its comment thread. */
export async function readerView(main, parts, q) {
  const id = parts[0];
  const a = await get(`articles/${encodeURIComponent(id)}`);
  const text = markedText(a);
  text.addEventListener('click', (ev) => {
    const mark = ev.target.closest?.('mark.evidence');
    if (mark) showEvent(mark.dataset.events.split(' ')[0], 'card');
  });
  const cards = a.events.map((e) => eventCard(e, { articleId: a.id, onShow: (x) => showEvent(x.fingerprint, 'evidence') }));
  append(main, 
    h(
      'article',
      { class: 'reader' },
      h(
        'header',
        { class: 'reader-head' },
        h('h1', {}, a.title ?? '(no title)'),
        h(
          'p',
          { class: 'byline' },
          h('span', {}, 'Published ', h('strong', {}, a.published ?? 'date unknown')),
          h('span', {}, 'Source ', h('strong', {}, a.source ? h('a', { href: href('/events', { source: a.source }) }, a.source) : 'unknown')),
          h('span', {}, 'Article ID ', h('code', {}, a.id)),
          // a web page cannot open a file:// link; a local file is named instead
          a.url && /^https?:\/\//i.test(a.url) ? h('span', {}, h('a', { href: a.url, rel: 'noopener noreferrer external' }, 'original')) : null,
          a.url && a.url.startsWith('file:') ? h('span', {}, 'File ', h('code', {}, decodeURIComponent(a.url.split('/').pop()))) : null,
        ),
      ),
      h(
        'div',
        { class: 'reader-grid' },
        h('section', { class: 'text-col', 'aria-label': 'Article text' }, legend(), text),
        h(
          'aside',
          { class: 'events-col', 'aria-labelledby': 'events-h' },
          h('h2', { id: 'events-h' }, `Events (${a.events.length})`),
          a.events.length ? cards : h('p', { class: 'muted' }, 'The coder found no events in this report.'),
        ),
        h('div', { class: 'comments-col' }, commentThread(a.comments, `articles/${encodeURIComponent(a.id)}/comments`)),
      ),
    ),
  );
  // the view is built off-page; the router dispatches view-ready once it is on the page
  if (q.event) document.getElementById('main').addEventListener('view-ready', () => showEvent(q.event, 'evidence'), { once: true });
  return a.title ?? a.id;
}
