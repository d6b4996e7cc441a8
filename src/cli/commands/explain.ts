import { layer } from '../../core/doc.js';
import { UserError } from '../../core/errors.js';
import { defaultPipeline, loadResources } from '../../pipeline/default.js';
import { dayFlag, parse } from '../args.js';
import { table } from '../render.js';
import type { Command } from './command.js';
import { extraKbFolders, KB_USAGE, kbOption } from './kb.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show how a sentence is coded: tokens, entities, actors, rules that fired or nearly fired, events',
  usage: 'attache explain "SENTENCE" [--date YYYY-MM-DD] [--json] [--kb DIR]\n' + KB_USAGE,
  async run(argv) {
    const { values, positionals } = parse('explain', argv, { date: { type: 'string' }, json: { type: 'boolean' }, ...kbOption });
    if (values.help) return (console.log(this.usage), 0);
    const text = positionals.join(' ').trim();
    if (!text) throw new UserError('explain needs a sentence', 'e.g. attache explain "Russia and China voted against the resolution." --date 2020-08-14');
    dayFlag('date', values.date);
    const doc = defaultPipeline(loadResources({ extraKb: extraKbFolders(values.kb) })).run({ id: 'explain', title: null, published: values.date ?? null, source: null, url: null, text }, { trace: true });
    if (values.json) {
      console.log(JSON.stringify({ tokens: doc.tokens, mentions: doc.mentions, actors: doc.actors, timexes: doc.timexes, events: doc.events, trace: doc.trace }, null, 2));
      return 0;
    }
    const tokens = layer(doc, 'tokens');
    console.log(`tokens (${tokens.length}): ${tokens.map((t) => `${t.text}[${t.start}]`).join(' ')}\n`);
    const mentions = layer(doc, 'mentions');
    console.log('entities and role words');
    console.log(mentions.length ? table(['text', 'kind', 'type', 'resolves to', 'why'], mentions.map((m) => [m.text, m.kind, m.type ?? '', `${m.country ?? m.org ?? '-'}${m.role ? ` ${m.role}` : ''}`, m.reason])) : '  (none)');
    console.log('\nactors');
    const actors = layer(doc, 'actors');
    console.log(actors.length ? table(['phrase', 'code', 'name', 'note'], actors.map((a) => [text.slice(a.start, a.end), a.actor.code, a.actor.name ?? '', a.antecedent ? `refers to ${a.antecedent}` : a.placeOnly ? 'a place' : ''])) : '  (none)');
    console.log('\ntime expressions');
    const timexes = layer(doc, 'timexes');
    console.log(timexes.length ? timexes.map((t) => `  "${t.text}" → ${t.value} (${t.precision}${t.future ? ', future' : ''})`).join('\n') : '  (none)');
    console.log('\nrules');
    const rules = (doc.trace ?? []).filter((t) => t.stage === 'events');
    console.log(rules.length ? rules.map((t) => `  ${t.message}`).join('\n') : '  no pattern matched');
    console.log('\nevents');
    const events = layer(doc, 'events');
    if (!events.length) console.log('  (none)');
    for (const e of events) {
      console.log(`  ${e.source.code} → ${e.target.code}  ${e.cameo} ${e.label}  [${e.modality}${e.date ? `, ${e.date}` : ''}, confidence ${e.confidence}]`);
      console.log(`    rule ${e.provenance.rule}: ${e.provenance.reason}`);
    }
    return 0;
  },
};
