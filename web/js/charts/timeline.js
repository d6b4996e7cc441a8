// The pair chart: one column a month, cooperation stacked above the axis and conflict
// below it, each month a link that lists its events. Inline SVG, drawn here: the charting
// libraries on npm draw to a canvas, whose bars a keyboard cannot reach.

import { s } from '../dom.js';
import { QUADS } from '../labels.js';

/** Every month from `first` to `last` (YYYY-MM), inclusive. */
export function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** A step for axis ticks: 1, 2, 5, 10, 20 … so that there are at most `n` ticks. */
function tickStep(max, n) {
  for (let p = 1; ; p *= 10) for (const base of [1, 2, 5]) if (base * p * n >= max) return base * p;
}

/**
 * The chart of `months` (DyadMonth[] from the API, gaps allowed). `link(month)` gives the
 * href of a month; `selected` is the chosen month; `width` the room on the page (the
 * columns share it, 14 to 64 pixels each). Returns an <svg>.
 */
export function timelineChart(months, { link, selected, title, width: room = 960 }) {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const all = monthRange(months[0].month, months[months.length - 1].month);
  const coop = (m) => (m ? m.quad[0] + m.quad[1] : 0);
  const conf = (m) => (m ? m.quad[2] + m.quad[3] : 0);
  const up = Math.max(1, ...months.map(coop));
  const down = Math.max(1, ...months.map(conf));
  const pad = { left: 52, right: 12, top: 12, bottom: 46 };
  const col = Math.max(14, Math.min(64, (room - pad.left - pad.right) / all.length));
  const height = 260;
  const width = pad.left + pad.right + col * all.length;
  const plot = height - pad.top - pad.bottom;
  const unit = plot / (up + down);
  const zero = pad.top + up * unit;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'timeline', role: 'group', 'aria-label': title });
  svg.append(s('title', {}, title));
  // axis and gridlines: counts up (cooperation) and down (conflict)
  const step = tickStep(Math.max(up, down), 4);
  for (let v = -Math.floor(down / step) * step; v <= up; v += step) {
    const y = zero - v * unit;
    svg.append(s('line', { x1: pad.left, x2: width - pad.right, y1: y, y2: y, class: v === 0 ? 'axis' : 'grid' }), s('text', { x: pad.left - 6, y: y + 4, class: 'tick', 'text-anchor': 'end' }, String(Math.abs(v))));
  }
  // which side is which, along the axis in the left margin
  const side = (y, cls, text) => s('text', { x: 14, y, class: `side ${cls}`, 'text-anchor': 'middle', transform: `rotate(-90 14 ${y})` }, text);
  // turned a quarter left, ▶ points up and ◀ down
  svg.append(side((pad.top + zero) / 2, 'coop', 'cooperation ▶'), side((zero + height - pad.bottom) / 2, 'conflict', '◀ conflict'));
  const labelEvery = Math.ceil(all.length / Math.floor((width - pad.left) / 56));
  all.forEach((month, i) => {
    const m = byMonth.get(month);
    const x = pad.left + i * col;
    const g = m
      ? s('a', { href: link(month), class: `month${month === selected ? ' selected' : ''}`, 'aria-label': `${month}: ${coop(m)} cooperation, ${conf(m)} conflict${m.goldstein_mean === null ? '' : `, mean Goldstein ${m.goldstein_mean}`}` })
      : s('g', { class: 'month empty' });
    g.append(s('rect', { x, y: pad.top, width: col, height: plot, class: 'hit' }));
    if (m) {
      const w = Math.max(4, col - 6);
      let yUp = zero;
      for (const q of [1, 2]) {
        const n = m.quad[q - 1];
        if (!n) continue;
        yUp -= n * unit;
        g.append(s('rect', { x: x + (col - w) / 2, y: yUp, width: w, height: n * unit, class: `bar q${q}` }, s('title', {}, `${month}: ${n} ${QUADS[q]}`)));
      }
      let yDown = zero;
      for (const q of [3, 4]) {
        const n = m.quad[q - 1];
        if (!n) continue;
        g.append(s('rect', { x: x + (col - w) / 2, y: yDown, width: w, height: n * unit, class: `bar q${q}` }, s('title', {}, `${month}: ${n} ${QUADS[q]}`)));
        yDown += n * unit;
      }
    }
    svg.append(g);
    if (i % labelEvery === 0 || month === selected) {
      const mm = month.slice(5);
      svg.append(s('text', { x: x + col / 2, y: height - pad.bottom + 16, class: `month-label${month === selected ? ' selected' : ''}`, 'text-anchor': 'middle' }, mm));
    }
  });
  // the years under the months
  all.forEach((month, i) => {
    if (i === 0 || month.endsWith('-01')) svg.append(s('text', { x: pad.left + i * col + 2, y: height - pad.bottom + 34, class: 'year' }, month.slice(0, 4)));
  });
  return svg;
}
