/**
 * Coding speed of the default pipeline (no store): ms per article and articles/s over a
 * JSON-lines corpus (e.g. one written by corpus.ts), after building the pipeline once and
 * warming the JIT up on the first articles. `--stages` adds each stage's share of the time.
 *
 *   node dist/bench/pipeline.js --input /tmp/corpus.jsonl [--warmup 100] [--rounds 1] [--stages]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { newDoc } from '../src/core/doc.js';
import type { Article } from '../src/core/types.js';
import { articleFromJson } from '../src/ingest/jsonl-file.js';
import { defaultPipeline, loadResources } from '../src/pipeline/default.js';
import type { RunOptions } from '../src/pipeline/stage.js';
import { machine } from './machine.js';

const { values } = parseArgs({
  options: {
    input: { type: 'string', short: 'i' },
    warmup: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '1' },
    stages: { type: 'boolean', default: false },
  },
});
if (!values.input) throw new Error('give --input corpus.jsonl');

const articles: Article[] = readFileSync(values.input, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => articleFromJson(JSON.parse(l), `${values.input}:${i + 1}`));

const t0 = performance.now();
const pipeline = defaultPipeline(loadResources());
const startupMs = performance.now() - t0;

/** Time spent in each stage, when `--stages` asks for it; the wrapper costs a clock read per stage run. */
const stageMs = new Map<string, number>();
const options: RunOptions = { trace: false };
function runTimed(article: Article): void {
  if (!values.stages) {
    pipeline.run(article);
    return;
  }
  // the same steps as Pipeline.run, with a clock around each stage
  const doc = newDoc(article);
  for (const stage of pipeline.stages) {
    const start = performance.now();
    stage.run(doc, options);
    stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - start);
  }
}

const warmup = Math.min(Number(values.warmup), articles.length);
for (let i = 0; i < warmup; i++) pipeline.run(articles[i]!);

const rounds = Math.max(1, Number(values.rounds));
const perRound: number[] = [];
const cpuPerRound: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const a of articles) runTimed(a);
  perRound.push(performance.now() - start);
  // CPU time of the whole process (the collector's threads too): less moved by other work than the clock
  const cpu = process.cpuUsage(cpuStart);
  cpuPerRound.push((cpu.user + cpu.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = median(perRound);
const cpuMs = median(cpuPerRound);

console.log(machine());
console.log(`pipeline: ${articles.length} article(s), start-up ${startupMs.toFixed(0)} ms, warm-up ${warmup}, ${rounds} round(s)`);
console.log(`  ${(ms / articles.length).toFixed(3)} ms/article · ${((articles.length * 1000) / ms).toFixed(1)} articles/s (median round ${ms.toFixed(0)} ms; CPU ${(cpuMs / articles.length).toFixed(3)} ms/article)`);
if (rounds > 1) console.log(`  rounds: ${perRound.map((t) => (t / articles.length).toFixed(3)).join(', ')} ms/article`);
if (values.stages) {
  const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
  for (const [name, t] of stageMs) console.log(`  ${name.padEnd(10)} ${(t / rounds / articles.length).toFixed(3)} ms/article  ${((100 * t) / total).toFixed(1)} %`);
}
