/**
 * Ingest throughput: the full pipeline into SQLite on one thread (`attache ingest`) and on
 * coding threads (`--workers N`), against wink-nlp's bare tokenise + POS tagging of the same
 * corpus. Each configuration runs in its own child process, so that its peak RSS is its
 * own and no run warms the JIT for another.
 *
 *   node dist/bench/ingest.js [--n 1500] [--seed 7] [--workers 2] [--runs 3] [--batch 32]
 *                             [--only wink,seq,threads-1,threads-2,main-2]
 *
 * Configurations: without --workers (one thread codes and stores in turn), --workers 1
 * and --workers N (coding threads, each committing its own articles), and wink-nlp; with
 * --only, `main-N` is the other design, N coding threads sending results to this thread,
 * which stores them all. --runs R runs every configuration R times, round after round, and
 * reports medians; --batch N commits every N articles (1: one transaction per article).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestPaths } from '../src/app/ingest.js';
import { ingestPathsParallel } from '../src/app/parallel-ingest.js';
import { readFile } from '../src/ingest/read.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';
import { DEFAULT_BATCH, type BatchLimits } from '../src/store/article-writer.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { corpus } from './corpus.js';
import { machine, peakRssMiB } from './machine.js';

/** What one configuration measured, in its own process. */
interface Run {
  name: string;
  articles: number;
  seconds: number;
  /** Start-up not counted in `seconds`: building the pipeline(s), loading the model. */
  setupSeconds: number;
  peakRssMiB: number;
  /**
   * CPU time of the whole process (all threads) over `seconds`, in cores: about 1.2 for
   * one coding thread (V8 compiles and collects on helper threads), near 2 for two when
   * the machine's second core is free; well below when other work held it.
   */
  cores: number;
  events?: number;
}

/** Group commit limits from `--batch N` (articles; 1 is one commit per article), else the default. */
function batchLimits(): BatchLimits | undefined {
  const n = process.env.ATTACHE_BENCH_BATCH;
  return n ? { ...DEFAULT_BATCH, maxArticles: Number(n) } : undefined;
}

async function child(kind: string, file: string, dir: string): Promise<Run> {
  if (kind === 'wink') {
    const articles = readFile(file).articles;
    const t0 = performance.now();
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    const setup = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    let tags = 0;
    for (const a of articles) tags += nlp.readDoc(a.text).tokens().out(its.pos).length;
    const seconds = (performance.now() - t1) / 1000;
    if (!tags) throw new Error('wink tagged nothing');
    return { name: 'wink-nlp tokenise+POS', articles: articles.length, seconds, setupSeconds: setup, peakRssMiB: peakRssMiB(), cores: coresSince(cpu, seconds) };
  }
  // A new file for every run: a second round must store the corpus again, not find it stored.
  const path = join(dir, `${kind}-${process.pid}.db`);
  const store = new SqliteStore(path);
  await store.migrate();
  const batch = batchLimits();
  const workers = kind === 'seq' ? 1 : Number(kind.replace(/^\D+-/, ''));
  const t0 = performance.now();
  let ready = t0;
  let cpu = process.cpuUsage();
  const summary =
    kind === 'seq'
      ? await (async () => {
          const pipeline = defaultPipeline();
          ready = performance.now();
          cpu = process.cpuUsage();
          return ingestPaths(store, pipeline, [file], { batch });
        })()
      : await ingestPathsParallel(store, [file], { workers, batch, writerLocation: kind.startsWith('main-') ? undefined : path, onReady: () => {
          ready = performance.now();
          cpu = process.cpuUsage();
        } });
  const end = performance.now();
  const cores = coresSince(cpu, (end - ready) / 1000);
  await store.close();
  if (summary.failures.length) throw new Error(`ingest failed: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  return {
    name: kind === 'seq' ? 'attache ingest (no --workers: codes and stores in turn)' : kind.startsWith('main-') ? `--workers ${workers}, this thread storing for all` : `attache ingest --workers ${workers}`,
    articles: summary.inserted,
    seconds: (end - ready) / 1000,
    setupSeconds: (ready - t0) / 1000,
    peakRssMiB: peakRssMiB(),
    cores,
    events: summary.events,
  };
}

/** Process CPU time since `from`, per second of `seconds`. */
function coresSince(from: NodeJS.CpuUsage, seconds: number): number {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1e6 / seconds;
}

const rateOf = (r: Run) => r.articles / r.seconds;

/** The run of median rate (the upper one of an even count), with the largest peak RSS seen. */
function medianRun(runs: readonly Run[]): Run {
  const sorted = [...runs].sort((a, b) => rateOf(a) - rateOf(b));
  return { ...sorted[Math.floor(sorted.length / 2)]!, peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)) };
}

function spawnRun(kind: string, file: string, dir: string, batch: string | undefined): Run {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, '--file', file, '--dir', dir], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...(batch ? { ATTACHE_BENCH_BATCH: batch } : {}) } });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1500' }, seed: { type: 'string', default: '7' }, workers: { type: 'string', default: '2' }, batch: { type: 'string' }, runs: { type: 'string', default: '1' }, only: { type: 'string' }, child: { type: 'string' }, file: { type: 'string' }, dir: { type: 'string' } } });
  if (values.child) {
    console.log(JSON.stringify(await child(values.child, values.file!, values.dir!)));
    return;
  }
  const n = Number(values.n);
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
  try {
    const file = join(dir, 'corpus.jsonl');
    let tokens = 0;
    let words = 0;
    const lines: string[] = [];
    for (const a of corpus(n, Number(values.seed))) {
      tokens += tokenize(a.text).length;
      words += a.text.split(/\s+/).length;
      lines.push(JSON.stringify(a));
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`machine: ${machine()}`);
    console.log(`corpus: ${n} articles, seed ${values.seed}, ${words} words, ${tokens} tokens (Attaché's tokenizer), mean ${Math.round(words / n)} words`);
    const all = ['wink', 'seq', ...[...new Set([1, Number(values.workers)])].map((w) => `threads-${w}`)];
    const kinds = values.only ? values.only.split(',') : all;
    const rounds = Number(values.runs);
    // Round after round, every configuration once each, so that a busy minute on this
    // shared machine falls on all of them rather than on one.
    const byKind = new Map<string, Run[]>(kinds.map((k) => [k, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const k of kinds) byKind.get(k)!.push(spawnRun(k, file, dir, values.batch));
      console.log(`round ${round}/${rounds}: ${kinds.map((k) => `${k} ${rateOf(byKind.get(k)!.at(-1)!).toFixed(1)}/s (${byKind.get(k)!.at(-1)!.cores.toFixed(2)} cores)`).join(', ')} · ${machine().replace(/.*· load/, 'load')}`);
    }
    const runs = kinds.map((k) => medianRun(byKind.get(k)!));
    console.log('');
    console.log(`medians of ${rounds} run(s) each`);
    console.log('| configuration | articles/s | tokens/s | setup s | cores used | peak RSS MiB | events |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of runs) {
      console.log(`| ${r.name} | ${rateOf(r).toFixed(1)} | ${Math.round((tokens * (r.articles / n)) / r.seconds)} | ${r.setupSeconds.toFixed(2)} | ${r.cores.toFixed(2)} | ${r.peakRssMiB.toFixed(0)} | ${r.events ?? ''} |`);
    }
    const w = Number(values.workers);
    if (kinds.join() === all.join()) {
      const rate = (k: string) => rateOf(runs[kinds.indexOf(k)]!);
      const vsWink = rate('seq') / rate('wink');
      const overOne = rate(`threads-${w}`) / rate('threads-1');
      const overInTurn = rate(`threads-${w}`) / rate('seq');
      const peak = Math.max(...runs.filter((r) => !r.name.startsWith('wink')).map((r) => r.peakRssMiB));
      console.log('');
      console.log(`pipeline ÷ wink (1 thread): ${vsWink.toFixed(3)}×   target ≥ 0.25×: ${vsWink >= 0.25 ? 'met' : 'NOT met'}`);
      console.log(`pipeline on ${w} threads ÷ wink: ${(rate(`threads-${w}`) / rate('wink')).toFixed(3)}×`);
      console.log(`--workers ${w} ÷ --workers 1: ${overOne.toFixed(2)}×   target ≥ 1.7×: ${overOne >= 1.7 ? 'met' : 'NOT met'}   (÷ no --workers: ${overInTurn.toFixed(2)}×)`);
      console.log(`peak RSS while ingesting: ${peak.toFixed(0)} MiB   target < 1024 MiB: ${peak < 1024 ? 'met' : 'NOT met'}`);
    }
    console.log(`machine at the end: ${machine()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
