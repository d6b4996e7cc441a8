// Roles over time: one row per office, one bar per holder, so a succession reads left to
// right (Serdyukov, Shoigu, Belousov as Minister of Defence).

import { s } from '../dom.js';

const year = (d) => Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - 1) / 12 : 0);

/**
 * Draws offices ({person, title, from, to}) from year `since` to now, at most `rows`
 * offices, the most recently held first. Returns { svg, shown } or null when none fit.
 */
export function officesChart(offices, { since, rows = 14, title }) {
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const byTitle = new Map();
  for (const o of offices) {
    if (!o.from) continue;
    const end = o.to ? year(o.to) : now;
    if (end < since) continue;
    const list = byTitle.get(o.title) ?? [];
    list.push({ ...o, start: Math.max(since, year(o.from)), end });
    byTitle.set(o.title, list);
  }
  const titles = [...byTitle.entries()].sort((a, b) => Math.max(...b[1].map((o) => o.end)) - Math.max(...a[1].map((o) => o.end)) || a[0].localeCompare(b[0])).slice(0, rows);
  if (!titles.length) return null;
  const label = 230;
  const width = 900;
  const rowH = 30;
  const top = 24;
  const height = top + rowH * titles.length + 8;
  const x = (t) => label + ((t - since) / (now - since)) * (width - label - 10);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'offices', role: 'img', 'aria-label': title });
  svg.append(s('title', {}, title));
  const span = now - since;
  const step = span > 40 ? 10 : span > 16 ? 5 : span > 6 ? 2 : 1;
  for (let t = Math.ceil(since / step) * step; t <= now; t += step) svg.append(s('line', { x1: x(t), x2: x(t), y1: top - 6, y2: height, class: 'grid' }), s('text', { x: x(t), y: top - 10, class: 'tick', 'text-anchor': 'middle' }, String(t)));
  titles.forEach(([name, holders], i) => {
    const y = top + i * rowH;
    svg.append(s('text', { x: label - 8, y: y + rowH / 2 + 4, class: 'office', 'text-anchor': 'end' }, name.length > 34 ? `${name.slice(0, 33)}…` : name, s('title', {}, name)));
    holders.forEach((o, k) => {
      const x0 = x(o.start);
      const w = Math.max(2, x(o.end) - x0);
      const g = s('g', { class: `holder h${k % 2}` }, s('title', {}, `${o.person}: ${o.title}, ${o.from} – ${o.to ?? 'now'}`), s('rect', { x: x0, y: y + 4, width: w, height: rowH - 8, rx: 3 }));
      // a name goes inside its bar when it fits
      if (w > o.person.length * 6.5 + 8) g.append(s('text', { x: x0 + 4, y: y + rowH / 2 + 4, class: 'holder-name' }, o.person));
      svg.append(g);
    });
  });
  return { svg, shown: titles.length };
}
