#!/usr/bin/env node
// Lists predicted entities the gold does not have (extra) and gold entities not found (missed),
// with the scorer's matching rule. Usage: node tools/entity-diff.mjs GOLD[,GOLD] PRED [TYPE]
import { readFileSync } from 'node:fs';
const [goldArg, predPath, only] = process.argv.slice(2);
const read = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const gold = goldArg.split(',').flatMap(read);
const pred = new Map(read(predPath).map((p) => [p.id, p]));
const norm = (s) => String(s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
const et = (t) => (t === 'GPE' || t === 'LOC' ? 'PLACE' : t);
const matches = (g, p) => {
  if (et(g.type) !== et(p.type)) return false;
  const names = new Set([g.name, ...(g.aliases ?? [])].map(norm));
  const cands = [p.name, ...(p.mentions ?? []).map((m) => m.text)].map(norm);
  if (cands.some((c) => names.has(c))) return true;
  if (et(g.type) === 'PERSON') { const last = norm(g.name).split(' ').pop(); return cands.some((c) => c.split(' ').pop() === last); }
  return false;
};
for (const g of gold) {
  const p = pred.get(g.id) ?? { entities: [] };
  const lines = [];
  for (const e of p.entities) if ((!only || et(e.type) === only) && !g.entities.some((x) => matches(x, e))) lines.push(`  extra  ${e.type} ${e.name} [${e.mentions.map((m) => m.text).join(' | ')}]`);
  for (const x of g.entities) if ((!only || et(x.type) === only) && !p.entities.some((e) => matches(x, e))) lines.push(`  missed ${x.type} ${x.name} (${x.country ?? ''} ${x.role ?? ''})`);
  for (const x of g.entities) {
    const e = p.entities.find((e) => matches(x, e));
    if (e && et(x.type) !== 'PLACE' && x.country !== undefined && (e.country ?? null) !== (x.country ?? null) && (!only || et(x.type) === only)) lines.push(`  country ${x.name}: ${e.country} should be ${x.country}`);
  }
  if (lines.length) console.log(`${g.id}\n${lines.join('\n')}`);
}
