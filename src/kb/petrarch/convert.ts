/**
 * Converts parsed PETRARCH/TABARI dictionaries into knowledge-base folders of Attaché's own
 * TSV layout (docs/data-formats.md), so that they can be reviewed, edited and loaded with
 * `--kb DIR`:
 *
 * - an actor with one code (or a code list `A/B`) → a row of `groups.tsv`;
 * - an actor with date-restricted codes → rows of `people/petrarch.tsv`, one per code and
 *   period, so the code in force on a report's date is chosen as an office is (`roleAt`);
 *   the default code fills the periods no restriction covers;
 * - an agent → rows of `role-words.tsv`, one per form and plural.
 *
 * The first three letters of a code are the primary actor (our `country`); an agent piece
 * that is one of our roles (GOV MIL LEG JUD OPP REB BUS MED CVL, COP/SPY → POL) becomes the
 * role; the full code is kept in the `code` column whenever it says more than that.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { actorCodeParts, agentCodeParts, NULL_CODES } from './codes.js';
import { phraseText } from './parse.js';
import type { ActorCode, ActorRecord, AgentRecord, Phrase } from './types.js';

/** A note about the conversion: something the target format cannot say, or a choice made. */
export interface ConversionNote {
  file: string;
  line: number;
  message: string;
}

export interface GroupRow {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  role: string;
  code: string;
  /** Where it came from: `PETR.Validate.actors.txt:37 [ARN]`. */
  petrarch: string;
}

export interface PersonRow {
  name: string;
  aliases: string[];
  country: string;
  role: string;
  title: string;
  from: string;
  to: string;
  code: string;
  petrarch: string;
}

export interface RoleWordRow {
  phrase: string;
  role: string;
  kind: 'both' | 'agent';
  reason: string;
  code: string;
}

export interface Converted {
  groups: GroupRow[];
  people: PersonRow[];
  roleWords: RoleWordRow[];
  notes: ConversionNote[];
}

const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'DE', 'DU', 'DA', 'LA', 'LE', 'VON', 'VAN', 'IN', 'ON', 'AT']);

/**
 * A dictionary phrase as it is written in text: `MINAS_TIRITH` → "Minas Tirith",
 * `GROUP OF 77` → "Group of 77"; dotted abbreviations and a name of one short word keep
 * their capitals (`U.N.`, `IMF`, `THE_AU`), so the knowledge base matches those in capitals only.
 */
export function displayPhrase(p: Phrase): string {
  const content = p.words[0] === 'THE' ? p.words.slice(1) : p.words;
  const short = content.length === 1 && content[0]!.length <= 3;
  return p.words
    .map((w, k) => {
      if (w.includes('.') || (short && w === content[0])) return w;
      if (SMALL_WORDS.has(w) && k > 0) return w.toLowerCase();
      return w
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
        .join('-');
    })
    .join(' ');
}

const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The period a code applies in, as inclusive `from`/`to` (null for an open end). */
function period(c: ActorCode): { from: string | null; to: string | null } | null {
  const r = c.restriction;
  if (r.kind === 'before') return { from: null, to: shift(r.date, -1) };
  if (r.kind === 'after') return { from: shift(r.date, 1), to: null };
  if (r.kind === 'between') return { from: r.from, to: r.to };
  return null;
}

/** The periods no restriction covers: where the default code applies. */
function gaps(periods: readonly { from: string | null; to: string | null }[]): { from: string | null; to: string | null }[] {
  const sorted = [...periods].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const out: { from: string | null; to: string | null }[] = [];
  let covered: string | null | undefined = undefined; // undefined: nothing yet; null: covered to the end of time
  for (const p of sorted) {
    if (covered === null) break;
    if (covered === undefined) {
      if (p.from) out.push({ from: null, to: shift(p.from, -1) });
    } else if (p.from && p.from > shift(covered, 1)) out.push({ from: shift(covered, 1), to: shift(p.from, -1) });
    if (covered === undefined || p.to === null || p.to > covered) covered = p.to;
  }
  if (covered === undefined) return [{ from: null, to: null }];
  if (covered !== null) out.push({ from: shift(covered, 1), to: null });
  return out;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Converts actor records into group rows and dated people rows. */
export function convertActors(records: readonly ActorRecord[]): Pick<Converted, 'groups' | 'people' | 'notes'> {
  const groups: GroupRow[] = [];
  const people: PersonRow[] = [];
  const notes: ConversionNote[] = [];
  const used = new Set<string>();
  const aliasOwner = new Map<string, { name: string; line: number }>();
  for (const rec of records) {
    const file = basename(rec.file);
    const name = displayPhrase(rec.phrase);
    const forms = [rec.phrase, ...rec.synonyms].map(displayPhrase);
    const aliases = [...new Set(forms.slice(1))].filter((a) => a !== name);
    const where = (c: ActorCode) => `${file}:${c.line} [${c.code}]`;
    for (const p of [rec.phrase, ...rec.synonyms]) {
      if (p.words.length > 1 && p.joined.some((j) => !j)) {
        notes.push({ file: rec.file, line: p.line, message: `'${phraseText(p)}': words separated by a space may have other words between them in PETRARCH; here they must be adjacent` });
      }
    }
    for (const f of forms) {
      const key = f.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner && owner.name !== name) notes.push({ file: rec.file, line: rec.line, message: `'${f}' (for '${name}') already names '${owner.name}' (line ${owner.line}); that earlier entry is matched` });
      else aliasOwner.set(key, { name, line: rec.line });
    }
    const dated = rec.codes.filter((c) => c.restriction.kind !== 'default');
    const fallback = rec.codes.find((c) => c.restriction.kind === 'default');
    if (!dated.length) {
      const c = fallback!;
      if (NULL_CODES.has(c.codes[0]!)) {
        notes.push({ file: rec.file, line: c.line, message: `'${name}' has the null code [${c.code}]: it names no actor, so it is left out` });
        continue;
      }
      const parts = actorCodeParts(c.codes[0]!);
      const list = c.codes.length > 1;
      groups.push({
        id: uniqueId(rec.phrase.words.join('_').toUpperCase(), used),
        name,
        aliases,
        country: parts.country,
        role: list ? '' : (parts.role ?? ''),
        code: list ? c.code : (parts.code ?? ''),
        petrarch: where(c),
      });
      continue;
    }
    // dated codes: one row per code and period; the default fills what no period covers
    const rows: { c: ActorCode; from: string | null; to: string | null }[] = dated.map((c) => ({ c, ...period(c)! }));
    if (fallback) {
      const free = gaps(rows);
      if (!free.length) notes.push({ file: rec.file, line: fallback.line, message: `the default code [${fallback.code}] of '${name}' never applies: its restrictions cover every date` });
      for (const g of free) rows.push({ c: fallback, ...g });
    }
    rows.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    for (const { c, from, to } of rows) {
      if (NULL_CODES.has(c.codes[0]!)) {
        notes.push({ file: rec.file, line: c.line, message: `'${name}' has the null code [${c.code}] ${from ?? '…'}–${to ?? '…'}: no row is written, so another period's code stands in` });
        continue;
      }
      const parts = actorCodeParts(c.codes[0]!);
      people.push({
        name,
        aliases,
        country: parts.country,
        role: c.codes.length > 1 ? '' : (parts.role ?? ''),
        title: `PETRARCH code ${c.code}`,
        from: from ?? '',
        to: to ?? '',
        // always written: a row must have a role or a code
        code: c.code,
        petrarch: `${where(c)}${c.restriction.kind === 'default' ? ' default' : ''}`,
      });
    }
  }
  return { groups, people, notes };
}

/** Converts agent records into role-word rows: each singular form may stand before a name. */
export function convertAgents(records: readonly AgentRecord[]): Pick<Converted, 'roleWords' | 'notes'> {
  const roleWords: RoleWordRow[] = [];
  const notes: ConversionNote[] = [];
  const seen = new Map<string, AgentRecord>();
  for (const rec of records) {
    const { role, code } = agentCodeParts(rec.code, rec.position);
    const written = rec.position === 'suffix' ? `~${rec.code}` : `${rec.code}~`;
    const why = `PETRARCH agent ${rec.phrase} [${written}] (${basename(rec.file)}:${rec.line})`;
    const add = (form: string, kind: RoleWordRow['kind'], reason: string) => {
      const phrase = form.toLowerCase();
      const earlier = seen.get(phrase);
      if (earlier) {
        if (earlier !== rec) notes.push({ file: rec.file, line: rec.line, message: `'${phrase}' is already an agent (line ${earlier.line}); the first one is kept` });
        return;
      }
      seen.set(phrase, rec);
      roleWords.push({ phrase, role: role ?? '', kind, reason, code: code ?? '' });
    };
    for (const f of rec.forms) add(f, 'both', why);
    for (const p of rec.plurals) add(p, 'agent', `plural of ${why}`);
  }
  return { roleWords, notes };
}

const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
const tsv = (header: readonly string[], rows: readonly (readonly string[])[], comment: readonly string[]) =>
  [header.join('\t'), ...comment.map((c) => `# ${c}`), ...rows.map((r) => r.map(cell).join('\t'))].join('\n') + '\n';

/** What `writeKbFolder` wrote. */
export interface Written {
  dir: string;
  files: string[];
}

/**
 * Writes converted rows as a knowledge-base folder: `groups.tsv`, `people/petrarch.tsv`,
 * `role-words.tsv` (each only when it has rows; an earlier import's file without rows now
 * is removed), and `import-notes.txt` with the notes.
 */
export function writeKbFolder(dir: string, converted: Converted, origin: readonly string[], issues: readonly { file: string; line: number; message: string }[] = []): Written {
  mkdirSync(dir, { recursive: true });
  for (const f of ['groups.tsv', join('people', 'petrarch.tsv'), 'role-words.tsv']) rmSync(join(dir, f), { force: true });
  const files: string[] = [];
  const head = [`Imported from PETRARCH/TABARI dictionaries by \`attache kb import\`: ${origin.join(', ')}.`, 'Load with --kb DIR or ATTACHE_KB=DIR; columns as in docs/data-formats.md, plus `code` (the full PETRARCH code) and `petrarch` (where it came from).'];
  if (converted.groups.length) {
    const path = join(dir, 'groups.tsv');
    writeFileSync(path, tsv(['id', 'name', 'aliases', 'country', 'role', 'code', 'petrarch'], converted.groups.map((g) => [g.id, g.name, g.aliases.join('|'), g.country, g.role, g.code, g.petrarch]), head));
    files.push(path);
  }
  if (converted.people.length) {
    mkdirSync(join(dir, 'people'), { recursive: true });
    const path = join(dir, 'people', 'petrarch.tsv');
    const note = [...head, 'Actors whose code depends on the date: one row per code and period (from/to inclusive); the default code fills the periods no restriction covers.'];
    writeFileSync(path, tsv(['name', 'aliases', 'country', 'role', 'title', 'from', 'to', 'code', 'petrarch'], converted.people.map((p) => [p.name, p.aliases.join('|'), p.country, p.role, p.title, p.from, p.to, p.code, p.petrarch]), note));
    files.push(path);
  }
  if (converted.roleWords.length) {
    const path = join(dir, 'role-words.tsv');
    writeFileSync(path, tsv(['phrase', 'role', 'kind', 'reason', 'code'], converted.roleWords.map((r) => [r.phrase, r.role, r.kind, r.reason, r.code]), head));
    files.push(path);
  }
  const path = join(dir, 'import-notes.txt');
  const lines = [
    `attache kb import: ${origin.join(', ')}`,
    '',
    `Lines not read, or read with a change (${issues.length}):`,
    ...issues.map((i) => `  ${i.file}:${i.line}: ${i.message}`),
    '',
    `Notes on the conversion (${converted.notes.length}):`,
    ...converted.notes.map((n) => `  ${n.file}:${n.line}: ${n.message}`),
  ];
  writeFileSync(path, `${lines.join('\n')}\n`);
  files.push(path);
  return { dir, files };
}
