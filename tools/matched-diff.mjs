#!/usr/bin/env node
// For events matched at dyad+root (the scorer's greedy matching), prints date and role
// disagreements. Usage: node tools/matched-diff.mjs GOLD[,GOLD] PRED
import { readFileSync } from 'node:fs';
const [goldArg, predPath] = process.argv.slice(2);
const read = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const gold = goldArg.split(',').flatMap(read);
const pred = new Map(read(predPath).map((p) => [p.id, p]));
const key = (a) => a.country ?? (a.org ? String(a.org).replace(/^IGO:?/, '') : null);
const sym = (c) => ['040', '041', '044', '046', '057'].includes(c.slice(0, 3)) || c.startsWith('06');
const dyad = (g, p) => (key(g.source) === key(p.source) && key(g.target) === key(p.target)) || (sym(g.cameo) && key(g.source) === key(p.target) && key(g.target) === key(p.source));
for (const g of gold) {
  const ps = (pred.get(g.id)?.events ?? []).filter((e) => key(e.source) && key(e.target) && key(e.source) !== key(e.target));
  const used = new Set();
  const order = [...g.events.filter((e) => !e.optional), ...g.events.filter((e) => e.optional)].filter((e) => key(e.source) !== key(e.target));
  for (const ge of order) {
    let best = -1, score = -1;
    ps.forEach((p, i) => {
      if (used.has(i) || !dyad(ge, p) || ge.cameo.slice(0, 2) !== p.cameo.slice(0, 2)) return;
      const s = (ge.cameo === p.cameo) * 4 + (ge.modality === p.modality) * 2 + (ge.date === p.date);
      if (s > score) { best = i; score = s; }
    });
    if (best < 0) continue;
    used.add(best);
    const p = ps[best];
    const out = [];
    if (ge.date && ge.date !== p.date) out.push(`date ${p.date} should be ${ge.date}`);
    for (const side of ['source', 'target']) if (ge[side].role && ge[side].role !== p[side].role) out.push(`${side} role ${p[side].role} should be ${ge[side].role}`);
    if (out.length) console.log(`[${g.id}] ${ge.source.code}->${ge.target.code} ${ge.cameo}: ${out.join('; ')} | ${p.evidence.text.slice(0, 110)}`);
  }
}
