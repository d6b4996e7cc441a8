// Cuts an article's text into runs, each covered by the same set of spans, so entity
// mentions and evidence sentences can overlap and still be drawn from their offsets.

/**
 * `spans` are `{start, end, ...}` (UTF-16 offsets, end exclusive, as the API gives them).
 * Returns `[{start, end, spans}]` covering the whole text, in order.
 */
export function segments(length, spans) {
  const cuts = new Set([0, length]);
  for (const sp of spans) {
    if (sp.start < sp.end && sp.start >= 0 && sp.end <= length) {
      cuts.add(sp.start);
      cuts.add(sp.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, spans: spans.filter((sp) => sp.start <= start && sp.end >= end && sp.start < sp.end) });
  }
  return out;
}
