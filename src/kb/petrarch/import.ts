import { readFileSync } from 'node:fs';
import { convertActors, convertAgents, writeKbFolder, type Converted, type ConversionNote } from './convert.js';
import { parseActors, parseAgents } from './parse.js';
import type { ActorRecord, AgentRecord, DictionaryIssue } from './types.js';

export interface ImportOptions {
  /** A PETRARCH/TABARI actors dictionary. */
  actors: string;
  /** A PETRARCH/TABARI agents dictionary. */
  agents?: string | null;
  /** The knowledge-base folder to write. */
  out: string;
}

export interface ImportResult {
  actors: ActorRecord[];
  agents: AgentRecord[];
  /** Lines that could not be read (left out). */
  issues: DictionaryIssue[];
  /** What the conversion could not say in our format, and choices it made. */
  notes: ConversionNote[];
  converted: Converted;
  files: string[];
}

/** Reads PETRARCH/TABARI dictionaries and writes them as a knowledge-base folder. */
export function importDictionaries(options: ImportOptions): ImportResult {
  const actors = parseActors(readFileSync(options.actors, 'utf8'), options.actors);
  const agents = options.agents ? parseAgents(readFileSync(options.agents, 'utf8'), options.agents) : { records: [], issues: [], sets: [] };
  const a = convertActors(actors.records);
  const g = convertAgents(agents.records);
  const converted: Converted = { groups: a.groups, people: a.people, roleWords: g.roleWords, notes: [...a.notes, ...g.notes] };
  const origin = [options.actors, ...(options.agents ? [options.agents] : [])];
  const issues = [...actors.issues, ...agents.issues];
  const { files } = writeKbFolder(options.out, converted, origin, issues);
  return { actors: actors.records, agents: agents.records, issues, notes: converted.notes, converted, files };
}
