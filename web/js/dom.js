// Building DOM from data with text nodes only: nothing from the record is ever parsed as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function set(el, attrs) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/**
 * Appends children: nodes, strings (as text), arrays of them; null and false are skipped
 * (the DOM's own append would write them as "null" and "false").
 */
export function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof window.Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** An HTML element: h('a', { href: '#/' }, 'Overview'). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  set(el, attrs);
  return append(el, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  set(el, attrs);
  return append(el, children);
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A route link: link('#/events', { actor: 'IRN' }, 'events'). Empty values are left out. */
export function href(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/** Announces a message to screen readers and shows it briefly. */
export function announce(message) {
  const el = document.getElementById('status');
  el.textContent = message;
  el.classList.add('shown');
  window.clearTimeout(announce.timer);
  announce.timer = window.setTimeout(() => el.classList.remove('shown'), 4000);
}

/** A date-time as "2025-12-01 18:42" in the reader's time zone. */
export function when(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
