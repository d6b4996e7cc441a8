#!/usr/bin/env node
// For each gold event the coder missed (dyad+root), prints what the coder saw in its
// evidence sentence: actors and the rules that fired or nearly fired. A debugging aid.
// Usage: node tools/why-missed.mjs ARTICLES.jsonl[,MORE] GOLD.jsonl[,MORE] [ID]
import { readFileSync } from 'node:fs';
import { defaultPipeline } from '../dist/src/pipeline/default.js';
import { articleFromJson } from '../dist/src/ingest/jsonl-file.js';
const [articlesArg, goldArg, only] = process.argv.slice(2);
const read = (p) => p.split(',').flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const gold = new Map(read(goldArg).map((g) => [g.id, g]));
const pipeline = defaultPipeline();
const key = (a) => a.country ?? (a.org ? `IGO:${a.org}` : null);
const sym = (c) => ['040', '041', '044', '046', '057'].includes(c.slice(0, 3)) || c.startsWith('06');
for (const raw of read(articlesArg)) {
  if (only && raw.id !== only) continue;
  const g = gold.get(raw.id);
  if (!g) continue;
  const doc = pipeline.run(articleFromJson(raw, raw.id), { trace: true });
  const missed = g.events.filter((ge) => !ge.optional && key(ge.source) !== key(ge.target) && !doc.events.some((pe) => pe.cameo.slice(0, 2) === ge.cameo.slice(0, 2) &&
    ((key(pe.source) === key(ge.source) && key(pe.target) === key(ge.target)) || (sym(ge.cameo) && key(pe.source) === key(ge.target) && key(pe.target) === key(ge.source)))));
  for (const ge of missed) {
    const s = doc.sentences.find((x) => x.start <= ge.evidence.start + 5 && ge.evidence.start + 5 < x.end);
    console.log(`\n[${raw.id}] MISSED ${key(ge.source)} -> ${key(ge.target)} ${ge.cameo} ${ge.modality}: ${ge.evidence.text.slice(0, 160)}`);
    if (!s) continue;
    console.log(`  actors: ${doc.actors.filter((a) => a.start >= s.start && a.end <= s.end).map((a) => `${doc.text.slice(a.start, a.end)}=${a.actor.code}`).join(', ')}`);
    for (const t of doc.trace.filter((t) => t.sentence === s.index && t.stage === 'events')) console.log(`  ${t.message}`);
  }
  for (const pe of doc.events) {
    const hit = g.events.some((ge) => pe.cameo.slice(0, 2) === ge.cameo.slice(0, 2) && ((key(pe.source) === key(ge.source) && key(pe.target) === key(ge.target)) || (sym(ge.cameo) && key(pe.source) === key(ge.target) && key(pe.target) === key(ge.source))));
    if (!hit && key(pe.source) !== key(pe.target)) console.log(`\n[${raw.id}] EXTRA ${pe.source.code} -> ${pe.target.code} ${pe.cameo} (${pe.provenance.rule}; ${pe.provenance.reason.slice(0, 120)}): ${pe.evidence.text.slice(0, 140)}`);
  }
}
