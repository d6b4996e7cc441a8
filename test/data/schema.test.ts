import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { DataError } from '../../src/core/errors.js';
import { dataPath } from '../../src/data/paths.js';
import { readTsv } from '../../src/data/tsv.js';
import { endOf, startOf } from '../../src/kb/dates.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadIrregulars } from '../../src/lexicon/inflect.js';
import { loadEventLexicon } from '../../src/lexicon/lexicon.js';
import { loadModalityCues } from '../../src/lexicon/modality-cues.js';
import { loadPatterns } from '../../src/lexicon/patterns.js';
import { loadStanceVerbs } from '../../src/lexicon/stances.js';
import { loadClaimVerbs } from '../../src/lexicon/claim-verbs.js';
import { loadIntentCodes } from '../../src/lexicon/intent-codes.js';
import { loadWeaponNouns } from '../../src/lexicon/weapon-nouns.js';
import { loadPastimeHeads } from '../../src/kb/pastime-heads.js';
import { loadSurnameFirst } from '../../src/kb/name-order.js';
import { REACTION_OBJECTS } from '../../src/stages/events/arguments.js';
import { Ontology } from '../../src/ontology/cameo.js';

// Every file in data/ loads through the loaders the coder uses, and holds the invariants the
// coder relies on. Problems are collected and reported together, each as file:line.

const where = (row: { file: string; line: number }) => `${row.file}:${row.line}`;

/** Rows whose `key` was already seen, reported as file:line with the first occurrence. */
function duplicates(rows: ReturnType<typeof readTsv>, key: string): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const row of rows) {
    const value = row.cells[key]!;
    const first = seen.get(value);
    if (first) out.push(`${where(row)}: ${key} '${value}' is also at ${first}`);
    else seen.set(value, where(row));
  }
  return out;
}

const kbFile = (name: string) => dataPath('kb', name);
const peopleFiles = () =>
  readdirSync(dataPath('kb', 'people'))
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => dataPath('kb', 'people', f));

test('the knowledge base loads', () => {
  const kb = KnowledgeBase.load();
  // demonyms are aliases of country entries, not entries of their own
  for (const kind of ['country', 'capital', 'igo', 'group', 'person', 'role'] as const) {
    assert.ok(kb.entries.some((e) => e.kind === kind), `no ${kind} entries`);
  }
});

test('countries: iso3 codes are three upper-case letters and unique', () => {
  const rows = readTsv(kbFile('countries.tsv'), ['iso3', 'name']);
  const problems = rows.filter((r) => !/^[A-Z]{3}$/.test(r.cells.iso3!)).map((r) => `${where(r)}: iso3 '${r.cells.iso3}' is not three upper-case letters`);
  problems.push(...duplicates(rows, 'iso3'));
  const status = new Set(['member', 'observer', 'disputed', 'territory']);
  problems.push(...rows.filter((r) => r.cells.status && !status.has(r.cells.status)).map((r) => `${where(r)}: status '${r.cells.status}' is not one of ${[...status].join(' ')}`));
  assert.deepEqual(problems, []);
});

test('surname-first states: each a known country with a reason', () => {
  const countries = new Set(readTsv(dataPath('kb', 'countries.tsv'), ['iso3']).map((r) => r.cells.iso3!));
  const problems = readTsv(dataPath('kb', 'surname-first.tsv'), ['iso3', 'reason']).filter((r) => !countries.has(r.cells.iso3!)).map((r) => `${where(r)}: '${r.cells.iso3}' is not in countries.tsv`);
  assert.deepEqual(problems, []);
  assert.ok(loadSurnameFirst().has('CHN'));
});

test('surname-first states: a malformed code is reported with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-names-'));
  const file = join(dir, 'surname-first.tsv');
  writeFileSync(file, 'iso3\treason\nchina\twhy\n');
  assert.throws(() => loadSurnameFirst(file), (e: unknown) => e instanceof DataError && /iso3 'china'/.test(e.message) && /:2/.test(e.message));
  rmSync(dir, { recursive: true });
});

test('IGOs and groups: ids unique, groups act for a known country', () => {
  const countries = new Set(readTsv(kbFile('countries.tsv')).map((r) => r.cells.iso3!));
  const igos = readTsv(kbFile('igos.tsv'), ['id', 'org', 'name']);
  const groups = readTsv(kbFile('groups.tsv'), ['id', 'name']);
  const problems = [...duplicates(igos, 'id'), ...duplicates(groups, 'id')];
  for (const r of groups) if (r.cells.country && !countries.has(r.cells.country)) problems.push(`${where(r)}: country '${r.cells.country}' is not in countries.tsv`);
  assert.deepEqual(problems, []);
});

test('people: every role belongs to a known country or IGO, and no role ends before it starts', () => {
  const countries = new Set(readTsv(kbFile('countries.tsv')).map((r) => r.cells.iso3!));
  const igos = new Set(readTsv(kbFile('igos.tsv')).map((r) => r.cells.id!));
  const problems: string[] = [];
  for (const file of peopleFiles()) {
    for (const r of readTsv(file, ['name', 'role', 'title'])) {
      const { country, title, from, to } = r.cells;
      const org = /^([A-Z][A-Za-z0-9]*):/.exec(title!)?.[1];
      if (country && !countries.has(country)) problems.push(`${where(r)}: country '${country}' is not in countries.tsv`);
      if (org && !igos.has(org)) problems.push(`${where(r)}: IGO '${org}' is not an id in igos.tsv`);
      if (!country && !org) problems.push(`${where(r)}: a role needs a country or an IGO prefix in its title`);
      if (from && to && startOf(from) > endOf(to)) problems.push(`${where(r)}: from ${from} is after to ${to}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('patterns: load, ids unique and named after their code, codes exist, reasons given', () => {
  const lexicon = loadEventLexicon();
  const patterns = lexicon.patterns.patterns;
  assert.ok(patterns.length > 0);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const p of patterns) {
    const first = seen.get(p.id);
    if (first) problems.push(`${p.where}: id '${p.id}' is also at ${first}`);
    seen.set(p.id, p.where);
    if (!lexicon.ontology.has(p.cameo)) problems.push(`${p.where}: CAMEO code '${p.cameo}' is not in cameo-codes.tsv`);
    if (!p.id.startsWith(`${p.cameo}.`)) problems.push(`${p.where}: id '${p.id}' does not start with its code '${p.cameo}.'`);
    if (!p.reason) problems.push(`${p.where}: no reason given`);
  }
  assert.deepEqual(problems, []);
});

test('modality cues: valid modality and scope, no cue listed twice, reasons given', () => {
  const path = dataPath('lexicon', 'modality.tsv');
  const cues = loadModalityCues(path);
  const rows = readTsv(path, ['cue', 'modality', 'scope']);
  assert.equal(cues.length, rows.length);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  rows.forEach((r, i) => {
    const cue = cues[i]!;
    if (!cue.tokens.length || cue.tokens.some((t) => !t)) problems.push(`${where(r)}: cue '${r.cells.cue}' has no words`);
    if (!['planned', 'negated', 'hypothetical'].includes(cue.modality)) problems.push(`${where(r)}: modality '${cue.modality}'`);
    if (!['before', 'around', 'object'].includes(cue.scope)) problems.push(`${where(r)}: scope '${cue.scope}'`);
    if (!r.cells.reason) problems.push(`${where(r)}: no reason given`);
    const key = `${cue.tokens.join(' ')}/${cue.scope}`;
    const first = seen.get(key);
    if (first) problems.push(`${where(r)}: cue '${r.cells.cue}' (${cue.scope}) is also at ${first}`);
    seen.set(key, where(r));
  });
  assert.deepEqual(problems, []);
});

test('stance verbs: one word each, a known stance, a reason, no form under two stances', () => {
  const path = dataPath('lexicon', 'stances.tsv');
  const rows = readTsv(path, ['verb', 'stance']);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const r of rows) {
    if (!r.cells.reason) problems.push(`${where(r)}: no reason given`);
    const first = seen.get(r.cells.verb!);
    if (first) problems.push(`${where(r)}: '${r.cells.verb}' is also at ${first}`);
    seen.set(r.cells.verb!, where(r));
  }
  assert.deepEqual(problems, []);
  const verbs = loadStanceVerbs(loadIrregulars(), path);
  assert.equal(verbs.get('said'), 'announce');
  assert.equal(verbs.get('denied'), 'denial');
  assert.equal(verbs.get('acknowledged'), 'admission');
  assert.equal(verbs.get('threatened'), 'threat');
});

test('stance verbs: a bad stance is reported with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-stances-'));
  const file = join(dir, 'stances.tsv');
  writeFileSync(file, 'verb\tstance\treason\nsay\tboast\twhy\n');
  assert.throws(() => loadStanceVerbs(loadIrregulars(), file), (e: unknown) => e instanceof DataError && /stance 'boast'/.test(e.message) && /:2/.test(e.message));
  rmSync(dir, { recursive: true });
});

test('claim verbs: each noun is one a reaction can be aimed at, each row has a reason, verbs match their forms', () => {
  const path = dataPath('lexicon', 'claim-verbs.tsv');
  const problems: string[] = [];
  for (const r of readTsv(path, ['noun', 'verb'])) {
    if (!r.cells.reason) problems.push(`${where(r)}: no reason given`);
    if (!REACTION_OBJECTS.has(r.cells.noun!)) problems.push(`${where(r)}: '${r.cells.noun}' is not a reaction noun, so no reaction would look it up`);
  }
  assert.deepEqual(problems, []);
  const verbs = loadClaimVerbs(loadIrregulars(), path);
  assert.ok(verbs.get('called')?.has('call'));
  assert.ok(verbs.get('struck')?.has('strike'));
  assert.ok(verbs.get('launched')?.has('operation'));
});

test('claim verbs: a verb of two words is reported with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-claims-'));
  const file = join(dir, 'claim-verbs.tsv');
  writeFileSync(file, 'noun\tverb\treason\ncall\tcall for\twhy\n');
  assert.throws(() => loadClaimVerbs(loadIrregulars(), file), (e: unknown) => e instanceof DataError && /one word/.test(e.message) && /:2/.test(e.message));
  rmSync(dir, { recursive: true });
});

test('weapon nouns: one word each, a reason each, none listed twice, none the usual object of an attack', () => {
  const nouns = loadWeaponNouns();
  assert.ok(nouns.has('helicopters') && nouns.has('tanks'));
  // a real attack's objects must stay out: "the Houthis attack ships", "attack Russian forces"
  for (const w of ['ships', 'vessels', 'boats', 'troops', 'forces', 'positions', 'bases', 'convoys']) assert.ok(!nouns.has(w), w);
});

test('weapon nouns: a noun of two words or without a reason is reported with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-weapons-'));
  const file = join(dir, 'weapon-nouns.tsv');
  writeFileSync(file, 'noun\treason\nbattle tanks\twhy\n');
  assert.throws(() => loadWeaponNouns(file), (e: unknown) => e instanceof DataError && /one word/.test(e.message) && /:2/.test(e.message));
  writeFileSync(file, 'noun\treason\ntanks\t\n');
  assert.throws(() => loadWeaponNouns(file), (e: unknown) => e instanceof DataError && /reason/.test(e.message) && /:2/.test(e.message));
  rmSync(dir, { recursive: true });
});

test('pastime heads: words of sport and leisure, none with a political use', () => {
  const heads = loadPastimeHeads();
  assert.ok(heads.has('cricket') && heads.has('tourists'));
  // "the Iranian negotiating team", "a Chinese rescue team", "a Chinese state actor" stay actors
  for (const w of ['team', 'squad', 'side', 'captain', 'actor', 'delegation', 'supporters', 'director']) assert.ok(!heads.has(w), w);
});

test('intent codes: each act has its 03x intent by the longest listed prefix; acts of force have none', () => {
  const intentOf = loadIntentCodes(Ontology.load());
  assert.equal(intentOf('0874'), '0356');
  assert.equal(intentOf('073'), '0333');
  assert.equal(intentOf('042'), '036');
  assert.equal(intentOf('045'), '039');
  assert.equal(intentOf('190'), null);
  assert.equal(intentOf('112'), null);
});

test('intent codes: an act of force is refused with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-intents-'));
  const file = join(dir, 'intent-codes.tsv');
  writeFileSync(file, 'act\tintent\treason\n190\t0312\twhy\n');
  assert.throws(() => loadIntentCodes(Ontology.load(), file), (e: unknown) => e instanceof DataError && /act of force/.test(e.message) && /:2/.test(e.message));
  rmSync(dir, { recursive: true });
});

test('CAMEO codes: unique, each below a listed parent, each with a Goldstein value or its parent\'s', () => {
  const rows = readTsv(dataPath('ontology', 'cameo-codes.tsv'), ['code', 'name']);
  const ontology = Ontology.load();
  const codes = new Set(rows.map((r) => r.cells.code!));
  const problems = duplicates(rows, 'code');
  for (const r of rows) {
    const code = r.cells.code!;
    if (code.length > 2 && !codes.has(code.slice(0, code.length - 1))) problems.push(`${where(r)}: code '${code}' has no parent '${code.slice(0, -1)}'`);
    if (ontology.get(code)?.goldstein == null) problems.push(`${where(r)}: code '${code}' has no Goldstein value and no parent with one`);
  }
  assert.deepEqual(problems, []);
});

test('PLOVER: every root has a type and every listed code exists', () => {
  const ontology = Ontology.load();
  const problems: string[] = [];
  for (let n = 1; n <= 20; n++) {
    const root = String(n).padStart(2, '0');
    if (!ontology.ploverOf(root)) problems.push(`data/ontology/plover.tsv: root ${root} has no PLOVER type`);
  }
  for (const r of readTsv(dataPath('ontology', 'plover.tsv'), ['cameo', 'plover'])) {
    if (!ontology.has(r.cells.cameo!)) problems.push(`${where(r)}: code '${r.cells.cameo}' is not in cameo-codes.tsv`);
  }
  assert.deepEqual(problems, []);
});

// A malformed row makes its loader fail, naming the file and line.

const scratch = mkdtempSync(join(tmpdir(), 'attache-schema-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const path = join(scratch, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Asserts that `fn` throws a DataError naming `file` at `line`. */
function failsAt(fn: () => unknown, file: string, line: number, what: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DataError, `expected a DataError, got ${String(e)}`);
    assert.equal(basename(e.file), file);
    assert.equal(e.line, line);
    assert.match(e.message, new RegExp(`${file.replace('.', '\\.')}:${line}: `));
    assert.match(e.message, what);
    return true;
  });
}

test('a row with too few columns fails with file:line', () => {
  const path = write('short.tsv', ['a\tb\tc', '# comment', 'x\ty\tz', 'x\ty']);
  failsAt(() => readTsv(path), 'short.tsv', 4, /expected 3 tab-separated columns/);
});

test('a pattern with an unknown CAMEO code fails with file:line', () => {
  const path = write('patterns.tsv', ['id\tcameo\tpattern\treason', '042.visit\t042\tvisit TARGET\ta visit', '999.bad\t999\tbad TARGET\tno such code']);
  failsAt(() => loadPatterns(Ontology.load(), loadIrregulars(), path), 'patterns.tsv', 3, /CAMEO code '999'/);
});

test('a pattern id used twice fails with file:line', () => {
  const path = write('twice.tsv', ['id\tcameo\tpattern\treason', '042.visit\t042\tvisit TARGET\ta visit', '042.visit\t042\tvisit to TARGET\tagain']);
  failsAt(() => loadPatterns(Ontology.load(), loadIrregulars(), path), 'twice.tsv', 3, /used twice/);
});

test('a malformed pattern fails with file:line', () => {
  const path = write('gap.tsv', ['id\tcameo\tpattern\treason', '042.gap\t042\t.. visit TARGET\tbegins with a gap']);
  failsAt(() => loadPatterns(Ontology.load(), loadIrregulars(), path), 'gap.tsv', 2, /cannot begin or end/);
});

test('a modality cue with an unknown modality fails with file:line', () => {
  const path = write('cues.tsv', ['cue\tmodality\tscope\treason', 'will\tplanned\tbefore\tfuture', 'perhaps\tmaybe\tbefore\tnot a modality']);
  failsAt(() => loadModalityCues(path), 'cues.tsv', 3, /modality 'maybe'/);
});

test('a country with a malformed code fails with file:line', () => {
  const dir = join(scratch, 'kb-country');
  write('kb-country/countries.tsv', ['iso3\tname\taliases\tdemonyms\tcapitals\tmetonyms\tstatus', 'IRN\tIran\t\tIranian\tTehran\t\tmember', 'Rus\tRussia\t\tRussian\tMoscow\t\tmember']);
  failsAt(() => KnowledgeBase.load(dir), 'countries.tsv', 3, /not a three-letter upper-case code/);
});

test('a person role with a malformed date fails with file:line', () => {
  const dir = join(scratch, 'kb-people');
  write('kb-people/people/heads.tsv', ['name\taliases\tcountry\trole\ttitle\tfrom\tto', 'Sergei Shoigu\tShoigu\tRUS\tMIL\tMinister of Defence\t2012-11-06\t12 May 2024']);
  failsAt(() => KnowledgeBase.load(dir), 'heads.tsv', 2, /to '12 May 2024'/);
});

test('a person role with an unknown role fails with file:line', () => {
  const dir = join(scratch, 'kb-role');
  write('kb-role/people/heads.tsv', ['name\taliases\tcountry\trole\ttitle\tfrom\tto', 'Sergei Shoigu\tShoigu\tRUS\tARMY\tMinister of Defence\t2012-11-06\t2024-05-12']);
  failsAt(() => KnowledgeBase.load(dir), 'heads.tsv', 2, /role 'ARMY'/);
});
