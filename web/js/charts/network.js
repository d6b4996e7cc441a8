// The actor network: nodes on a circle, ordered so that partners sit near each other,
// edges as thick as the events between them. A circle keeps every label readable and
// the drawing the same on every visit, which a force layout does not.

import { s } from '../dom.js';

/**
 * Orders nodes around the circle: the busiest first, then each next node the one most
 * tied to those already placed (a greedy walk that keeps clusters together).
 */
export function circleOrder(nodes, edges) {
  const weight = new Map();
  const key = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const e of edges) weight.set(key(e.a, e.b), e.events);
  const left = [...nodes].sort((x, y) => y.events - x.events || x.key.localeCompare(y.key));
  const out = left.length ? [left.shift()] : [];
  while (left.length) {
    const last = out[out.length - 1].key;
    let best = 0;
    for (let i = 1; i < left.length; i++) if ((weight.get(key(last, left[i].key)) ?? 0) > (weight.get(key(last, left[best].key)) ?? 0)) best = i;
    out.push(left.splice(best, 1)[0]);
  }
  return out;
}

/**
 * An SVG network of `nodes` ({key, name, events}) and `edges` ({a, b, events}).
 * `nodeLink(key)` and `edgeLink(a, b)` give hrefs; `center` puts one node in the middle.
 */
export function networkChart(nodes, edges, { nodeLink, edgeLink, center, title, size = 520 }) {
  const cx = size / 2;
  const cy = size / 2;
  const ring = nodes.filter((n) => n.key !== center);
  const r = size / 2 - 90;
  const pos = new Map();
  const middle = nodes.find((n) => n.key === center);
  if (middle) pos.set(middle.key, [cx, cy]);
  circleOrder(ring, edges).forEach((n, i, all) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / all.length;
    pos.set(n.key, [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  });
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, class: 'network', role: 'group', 'aria-label': title });
  svg.append(s('title', {}, title));
  const edgeLayer = s('g', { class: 'edges' });
  const nodeLayer = s('g', { class: 'nodes' });
  for (const e of edges) {
    const [x1, y1] = pos.get(e.a) ?? [];
    const [x2, y2] = pos.get(e.b) ?? [];
    if (x1 === undefined || x2 === undefined) continue;
    const line = s('line', { x1, y1, x2, y2, 'stroke-width': 1 + (7 * Math.sqrt(e.events)) / Math.sqrt(maxEdge) }, s('title', {}, `${e.a} – ${e.b}: ${e.events} events`));
    // edges are reachable with the mouse; the keyboard reaches the same pair views from the lists
    edgeLayer.append(s('a', { href: edgeLink(e.a, e.b), tabindex: '-1', class: 'edge' }, line));
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n.key);
    const radius = 6 + (16 * Math.sqrt(n.events)) / Math.sqrt(maxNode);
    const outward = x < cx - 1 ? 'end' : x > cx + 1 ? 'start' : 'middle';
    const dx = n.key === center ? 0 : outward === 'end' ? -radius - 4 : outward === 'start' ? radius + 4 : 0;
    const dy = n.key === center ? radius + 14 : y < cy ? -radius - 4 : y > cy + 1 && outward === 'middle' ? radius + 14 : 4;
    nodeLayer.append(
      s(
        'a',
        { href: nodeLink(n.key), class: `node${n.key === center ? ' center' : ''}`, 'aria-label': `${n.name ?? n.key} (${n.key}), ${n.events} events` },
        s('circle', { cx: x, cy: y, r: radius }),
        s('text', { x: x + dx, y: y + dy, 'text-anchor': n.key === center ? 'middle' : outward }, n.key),
      ),
    );
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}
