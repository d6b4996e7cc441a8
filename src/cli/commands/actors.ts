import { layer } from '../../core/doc.js';
import { UserError } from '../../core/errors.js';
import type { Alias, KbEntry, PersonRole } from '../../kb/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../pipeline/default.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { makeActor } from '../../stages/actors/actor-code.js';
import { actorsStage } from '../../stages/actors/stage.js';
import { entitiesStage } from '../../stages/entities/stage.js';
import { sentencesStage } from '../../stages/sentences/stage.js';
import { tokensStage } from '../../stages/tokens/stage.js';
import { dayFlag, parse } from '../args.js';
import type { Command } from './command.js';
import { extraKbFolders, KB_USAGE, kbOption } from './kb.js';

/** One knowledge-base entry a name matches, with what it means on the date asked. */
export interface ActorMatch {
  id: string;
  /** What the entry is: country, capital, igo, group, org, place, person, role. */
  kind: KbEntry['kind'];
  /** How the name relates to it: its name or alias, a capital, a demonym, a role word. */
  matchedAs: Alias['kind'];
  name: string;
  /** The alias as the knowledge base holds it (folded tokens). */
  alias: string;
  /** The alias only matches with this case in text ("US", "SCO"). */
  exactCase: string | null;
  country: string | null;
  org: string | null;
  role: string | null;
  /** The code the coder writes for this entry alone on the date (a role word: the code it adds). */
  code: string | null;
  source: string;
  /** People: every office, and the one in force on the date (or the latest, with no date). */
  roles: (PersonRole & { inForce: boolean })[];
  roleAtDate: PersonRole | null;
}

export interface ActorsReport {
  name: string;
  date: string | null;
  /** What the coder makes of the name as a text on its own: the actor phrase it finds. */
  coder: { code: string; name: string | null; text: string; why: string[] }[];
  entries: ActorMatch[];
}

const span = (r: PersonRole) => `${r.from ?? '…'}–${r.to ?? ''}`;
const who = (country: string | null, org: string | null, role: string | null) => [country ?? (org ? `IGO:${org}` : '-'), role].filter(Boolean).join(' ');

/** Everything the knowledge base (and the coder) makes of a name on a date. */
export function describeName(kb: KnowledgeBase, name: string, date: string | null): ActorsReport {
  const seen = new Set<KbEntry>();
  const entries: ActorMatch[] = [];
  for (const a of kb.aliasesOf(name)) {
    if (seen.has(a.entry)) continue;
    seen.add(a.entry);
    const e = a.entry;
    const r = e.kind === 'person' ? kb.personRole(e, date) : null;
    const code =
      e.kind === 'role'
        ? (e.code ?? e.role)
        : r
          ? makeActor(r.country, r.org, r.role, e.name, r.code ?? null).code
          : makeActor(e.country, e.org, e.role, e.name, e.code ?? null).code;
    entries.push({
      id: e.id,
      kind: e.kind,
      matchedAs: a.kind,
      name: e.name,
      alias: a.tokens.join(' '),
      exactCase: a.exactCase ? a.exactCase.join(' ') : null,
      country: r ? r.country : e.country,
      org: r ? r.org : e.org,
      role: r ? r.role : e.role,
      code,
      source: e.source,
      roles: e.roles.map((x) => ({ ...x, inForce: x === r })),
      roleAtDate: r,
    });
  }
  // what the coder makes of the name on its own
  const pipeline = Pipeline.build([tokensStage, sentencesStage, entitiesStage(kb), actorsStage]);
  const doc = pipeline.run({ id: 'actors', title: null, published: date, source: null, url: null, text: name });
  const coder = layer(doc, 'actors').map((a) => ({
    code: a.actor.code,
    name: a.actor.name,
    text: name.slice(a.start, a.end),
    why: a.parts.map((m) => `"${m.text}": ${m.reason}`),
  }));
  return { name, date, coder, entries };
}

function render(report: ActorsReport): string {
  const out: string[] = [];
  const when = report.date ? ` on ${report.date}` : report.entries.some((m) => m.roles.length) ? ' (no --date: the latest office)' : '';
  const n = report.entries.length;
  out.push(`"${report.name}"${when}: ${n} knowledge-base entr${n === 1 ? 'y' : 'ies'}`);
  if (report.coder.length) {
    for (const c of report.coder) out.push(`the coder writes ${c.code}${c.name ? ` (${c.name})` : ''} for "${c.text}"${c.why.length ? `: ${c.why.join('; ')}` : ''}`);
  } else out.push('the coder finds no actor in the name on its own' + (n ? ' (a role word needs a state or a name beside it; a name must start with a capital)' : ''));
  for (const m of report.entries) {
    out.push('');
    const as = m.matchedAs !== m.kind ? ` as a ${m.matchedAs}` : '';
    out.push(`${m.kind}${as}: ${m.name}  [${m.id}]  ${m.source}`);
    if (m.exactCase) out.push(`  matches only written "${m.exactCase}"`);
    if (m.kind === 'role') {
      out.push(`  role word: gives ${m.code ?? 'no code'}${m.code && m.code.endsWith('~') ? ' in front of' : ''} to the state or name beside it`);
      continue;
    }
    if (m.roles.length) {
      out.push('  offices:');
      for (const r of m.roles) {
        const mark = r.inForce ? '▶' : ' ';
        const code = r.code ? `  code ${r.code}` : '';
        out.push(`   ${mark} ${who(r.country, r.org, r.role).padEnd(9)} ${r.title}  (${span(r)})${code}  ${r.source ?? ''}`);
      }
      const r = m.roleAtDate;
      if (r) out.push(`  ${report.date ? `on ${report.date}` : 'now'}: ${who(r.country, r.org, r.role)}, ${r.title} (${span(r)}) → code ${m.code}`);
    } else {
      out.push(`  ${who(m.country, m.org, m.role)} → code ${m.code}${m.kind === 'country' || m.kind === 'capital' || m.matchedAs === 'demonym' ? ' (named alone as an actor, a state acts as its GOV, or its MIL for acts of force)' : ''}`);
    }
  }
  return out.join('\n');
}

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'show what a name resolves to and why: knowledge-base entries, offices at a date, the code written',
  usage: 'attache actors NAME [--date YYYY-MM-DD] [--json] [--kb DIR]\n' + KB_USAGE,
  async run(argv) {
    const { values, positionals } = parse('actors', argv, { date: { type: 'string' }, json: { type: 'boolean' }, ...kbOption });
    if (values.help) return (console.log(this.usage), 0);
    const name = positionals.join(' ').trim();
    if (!name) throw new UserError('actors needs a name', 'e.g. attache actors "Shoigu" --date 2023-09-20');
    dayFlag('date', values.date);
    const kb = loadKnowledgeBase({ extraKb: extraKbFolders(values.kb) });
    const report = describeName(kb, name, values.date ?? null);
    if (!report.entries.length) {
      const lower = name.toLowerCase();
      const near = [...new Set(kb.entries.filter((e) => e.kind !== 'role' && e.name.toLowerCase().includes(lower)).map((e) => e.name))].slice(0, 5);
      throw new UserError(
        `no knowledge-base entry is named "${name}"${near.length ? ` (names containing it: ${near.join(', ')})` : ''}`,
        'add it to a data file (data/kb/people/*.tsv, groups.tsv, organisations.tsv, … see docs/data-formats.md), ' +
          'or import PETRARCH/TABARI dictionaries with `attache kb import --actors FILE` and pass --kb DIR',
        1,
      );
    }
    console.log(values.json ? JSON.stringify(report, null, 2) : render(report));
    return 0;
  },
};
