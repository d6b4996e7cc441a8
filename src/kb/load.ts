import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../core/errors.js';
import { ROLES, type Role } from '../core/types.js';
import { dataPath } from '../data/paths.js';
import { list, readTsv, type TsvRow } from '../data/tsv.js';
import type { KbEntry, PersonRole } from './types.js';

/** Raw knowledge: entries plus the surface forms that name them. */
export interface KbData {
  entries: KbEntry[];
  /** entry id → [alias, kind of alias] */
  aliases: Map<string, { text: string; kind: KbEntry['kind'] }[]>;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function role(row: TsvRow, cell: string): Role | null {
  const value = row.cells[cell] ?? '';
  if (!value) return null;
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new DataError(row.file, row.line, `role '${value}' is not one of ${ROLES.join(' ')}`);
  }
  return value as Role;
}

function date(row: TsvRow, cell: string): string | null {
  const value = row.cells[cell] ?? '';
  if (!value) return null;
  if (!DATE.test(value)) throw new DataError(row.file, row.line, `${cell} '${value}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

function iso3(row: TsvRow, cell: string): string | null {
  const value = row.cells[cell] ?? '';
  if (!value) return null;
  if (!/^[A-Z][A-Z0-9]{2}$/.test(value)) throw new DataError(row.file, row.line, `${cell} '${value}' is not a three-letter upper-case code`);
  return value;
}

/** The optional `code` column: a full actor code (`IGOEEU`, `FRO/BIL/SAM`) or an agent code (`GOVFRM`, `NGO~`). */
function fullCode(row: TsvRow, agent = false): string | null {
  const value = row.cells.code ?? '';
  if (!value) return null;
  const ok = agent ? /^[A-Z0-9]{3,}~?$/ : /^[A-Z0-9]{3,}(\/[A-Z0-9]{3,})*$/;
  if (!ok.test(value)) throw new DataError(row.file, row.line, `code '${value}' is not ${agent ? 'an agent code (GOVFRM, NGO~)' : 'an actor code (IGOEEU, FRO/BIL/SAM)'}`);
  return value;
}

const where = (row: TsvRow) => `${row.file}:${row.line}`;

/** Reads every knowledge-base file under `dir` (default `data/kb`). */
export function loadKbData(dir = dataPath('kb')): KbData {
  const entries: KbEntry[] = [];
  const aliases: KbData['aliases'] = new Map();
  const add = (entry: KbEntry, forms: { text: string; kind: KbEntry['kind'] }[]) => {
    entries.push(entry);
    aliases.set(entry.id, forms);
  };
  const file = (name: string) => join(dir, name);

  if (existsSync(file('countries.tsv'))) {
    for (const row of readTsv(file('countries.tsv'), ['iso3', 'name'])) {
      const c = row.cells;
      const code = iso3(row, 'iso3')!;
      add(
        { id: code, kind: 'country', type: 'GPE', name: c.name!, country: code, org: null, role: null, roles: [], source: where(row) },
        [
          ...[c.name!, ...list(c.aliases), ...list(c.metonyms)].map((text) => ({ text, kind: 'country' as const })),
          ...list(c.demonyms).map((text) => ({ text, kind: 'demonym' as const })),
        ],
      );
      for (const capital of list(c.capitals)) {
        add(
          { id: `${code}:capital:${capital}`, kind: 'capital', type: 'GPE', name: capital, country: code, org: null, role: null, roles: [], source: where(row) },
          [{ text: capital, kind: 'capital' }],
        );
      }
    }
  }
  if (existsSync(file('igos.tsv'))) {
    for (const row of readTsv(file('igos.tsv'), ['id', 'org', 'name'])) {
      const c = row.cells;
      add(
        { id: `IGO:${c.id}`, kind: 'igo', type: 'ORG', name: c.name!, country: null, org: c.org!, role: role(row, 'role'), roles: [], source: where(row) },
        [...[c.name!, ...list(c.aliases), ...list(c.metonyms)].map((text) => ({ text, kind: 'igo' as const }))],
      );
    }
  }
  // armed groups and movements, and other named organisations: the same columns
  for (const [name, prefix] of [['groups.tsv', 'GROUP'], ['organisations.tsv', 'ORG']] as const) {
    if (!existsSync(file(name))) continue;
    for (const row of readTsv(file(name), ['id', 'name'])) {
      const c = row.cells;
      add(
        { id: `${prefix}:${c.id}`, kind: 'group', type: 'ORG', name: c.name!, country: iso3(row, 'country'), org: null, role: role(row, 'role'), roles: [], source: where(row), code: fullCode(row) },
        [c.name!, ...list(c.aliases)].map((text) => ({ text, kind: 'group' as const })),
      );
    }
  }
  if (existsSync(file('places.tsv'))) {
    for (const row of readTsv(file('places.tsv'), ['name', 'type'])) {
      const c = row.cells;
      if (c.type !== 'GPE' && c.type !== 'LOC') throw new DataError(row.file, row.line, `type '${c.type}' is not GPE or LOC`);
      add(
        { id: `PLACE:${c.name}:${c.country ?? ''}`, kind: 'place', type: c.type, name: c.name!, country: iso3(row, 'country'), org: null, role: null, roles: [], source: where(row) },
        [c.name!, ...list(c.aliases)].map((text) => ({ text, kind: 'place' as const })),
      );
    }
  }
  const peopleDir = file('people');
  if (existsSync(peopleDir)) {
    const people = new Map<string, { entry: KbEntry; forms: Set<string> }>();
    for (const name of readdirSync(peopleDir).filter((f) => f.endsWith('.tsv')).sort()) {
      for (const row of readTsv(join(peopleDir, name), ['name', 'title'])) {
        const c = row.cells;
        const title = c.title!;
        const igo = /^([A-Z][A-Za-z0-9]*):(.+)$/.exec(title);
        const r: PersonRole = {
          country: iso3(row, 'country'),
          org: igo ? igo[1]! : null,
          role: role(row, 'role'),
          title: igo ? igo[2]! : title,
          from: date(row, 'from'),
          to: date(row, 'to'),
          code: fullCode(row),
          source: where(row),
        };
        if (!r.role && !r.code) throw new DataError(row.file, row.line, "column 'role' is empty");
        if (!r.country && !r.org) throw new DataError(row.file, row.line, 'a role needs a country, or an ORG: prefix in title');
        let person = people.get(c.name!);
        if (!person) {
          person = {
            entry: { id: `PERSON:${c.name}`, kind: 'person', type: 'PERSON', name: c.name!, country: null, org: null, role: null, roles: [], source: where(row) },
            forms: new Set([c.name!]),
          };
          people.set(c.name!, person);
        }
        person.entry.roles.push(r);
        for (const a of list(c.aliases)) person.forms.add(a);
      }
    }
    for (const { entry, forms } of people.values()) {
      entry.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
      const last = entry.roles[entry.roles.length - 1]!;
      entry.country = last.country;
      entry.org = last.org;
      entry.role = last.role;
      add(entry, [...forms].map((text) => ({ text, kind: 'person' as const })));
    }
  }
  if (existsSync(file('role-words.tsv'))) {
    for (const row of readTsv(file('role-words.tsv'), ['phrase', 'kind'])) {
      const c = row.cells;
      if (!['title', 'agent', 'both'].includes(c.kind!)) throw new DataError(row.file, row.line, `kind '${c.kind}' is not title, agent or both`);
      const agentCode = fullCode(row, true);
      if (!c.role && !agentCode) throw new DataError(row.file, row.line, "column 'role' is empty");
      // the id keeps the kind: it decides whether the word may stand before a name
      const id = `ROLE:${c.kind}:${c.phrase}`;
      add(
        { id, kind: 'role', type: null, name: c.phrase!, country: null, org: null, role: role(row, 'role'), roles: [], source: where(row), code: agentCode },
        [{ text: c.phrase!, kind: 'role' }],
      );
    }
  }
  return { entries, aliases };
}
