// The UI's entry: the routes, the token form, the skip link. No build step: these are
// the files the browser runs.

import { setToken, token } from './api.js';
import { announce, h } from './dom.js';
import { startRouter } from './router.js';
import { actorView } from './views/actor.js';
import { actorsView } from './views/actors.js';
import { articlesView } from './views/articles.js';
import { eventsView } from './views/events.js';
import { overviewView } from './views/overview.js';
import { pairView } from './views/pair.js';
import { readerView } from './views/reader.js';

const routes = {
  overview: overviewView,
  events: eventsView,
  articles: (main, parts, q) => (parts.length ? readerView(main, parts, q) : articlesView(main, parts, q)),
  pair: pairView,
  actors: (main, parts, q) => (parts.length ? actorView(main, parts, q) : actorsView(main, parts, q)),
};

async function notFound(main) {
  main.append(h('h1', {}, 'No such page'), h('p', {}, h('a', { href: '#/' }, 'Go to the overview')));
  return 'Not found';
}

// the skip link must not become a route
document.getElementById('skip').addEventListener('click', (e) => {
  e.preventDefault();
  document.getElementById('main').focus();
});

const tokenForm = document.getElementById('token-form');
tokenForm.elements.token.value = token() ?? '';
tokenForm.addEventListener('submit', (e) => {
  e.preventDefault();
  setToken(tokenForm.elements.token.value.trim());
  announce(token() ? 'Write token saved for this tab.' : 'Write token cleared.');
});

startRouter(routes, notFound);
