/**
 * A reader for PETRARCH/TABARI actor, agent and discard dictionaries (the formats are
 * described in ../shared/peers/petrarch2/README.md). Written from the format description;
 * no PETRARCH code. A line it cannot read is reported with its file and line, and reading
 * goes on with the next one.
 */
import type {
  ActorCode,
  ActorRecord,
  AgentRecord,
  CodeRestriction,
  DictionaryIssue,
  DiscardRecord,
  Parsed,
  ParsedAgents,
  Phrase,
  SubstitutionSet,
} from './types.js';

interface Line {
  line: number;
  /** The line without comments, trailing white space removed; leading white space kept. */
  text: string;
  raw: string;
}

/**
 * Removes comments: `<!-- ... -->` (also `<! -- ... -->`, over several lines), and the rest
 * of a line from `#` (and from `;` when `semicolon` is set). Blank lines are left out.
 */
export function stripComments(source: string, file: string, semicolon: boolean, issues: DictionaryIssue[]): Line[] {
  const out: Line[] = [];
  const raws = source.split(/\r?\n/);
  let open: { line: number; raw: string } | null = null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    let text = '';
    let rest = raw;
    while (rest) {
      if (open) {
        const end = rest.indexOf('-->');
        if (end < 0) {
          rest = '';
          break;
        }
        rest = rest.slice(end + 3);
        open = null;
        continue;
      }
      const marks = [rest.indexOf('#'), semicolon ? rest.indexOf(';') : -1, rest.indexOf('<!')].map((k) => (k < 0 ? Infinity : k));
      const first = Math.min(...marks);
      if (first === Infinity) {
        text += rest;
        break;
      }
      text += rest.slice(0, first);
      if (first === marks[2]) {
        open = { line: i + 1, raw };
        rest = rest.slice(first + 2);
      } else {
        break;
      }
    }
    text = text.replace(/\s+$/, '');
    if (text.trim()) out.push({ line: i + 1, text, raw });
  }
  if (open) issues.push({ file, line: open.line, message: 'a comment opened with <! is never closed with -->', text: open.raw });
  return out;
}

const WORD = /^[\p{L}\p{N}.'&-]+$/u;

/** Reads a phrase; `_` joins adjacent words, a trailing `_` marks an exact last word. */
export function parsePhrase(text: string, line: number): Phrase | string {
  const segments = text.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  const joined: boolean[] = [];
  let exact = false;
  segments.forEach((seg, s) => {
    if (s === segments.length - 1 && seg.endsWith('_')) exact = true;
    const parts = seg.split('_').filter(Boolean);
    parts.forEach((p, k) => {
      if (words.length) joined.push(k > 0);
      words.push(p);
    });
  });
  if (!words.length) return 'the phrase is empty';
  const bad = words.find((w) => !WORD.test(w));
  if (bad) return `'${bad}' is not a word a phrase can hold`;
  return { words, joined, exact, line };
}

/** The phrase as words separated by spaces. */
export const phraseText = (p: Phrase): string => p.words.join(' ');

/** `YYMMDD` (00-30 are 20xx) or `YYYYMMDD` as `YYYY-MM-DD`, or null when it is no date. */
export function readDate(s: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const CODE_PART = /^(?:---|\+\+\+|###|[A-Z0-9]{3,})$/;

/** Reads the inside of `[...]` in an actors file. */
export function parseActorCode(inside: string, line: number): ActorCode | string {
  const m = /^([^\s<>]+)\s*(?:([<>])\s*(\S+)|(\d+)\s*-\s*(\d+))?$/.exec(inside.trim());
  if (!m) return `cannot read the code block [${inside.trim()}]: expected [CODE], [CODE <YYMMDD], [CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]`;
  const written = m[1]!;
  const code = written.toUpperCase();
  const codes = code.split('/');
  const bad = codes.find((c) => !CODE_PART.test(c));
  if (bad !== undefined) return `'${written}' is not an actor code (three or more letters or digits, or ---; several joined by /)`;
  let restriction: CodeRestriction = { kind: 'default' };
  if (m[2]) {
    const date = readDate(m[3]!);
    if (!date) return `'${m[3]}' is not a date (YYMMDD or YYYYMMDD)`;
    restriction = m[2] === '<' ? { kind: 'before', date } : { kind: 'after', date };
  } else if (m[4]) {
    const from = readDate(m[4]);
    const to = readDate(m[5]!);
    if (!from || !to) return `'${!from ? m[4] : m[5]}' is not a date (YYMMDD or YYYYMMDD)`;
    if (from > to) return `the range ${m[4]}-${m[5]} ends before it begins`;
    restriction = { kind: 'between', from, to };
  }
  return { code, codes, restriction, line };
}

/**
 * Reads an actors dictionary: `PHRASE [CODE]` lines, `+SYNONYM` lines and tab-indented
 * `[CODE <YYMMDD]` / `[CODE >YYMMDD]` / `[CODE YYMMDD-YYMMDD]` / `[CODE]` lines.
 */
export function parseActors(source: string, file: string): Parsed<ActorRecord> {
  const issues: DictionaryIssue[] = [];
  const records: ActorRecord[] = [];
  let current: ActorRecord | null = null;
  const issue = (l: Line, message: string) => issues.push({ file, line: l.line, message, text: l.raw });
  const close = () => {
    if (!current) return;
    if (!current.codes.length) {
      issues.push({ file, line: current.line, message: `actor '${phraseText(current.phrase)}' has no code; left out`, text: phraseText(current.phrase) });
    } else records.push(current);
    current = null;
  };
  const addCode = (l: Line, inside: string) => {
    if (!current) return issue(l, 'a code block with no actor before it');
    const code = parseActorCode(inside, l.line);
    if (typeof code === 'string') return issue(l, code);
    if (code.code !== inside.trim().split(/[\s<>]/)[0]) issue(l, `lower-case code '${inside.trim().split(/[\s<>]/)[0]}' read as '${code.code}'`);
    if (code.restriction.kind === 'default' && current.codes.some((c) => c.restriction.kind === 'default')) {
      return issue(l, `a second default code [${code.code}] for '${phraseText(current.phrase)}'; the first one is kept`);
    }
    current.codes.push(code);
  };

  for (const l of stripComments(source, file, true, issues)) {
    const indented = /^\s/.test(l.text);
    const body = l.text.trim();
    if (body.startsWith('[')) {
      const m = /^\[([^\]]*)\]$/.exec(body);
      if (!m) {
        issue(l, 'a code block must be one [...] alone on its line');
        continue;
      }
      if (!indented) issue(l, 'a code block on its own line should be indented (tab)');
      addCode(l, m[1]!);
      continue;
    }
    if (indented) {
      issue(l, 'an indented line must hold a code block [CODE ...]');
      continue;
    }
    const synonym = body.startsWith('+');
    const m = /^\+?([^[\]{}]*?)\s*(?:\[([^\]]*)\])?\s*$/.exec(body);
    if (!m) {
      issue(l, 'expected PHRASE [CODE], +SYNONYM or an indented [CODE ...]');
      continue;
    }
    const phrase = parsePhrase(m[1]!, l.line);
    if (typeof phrase === 'string') {
      issue(l, phrase);
      continue;
    }
    if (synonym) {
      if (!current) {
        issue(l, 'a synonym (+) with no actor before it');
        continue;
      }
      if (m[2] !== undefined) issue(l, 'a synonym takes the codes of its actor; the code here is ignored');
      current.synonyms.push(phrase);
      continue;
    }
    close();
    current = { phrase, synonyms: [], codes: [], file, line: l.line };
    if (m[2] !== undefined) addCode(l, m[2]);
  }
  close();
  return { records, issues };
}

const VOWEL = /[AEIOU]/;

/**
 * The regular English plural of the last word of a phrase (upper case), or null when the
 * word looks plural already (`SECURITY_OFFICIALS`: an `-S` that is not `-SS`, `-US`, `-IS`).
 */
export function pluralOf(phrase: string): string | null {
  const words = phrase.split(' ');
  const w = words.pop()!;
  if (/[^SUI]S$/.test(w)) return null;
  let p: string;
  if (/MAN$/.test(w) && w.length > 3) p = `${w.slice(0, -3)}MEN`;
  else if (/Y$/.test(w) && w.length > 1 && !VOWEL.test(w[w.length - 2]!)) p = `${w.slice(0, -1)}IES`;
  else if (/(S|X|Z|CH|SH)$/.test(w)) p = `${w}ES`;
  else p = `${w}S`;
  return [...words, p].join(' ');
}

/** Reads an agents dictionary: `!NAME! = A, B` sets, then `PHRASE {PLURAL} [~CODE]` or `[CODE~]`. */
export function parseAgents(source: string, file: string): ParsedAgents {
  const issues: DictionaryIssue[] = [];
  const records: AgentRecord[] = [];
  const sets = new Map<string, SubstitutionSet>();
  const issue = (l: Line, message: string) => issues.push({ file, line: l.line, message, text: l.raw });
  const spaced = (s: string) => s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();

  for (const l of stripComments(source, file, false, issues)) {
    const body = l.text.trim();
    if (body.startsWith('!') && body.includes('=')) {
      const m = /^!([A-Za-z0-9_]+)!\s*=\s*(.*)$/.exec(body);
      const values = m ? m[2]!.split(',').map((v) => spaced(v)).filter(Boolean) : [];
      if (!m || !values.length) {
        issue(l, 'expected a substitution set !NAME! = A, B, C');
        continue;
      }
      const name = m[1]!.toUpperCase();
      if (sets.has(name)) issue(l, `substitution set !${name}! defined again; the new values replace the old`);
      sets.set(name, { name, values, line: l.line });
      continue;
    }
    const m = /^([^[\]{}]+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]$/.exec(body);
    if (!m) {
      issue(l, 'expected PHRASE {PLURAL} [~CODE] or PHRASE [CODE~]');
      continue;
    }
    const written = m[1]!.trim();
    const code = /^~\s*([A-Za-z0-9]+)$/.exec(m[3]!.trim());
    const front = /^([A-Za-z0-9]+)\s*~$/.exec(m[3]!.trim());
    if (!code && !front) {
      issue(l, `'[${m[3]!.trim()}]' is not an agent code: expected [~CODE] (appended) or [CODE~] (put in front)`);
      continue;
    }
    // expand !NAME! markers into every combination of their values
    let forms = [written];
    let unknown: string | null = null;
    const markers = [...written.matchAll(/!([A-Za-z0-9_]+)!/g)].map((x) => x[1]!.toUpperCase());
    for (const name of markers) {
      const set = sets.get(name);
      if (!set) {
        unknown = name;
        break;
      }
      forms = forms.flatMap((f) => set.values.map((v) => f.replace(new RegExp(`!${name}!`, 'i'), v)));
    }
    if (unknown) {
      issue(l, `substitution set !${unknown}! is not defined before this line`);
      continue;
    }
    forms = forms.map(spaced);
    const badPhrase = forms.map((f) => parsePhrase(f, l.line)).find((p) => typeof p === 'string');
    if (badPhrase) {
      issue(l, badPhrase);
      continue;
    }
    let plural: AgentRecord['plural'] = 'automatic';
    let plurals: string[];
    if (m[2] !== undefined) {
      const inside = m[2].slice(1, -1).trim();
      plurals = inside ? inside.split(/[\s,]+/).map(spaced).filter(Boolean) : [];
      plural = inside ? 'given' : 'none';
    } else if (markers.length) {
      plurals = [];
      plural = 'set';
    } else plurals = forms.map(pluralOf).filter((p): p is string => p !== null);
    records.push({
      phrase: written,
      forms: [...new Set(forms)],
      plurals: [...new Set(plurals)].filter((p) => !forms.includes(p)),
      plural,
      code: (code ?? front)![1]!.toUpperCase(),
      position: code ? 'suffix' : 'prefix',
      file,
      line: l.line,
    });
  }
  return { records, issues, sets: [...sets.values()] };
}

/** Reads a discards file: one phrase a line; a leading `+` discards the whole story. */
export function parseDiscards(source: string, file: string): Parsed<DiscardRecord> {
  const issues: DictionaryIssue[] = [];
  const records: DiscardRecord[] = [];
  for (const l of stripComments(source, file, false, issues)) {
    const body = l.text.trim();
    const story = body.startsWith('+');
    const phrase = (story ? body.slice(1) : body).replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    if (!phrase || /[[\]{}]/.test(phrase)) {
      issues.push({ file, line: l.line, message: 'expected a discard phrase (a leading + discards the story)', text: l.raw });
      continue;
    }
    records.push({ phrase, scope: story ? 'story' : 'sentence', file, line: l.line });
  }
  return { records, issues };
}
