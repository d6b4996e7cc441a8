import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { UserError } from '../../core/errors.js';
import { importDictionaries } from '../../kb/petrarch/import.js';
import { kbFoldersFromEnv } from '../../pipeline/default.js';
import { parse } from '../args.js';
import type { Command } from './command.js';

/** `--kb DIR`, repeatable: more knowledge-base folders for the commands that run the pipeline. */
export const kbOption = { kb: { type: 'string' as const, multiple: true as const } };

export const KB_USAGE = '  --kb DIR     also load this knowledge-base folder (repeatable; made by `attache kb import`); ATTACHE_KB=DIR:DIR does the same';

/**
 * The extra knowledge-base folders for a command: those of `ATTACHE_KB`, then those of
 * `--kb`; undefined when there are none (the pipeline's default then applies).
 */
export function extraKbFolders(flags: readonly string[] | undefined): string[] | undefined {
  if (!flags?.length) return undefined;
  return [...kbFoldersFromEnv(), ...flags];
}

const USAGE =
  'attache kb import --actors FILE [--agents FILE] [--out DIR] [--strict] [--verbose]\n' +
  '  reads PETRARCH/TABARI actor and agent dictionaries and writes them as a knowledge-base\n' +
  '  folder (groups.tsv, people/petrarch.tsv, role-words.tsv, import-notes.txt) to review and load\n' +
  '  --out DIR   where to write (default ./attache-kb/)\n' +
  '  --strict    exit 1 when a line could not be read\n' +
  '  --verbose   list the notes on the conversion too (they are always in DIR/import-notes.txt)\n' +
  'then: attache explain "SENTENCE" --kb DIR, attache actors NAME --kb DIR, or ATTACHE_KB=DIR';

/** A path as the user can type it: relative to here when it lies below here. */
const shown = (p: string) => {
  const r = relative(process.cwd(), p);
  return !r ? '.' : r.startsWith('..') || isAbsolute(r) ? p : r;
};

export const kbCommand: Command = {
  name: 'kb',
  summary: 'work with knowledge-base folders: `kb import` reads PETRARCH/TABARI actor and agent dictionaries',
  usage: USAGE,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (!sub || sub === '--help' || sub === '-h') return (console.log(this.usage), sub ? 0 : 2);
    if (sub !== 'import') throw new UserError(`kb: unknown subcommand '${sub}'`, "the subcommand is 'import': see 'attache kb --help'");
    const { values } = parse('kb import', rest, { actors: { type: 'string' }, agents: { type: 'string' }, out: { type: 'string', short: 'o' }, strict: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } }, false);
    if (values.help) return (console.log(this.usage), 0);
    if (!values.actors) throw new UserError('kb import needs --actors FILE', 'e.g. attache kb import --actors PETR.Validate.actors.txt --agents PETR.Validate.agents.txt');
    for (const f of [values.actors, values.agents]) if (f && !existsSync(f)) throw new UserError(`no such dictionary file '${f}'`);
    const out = values.out ?? 'attache-kb';
    const r = importDictionaries({ actors: values.actors, agents: values.agents ?? null, out });
    for (const i of r.issues) console.error(`${i.file}:${i.line}: ${i.message}\n    ${i.text.trim()}`);
    if (values.verbose) for (const n of r.notes) console.error(`note: ${n.file}:${n.line}: ${n.message}`);
    const c = r.converted;
    console.log(`read ${r.actors.length} actor(s)${values.agents ? ` and ${r.agents.length} agent(s)` : ''}; ${r.issues.length} line(s) not read or read with a change${r.issues.length ? ' (listed above)' : ''}`);
    console.log(`wrote ${shown(out)}/: ${c.groups.length} group row(s), ${c.people.length} dated people row(s), ${c.roleWords.length} role-word row(s); ${r.notes.length} note(s) in import-notes.txt`);
    console.log(`load it with --kb ${shown(out)} (ingest, extract, explain, demo, actors) or ATTACHE_KB=${shown(out)}`);
    if (!r.actors.length && !r.agents.length) return 1;
    return values.strict && r.issues.length ? 1 : 0;
  },
};
