// Hash routes (#/articles/ID?event=FP): every view is a real link, and the server needs
// no route for the UI beyond index.html.

/** Splits the location's hash into a path's parts and its query. */
export function currentRoute() {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, query: Object.fromEntries(new URLSearchParams(qs)) };
}

/**
 * Runs the view for the current hash on every change. `routes` maps the first path part
 * to a view `(main, parts, query) => Promise<string>` that fills `main` and returns a title.
 */
export function startRouter(routes, notFound) {
  const main = document.getElementById('main');
  let generation = 0;
  let lastPath = null;
  const run = async () => {
    const { parts, query } = currentRoute();
    const name = parts[0] ?? 'overview';
    const view = routes[name] ?? notFound;
    const mine = ++generation;
    main.setAttribute('aria-busy', 'true');
    for (const a of document.querySelectorAll('[data-nav]')) {
      if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const first = lastPath === null;
    const samePage = lastPath === parts.join('/');
    lastPath = parts.join('/');
    const box = document.createElement('div');
    let title;
    try {
      title = await view(box, parts.slice(1), query);
    } catch (e) {
      title = 'Error';
      box.replaceChildren();
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = `${e.message}${e.hint ? ` — ${e.hint}` : ''}`;
      box.append(p);
    }
    // a slower, older navigation must not overwrite a newer one
    if (mine !== generation) return;
    main.replaceChildren(...box.childNodes);
    main.setAttribute('aria-busy', 'false');
    document.title = title ? `${title} · Attaché` : 'Attaché';
    // a new page moves focus to its content (not the first: there the skip link comes first);
    // a new query on the same page keeps the reader's place
    if (!samePage && !first) {
      main.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    // after the move, so a view may scroll to a part of itself (the reader to an event)
    main.dispatchEvent(new window.CustomEvent('view-ready', { detail: { name, query } }));
  };
  window.addEventListener('hashchange', run);
  return run();
}
