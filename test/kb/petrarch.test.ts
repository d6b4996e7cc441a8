import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../../src/core/errors.js';
import type { Article } from '../../src/core/types.js';
import { loadKbData } from '../../src/kb/load.js';
import { actorCodeParts, agentCodeParts } from '../../src/kb/petrarch/codes.js';
import { convertActors, convertAgents, displayPhrase } from '../../src/kb/petrarch/convert.js';
import { importDictionaries } from '../../src/kb/petrarch/import.js';
import { parseActors, parseAgents, parseDiscards, pluralOf, readDate } from '../../src/kb/petrarch/parse.js';
import { defaultPipeline, kbFoldersFromEnv, loadResources } from '../../src/pipeline/default.js';
import { attache } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const actors = (text: string) => parseActors(text, 'actors.txt');
const agents = (text: string) => parseAgents(text, 'agents.txt');

// ---------------------------------------------------------------- dates

const dates: [string, string | null][] = [
  ['950601', '1995-06-01'],
  ['301231', '2030-12-31'], // 00-30 are 20xx
  ['311231', '1931-12-31'],
  ['000229', '2000-02-29'],
  ['20121109', '2012-11-09'],
  ['19950631', null], // no 31 June
  ['951301', null],
  ['9506', null],
];
for (const [s, iso] of dates) test(`date ${s} → ${iso}`, () => assert.equal(readDate(s), iso));

// ---------------------------------------------------------------- actors: each syntax feature

test('actors: PHRASE [CODE]; _ joins adjacent words, a space lets words between, a trailing _ is exact', () => {
  const r = actors('MINAS_TIRITH [GON]\nRADAGAST THE_BROWN  [RAD]\nARNOR_  [ARN]\n');
  assert.deepEqual(r.issues, []);
  assert.equal(r.records.length, 3);
  const [minas, radagast, arnor] = r.records;
  assert.deepEqual(minas!.phrase.words, ['MINAS', 'TIRITH']);
  assert.deepEqual(minas!.phrase.joined, [true]);
  assert.deepEqual(radagast!.phrase.joined, [false, true]);
  assert.equal(arnor!.phrase.exact, true);
  assert.equal(minas!.phrase.exact, false);
  assert.deepEqual(minas!.codes.map((c) => [c.code, c.restriction.kind]), [['GON', 'default']]);
  assert.equal(radagast!.line, 2);
});

test('actors: +SYNONYM lines belong to the actor above, across a blank line', () => {
  const r = actors('GONDOR [GON]\n+MINAS_TIRITH\n\n+ANORIEN\nMORDOR [MOR]\n');
  assert.deepEqual(r.records.map((a) => [a.phrase.words.join(' '), a.synonyms.map((s) => s.words.join(' '))]), [
    ['GONDOR', ['MINAS TIRITH', 'ANORIEN']],
    ['MORDOR', []],
  ]);
});

test('actors: tab-indented date-restricted codes, with and without spaces', () => {
  const r = actors('GOLLUM  # a comment\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB >990816]\n\t[ZZZ]\n');
  assert.deepEqual(r.issues, []);
  const codes = r.records[0]!.codes;
  assert.deepEqual(
    codes.map((c) => [c.code, c.restriction]),
    [
      ['HOB', { kind: 'before', date: '1995-06-01' }],
      ['HOBGOV', { kind: 'between', from: '1995-06-01', to: '1999-08-15' }],
      ['HOBREB', { kind: 'after', date: '1999-08-16' }],
      ['ZZZ', { kind: 'default' }],
    ],
  );
  assert.deepEqual(codes.map((c) => c.line), [3, 4, 5, 6]);
});

test('actors: a default code on its own indented line; a code list with /; the null code', () => {
  const r = actors('ENT  \n\t[ENT]\nTHE_SHIRE  [FRO/BIL/SAM]\nBOROMIR  [---]\n');
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.records.map((a) => a.codes[0]!.codes), [['ENT'], ['FRO', 'BIL', 'SAM'], ['---']]);
});

test('actors: comments: #, ; and <!-- --> over several lines, and <! -- -->', () => {
  const r = actors(['<!-- HEADER -->', '<!-- ', '# NOT_AN_ACTOR [XXX]', 'STILL_COMMENT [YYY]', '# -->', 'ATHENS  [GRC] #JW 10/17/91', 'TUNIS [TUN] ; note', '<! -- SECTION -->', '#NASGUL  [###]', 'ROHAN [ROH] <!-- inline --> '].join('\n'));
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.records.map((a) => a.phrase.words.join(' ')), ['ATHENS', 'TUNIS', 'ROHAN']);
});

test('actors: a lower-case code is read in capitals, and said so', () => {
  const r = actors('PALESTINIAN [pse]\n');
  assert.equal(r.records[0]!.codes[0]!.code, 'PSE');
  assert.equal(r.issues.length, 1);
  assert.match(r.issues[0]!.message, /lower-case code 'pse'/);
});

// ---------------------------------------------------------------- actors: malformed lines

const malformed: [string, string, number, RegExp][] = [
  ['a code block with no code', 'GOLLUM\n\t[950601-990815]\n\t[HOB]\n', 2, /not an actor code/],
  ['a code with junk in front of the date', 'GOLLUM\n\t[AAA950601-990815]\n\t[HOB]\n', 2, /not an actor code/],
  ['an impossible date', 'GOLLUM\n\t[HOB <991340]\n\t[HOB]\n', 2, /not a date/],
  ['a range that ends before it begins', 'GOLLUM\n\t[HOB 990101-980101]\n\t[HOB]\n', 2, /ends before it begins/],
  ['a date with no operator', 'GOLLUM\n\t[HOB 990101]\n\t[HOB]\n', 2, /cannot read the code block/],
  ['an unclosed bracket', 'ARNOR [ARN\nGONDOR [GON]\n', 1, /expected PHRASE|not a word/],
  ['an indented line that is no code block', 'ARNOR [ARN]\n\tGONDOR\n', 2, /indented line must hold a code block/],
  ['a synonym before any actor', '+MINAS_TIRITH\nGONDOR [GON]\n', 1, /synonym \(\+\) with no actor/],
  ['a code block before any actor', '\t[GON]\nGONDOR [GON]\n', 1, /no actor before it/],
  ['a second default code', 'ZIMBABWE\n\t[ZBW]\n\t[RHO]\n', 3, /second default code/],
  ['an actor without a code', 'ONODOHER\nGONDOR [GON]\n', 1, /has no code/],
  ['a comment never closed', 'GONDOR [GON]\n<!-- open\nMORDOR [MOR]\n', 2, /never closed/],
];
for (const [what, text, line, message] of malformed) {
  test(`actors, malformed: ${what} is reported with its line, and reading goes on`, () => {
    const r = actors(text);
    const issue = r.issues.find((i) => i.line === line);
    assert.ok(issue, `an issue at line ${line}: ${JSON.stringify(r.issues)}`);
    assert.match(issue.message, message);
    assert.equal(issue.file, 'actors.txt');
    if (what !== 'a comment never closed' && what !== 'an actor without a code') assert.ok(r.records.length >= 1, 'the other lines are still read');
  });
}

test('actors, malformed: the other codes of a block survive a bad one', () => {
  const r = actors('GOLLUM\n\t[HOB <991340]\n\t[HOBGOV 19950601-19990815]\n');
  assert.equal(r.issues.length, 1);
  assert.deepEqual(r.records[0]!.codes.map((c) => c.code), ['HOBGOV']);
});

// ---------------------------------------------------------------- agents

test('agents: substitution sets, {} and {PLURAL}, automatic plurals, ~CODE and CODE~', () => {
  const r = agents(
    [
      '!PERSON! = MAN, MEN, WOMAN',
      'CONGRESS [~LEG]',
      'CONGRESS!PERSON! [~LEG]',
      'POLICE {} [ ~COP] # no plural',
      'GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]',
      'AUTHORITY [~GOV]',
      'SECURITY_OFFICIALS [~GOV]',
      'HUMAN_RIGHTS_ORGANIZATION  [  NGO~]',
      'SPOKESMAN [~GOV]',
    ].join('\n'),
  );
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.sets, [{ name: 'PERSON', values: ['MAN', 'MEN', 'WOMAN'], line: 1 }]);
  const by = new Map(r.records.map((a) => [a.phrase, a]));
  assert.deepEqual(by.get('CONGRESS')!.plurals, ['CONGRESSES']);
  assert.deepEqual(by.get('CONGRESS!PERSON!')!.forms, ['CONGRESSMAN', 'CONGRESSMEN', 'CONGRESSWOMAN']);
  assert.equal(by.get('CONGRESS!PERSON!')!.plural, 'set');
  assert.deepEqual(by.get('POLICE')!, { ...by.get('POLICE')!, forms: ['POLICE'], plurals: [], plural: 'none', code: 'COP', position: 'suffix' });
  assert.deepEqual(by.get('GOLDEN_GOOSE')!.forms, ['GOLDEN GOOSE']);
  assert.deepEqual(by.get('GOLDEN_GOOSE')!.plurals, ['GOLDEN GEESE']);
  assert.deepEqual(by.get('AUTHORITY')!.plurals, ['AUTHORITIES']);
  assert.deepEqual(by.get('SECURITY_OFFICIALS')!.plurals, [], 'a word that looks plural gets no plural');
  assert.deepEqual([by.get('HUMAN_RIGHTS_ORGANIZATION')!.code, by.get('HUMAN_RIGHTS_ORGANIZATION')!.position], ['NGO', 'prefix']);
  assert.deepEqual(by.get('SPOKESMAN')!.plurals, ['SPOKESMEN']);
});

const plurals: [string, string | null][] = [
  ['MINISTER', 'MINISTERS'],
  ['AUTHORITY', 'AUTHORITIES'],
  ['ATTORNEY', 'ATTORNEYS'],
  ['CONGRESS', 'CONGRESSES'],
  ['BUS', 'BUSES'],
  ['BOX', 'BOXES'],
  ['CHURCH', 'CHURCHES'],
  ['BORDER GUARD', 'BORDER GUARDS'],
  ['CHAIRMAN', 'CHAIRMEN'],
  ['OFFICIALS', null],
];
for (const [w, p] of plurals) test(`plural of ${w}: ${p}`, () => assert.equal(pluralOf(w), p));

const badAgents: [string, string, RegExp][] = [
  ['a code without ~', 'PRESIDENT [GOV]', /not an agent code/],
  ['no code at all', 'PRESIDENT', /expected PHRASE/],
  ['an undefined substitution set', '!MINST!_OF_SILLY_WALKS [~GOV]', /!MINST! is not defined/],
  ['an empty substitution set', '!EMPTY! = ', /substitution set/],
];
for (const [what, line, message] of badAgents) {
  test(`agents, malformed: ${what}`, () => {
    const r = agents(`MINISTER [~GOV]\n${line}\nJUDGE [~JUD]\n`);
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0]!.line, 2);
    assert.match(r.issues[0]!.message, message);
    assert.deepEqual(r.records.map((a) => a.phrase), ['MINISTER', 'JUDGE']);
  });
}

test('discards: a leading + discards the story; comments are dropped', () => {
  const r = parseDiscards('# header\nMONTHS LATER\n+World_Golf Championships   # pas\nBASEBALL\n', 'd.txt');
  assert.deepEqual(r.records.map((d) => [d.phrase, d.scope, d.line]), [
    ['MONTHS LATER', 'sentence', 2],
    ['World Golf Championships', 'story', 3],
    ['BASEBALL', 'sentence', 4],
  ]);
});

// ---------------------------------------------------------------- codes and conversion

const codes: [string, ReturnType<typeof actorCodeParts>][] = [
  ['ARN', { country: 'ARN', role: null, code: null }],
  ['ARNGOV', { country: 'ARN', role: 'GOV', code: null }],
  ['IGOEEU', { country: 'IGO', role: null, code: 'IGOEEU' }],
  ['GONCOP', { country: 'GON', role: 'POL', code: 'GONCOP' }],
  ['PSEREBHMS', { country: 'PSE', role: 'REB', code: 'PSEREBHMS' }],
  ['HGWGOVMED', { country: 'HGW', role: 'GOV', code: 'HGWGOVMED' }],
  ['ORCHOB', { country: 'ORC', role: null, code: 'ORCHOB' }],
];
for (const [code, parts] of codes) test(`actor code ${code} → ${JSON.stringify(parts)}`, () => assert.deepEqual(actorCodeParts(code), parts));

test('agent codes: a role where one fits, the code where it says more', () => {
  assert.deepEqual(agentCodeParts('GOV', 'suffix'), { role: 'GOV', code: null });
  assert.deepEqual(agentCodeParts('GOVFRM', 'suffix'), { role: 'GOV', code: 'GOVFRM' });
  assert.deepEqual(agentCodeParts('REL', 'suffix'), { role: null, code: 'REL' });
  assert.deepEqual(agentCodeParts('MOSREB', 'suffix'), { role: 'REB', code: 'MOSREB' });
  assert.deepEqual(agentCodeParts('NGO', 'prefix'), { role: null, code: 'NGO~' });
});

test('display forms: title case, dotted and one-word short names kept', () => {
  const p = (s: string) => displayPhrase({ words: s.split(' '), joined: [], exact: false, line: 1 });
  assert.equal(p('MINAS TIRITH'), 'Minas Tirith');
  assert.equal(p('GROUP OF 77'), 'Group of 77');
  assert.equal(p('AL-QAEDA'), 'Al-Qaeda');
  assert.equal(p('U.N.'), 'U.N.');
  assert.equal(p('IMF'), 'IMF');
  assert.equal(p('THE AU'), 'The AU');
  assert.equal(p('SAM GAMGEE'), 'Sam Gamgee');
});

test('converter: single codes become group rows; a code list keeps its list in code', () => {
  const r = convertActors(actors('GONDOR [GON]\n+MINAS_TIRITH\nEUROPEAN_UNION [IGOEEU]\nTHE_SHIRE  [FRO/BIL/SAM]\nWASHINGTON [USAGOV]\nBOROMIR [---]\n').records);
  assert.deepEqual(
    r.groups.map((g) => [g.id, g.name, g.aliases.join('|'), g.country, g.role, g.code]),
    [
      ['GONDOR', 'Gondor', 'Minas Tirith', 'GON', '', ''],
      ['EUROPEAN_UNION', 'European Union', '', 'IGO', '', 'IGOEEU'],
      ['THE_SHIRE', 'The Shire', '', 'FRO', '', 'FRO/BIL/SAM'],
      ['WASHINGTON', 'Washington', '', 'USA', 'GOV', ''],
    ],
  );
  assert.equal(r.groups[0]!.petrarch, 'actors.txt:1 [GON]');
  assert.ok(r.notes.some((n) => n.line === 6 && /null code/.test(n.message)), 'the null-coded actor is left out, with a note');
});

test('converter: dated codes become people rows; the default fills the periods no restriction covers', () => {
  const r = convertActors(actors('HAMFAST GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\nZIMBABWE\n\t[RHO <790606]\n\t[ZBW]\nSAM\n\t[HOBCIV <20080120]\n\t[HOBELI >20080119]\n\t[HOB]\n').records);
  const rows = (name: string) => r.people.filter((p) => p.name === name).map((p) => [p.country, p.role, p.from, p.to, p.code]);
  assert.deepEqual(rows('Hamfast Gamgee'), [
    ['HOB', '', '', '2012-11-08', 'HOB'],
    ['HOB', 'GOV', '2012-11-09', '2013-01-19', 'HOBGOV'],
    ['HOB', '', '2013-01-20', '', 'HOB'],
  ]);
  assert.deepEqual(rows('Zimbabwe'), [
    ['RHO', '', '', '1979-06-05', 'RHO'],
    ['ZBW', '', '1979-06-06', '', 'ZBW'],
  ]);
  assert.deepEqual(rows('SAM'), [
    ['HOB', '', '', '2008-01-19', 'HOBCIV'],
    ['HOB', '', '2008-01-20', '', 'HOBELI'],
  ]);
  assert.ok(r.notes.some((n) => /default code \[HOB\] of 'SAM' never applies/.test(n.message)));
  assert.ok(r.people.every((p) => p.title.startsWith('PETRARCH code ')));
});

test('converter: agents become role words; singular forms may stand before a name', () => {
  const r = convertAgents(agents('FOREIGN_MINISTER [~GOVFRM]\nPOLICE {} [~COP]\nCLERIC [~REL]\nMSF {} [NGO~]\nOFFICIAL [~GOV]\nMINISTER [~GOV]\nMINISTER [~JUD]\n').records);
  assert.deepEqual(
    r.roleWords.map((w) => [w.phrase, w.role, w.kind, w.code]),
    [
      ['foreign minister', 'GOV', 'both', 'GOVFRM'],
      ['foreign ministers', 'GOV', 'agent', 'GOVFRM'],
      ['police', 'POL', 'both', 'COP'],
      ['cleric', '', 'both', 'REL'],
      ['clerics', '', 'agent', 'REL'],
      ['msf', '', 'both', 'NGO~'],
      ['official', 'GOV', 'both', ''],
      ['officials', 'GOV', 'agent', ''],
      ['minister', 'GOV', 'both', ''],
      ['ministers', 'GOV', 'agent', ''],
    ],
  );
  assert.ok(r.notes.some((n) => n.line === 7 && /already an agent/.test(n.message)));
});

// ---------------------------------------------------------------- a folder the knowledge base loads, and the coder uses

const ACTORS = [
  '<!-- a fictional test dictionary -->',
  'ARNOR_  [ARN]',
  '+ARNORIAN',
  'GONDOR [GON]',
  '+MINAS_TIRITH',
  'LOTHLORIEN_COUNCIL [IGOLOR]',
  'THE_SHIRE [FRO/BIL/SAM]',
  'GOLLUM',
  '+SMEAGOL',
  '\t[HOB < 950601]',
  '\t[HOBGOV 19950601 - 19990815]',
  '\t[HOBREB > 990816]',
  'BROKEN [AR N]',
].join('\n');
const AGENTS = ['FOREIGN_MINISTER [~GOVFRM]', 'OFFICIAL [~GOV]', 'CLERIC [~REL]', 'AID_GROUP [NGO~]', 'POLICE {} [~COP]', 'WRONG [GOV]'].join('\n');

function importFixture(): string {
  const dir = tempDir('attache-petrarch-');
  writeFileSync(join(dir, 'actors.txt'), ACTORS);
  writeFileSync(join(dir, 'agents.txt'), AGENTS);
  importDictionaries({ actors: join(dir, 'actors.txt'), agents: join(dir, 'agents.txt'), out: join(dir, 'kb') });
  return join(dir, 'kb');
}

test('import writes a folder the knowledge-base loader reads, with codes and dated roles', () => {
  const kb = importFixture();
  for (const f of ['groups.tsv', 'people/petrarch.tsv', 'role-words.tsv', 'import-notes.txt']) assert.ok(existsSync(join(kb, f)), f);
  const data = loadKbData(kb);
  const byName = new Map(data.entries.map((e) => [e.name, e]));
  assert.equal(byName.get('Lothlorien Council')!.code, 'IGOLOR');
  assert.equal(byName.get('Lothlorien Council')!.country, 'IGO');
  const gollum = byName.get('Gollum')!;
  assert.equal(gollum.kind, 'person');
  assert.deepEqual(gollum.roles.map((r) => [r.role, r.code, r.from, r.to]), [
    [null, 'HOB', null, '1995-05-31'],
    ['GOV', 'HOBGOV', '1995-06-01', '1999-08-15'],
    ['REB', 'HOBREB', '1999-08-17', null],
  ]);
  assert.deepEqual(data.aliases.get(gollum.id)!.map((a) => a.text), ['Gollum', 'Smeagol']);
  const notes = readFileSync(join(kb, 'import-notes.txt'), 'utf8');
  assert.match(notes, /actors\.txt:13: .*not a word|actors\.txt:13: /);
  assert.match(notes, /agents\.txt:6: .*not an agent code/);
});

const run = (pipeline: ReturnType<typeof defaultPipeline>, text: string, date: string) => {
  const article: Article = { id: 't', title: null, published: date, source: null, url: null, text };
  return pipeline.run(article).events!.map((e) => `${e.source.code}>${e.target.code}`);
};

test('a sentence with fictional actors is coded with their imported codes', () => {
  const pipeline = defaultPipeline(loadResources({ extraKb: [importFixture()] }));
  assert.deepEqual(run(pipeline, 'Arnor signed an agreement with Gondor on Monday.', '1995-01-03'), ['ARN>GON']);
  assert.deepEqual(run(pipeline, "Arnor's foreign minister met Gondor police on Monday.", '1995-01-03'), ['ARNGOVFRM>GONCOP']);
  assert.deepEqual(run(pipeline, 'The Lothlorien Council condemned Minas Tirith.', '1995-01-03'), ['IGOLOR>GON']);
  // an agent written CODE~ goes in front
  assert.deepEqual(run(pipeline, 'An Arnor aid group official met a Gondor cleric.', '1995-01-03'), ['NGOARNGOV>GONREL']);
  // one event per actor of a code list
  assert.deepEqual(run(pipeline, 'The Shire condemned Gondor.', '1995-01-03').sort(), ['BIL>GON', 'FRO>GON', 'SAM>GON']);
});

test('a dated actor is coded with the code in force on the report date', () => {
  const pipeline = defaultPipeline(loadResources({ extraKb: [importFixture()] }));
  const text = 'Smeagol condemned Gondor.';
  assert.deepEqual(run(pipeline, text, '1992-01-02'), ['HOB>GON']);
  assert.deepEqual(run(pipeline, text, '1995-11-01'), ['HOBGOV>GON']);
  assert.deepEqual(run(pipeline, text, '2001-01-01'), ['HOBREB>GON']);
});

test('without the folder the same sentence has no actors to code', () => {
  assert.deepEqual(run(defaultPipeline(loadResources({ extraKb: [] })), 'Arnor signed an agreement with Gondor on Monday.', '1995-01-03'), []);
});

test('an extra knowledge-base folder that does not exist, or holds nothing, is a user error', () => {
  assert.throws(() => loadResources({ extraKb: ['/nonexistent/attache-kb'] }), (e: unknown) => e instanceof UserError && /does not exist/.test(e.message));
  const empty = tempDir('attache-empty-kb-');
  mkdirSync(join(empty, 'people'));
  assert.throws(() => loadResources({ extraKb: [empty] }), (e: unknown) => e instanceof UserError && /holds no entries/.test(e.message));
});

test('ATTACHE_KB names folders separated by the path delimiter', () => {
  assert.deepEqual(kbFoldersFromEnv({ ATTACHE_KB: '/a/kb:/b/kb: ' }), ['/a/kb', '/b/kb']);
  assert.deepEqual(kbFoldersFromEnv({}), []);
});

test('cli: kb import writes the folder; explain uses it through --kb and through ATTACHE_KB', () => {
  const dir = tempDir('attache-petrarch-cli-');
  writeFileSync(join(dir, 'actors.txt'), ACTORS);
  writeFileSync(join(dir, 'agents.txt'), AGENTS);
  const out = join(dir, 'kb');
  const r = attache(['kb', 'import', '--actors', join(dir, 'actors.txt'), '--agents', join(dir, 'agents.txt'), '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /read 5 actor\(s\) and 5 agent\(s\)/);
  assert.match(r.stderr, /actors\.txt:13: /, 'a malformed line is reported with file:line');
  assert.equal(attache(['kb', 'import', '--actors', join(dir, 'actors.txt'), '--out', out, '--strict']).status, 1, '--strict fails on a malformed line');
  const sentence = 'Arnor signed an agreement with Gondor.';
  const flag = attache(['explain', sentence, '--date', '1995-01-03', '--kb', out]);
  assert.equal(flag.status, 0, flag.stderr);
  assert.match(flag.stdout, /ARN → GON {2}057/);
  const env = attache(['explain', sentence, '--date', '1995-01-03'], { env: { ATTACHE_KB: out } });
  assert.match(env.stdout, /ARN → GON {2}057/);
  const missing = attache(['explain', sentence, '--kb', join(dir, 'nope')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /does not exist/);
});
