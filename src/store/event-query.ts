import type { EventFilter } from './contract.js';
import { dateUpper, eventOrder, validateFilter } from './event-filter.js';

/** What differs between the SQL of the two backends. */
export interface Dialect {
  /** The n-th placeholder: `?` (SQLite) or `$n` (PostgreSQL). */
  ph(n: number): string;
  /** A LIKE that ignores case (SQLite's LIKE already does, for ASCII). */
  ilike: string;
  /**
   * Names the index for rows matched on both sides (keys on both). SQLite, without
   * statistics, may pick an index with as many equal columns but far more rows;
   * PostgreSQL's planner has statistics and takes no hints.
   */
  pairIndex: string;
  /**
   * Whether a page by actor code also names the key the code implies (IRNMIL → IRN).
   * SQLite needs it to choose the (key, root, date) index when a root is given; given it,
   * PostgreSQL takes key and code for independent filters and misjudges the row count.
   */
  codeWithKey: boolean;
}

export const SQLITE_DIALECT: Dialect = { ph: () => '?', ilike: 'LIKE', pairIndex: ' INDEXED BY events_pair_date', codeWithKey: true };
export const POSTGRES_DIALECT: Dialect = { ph: (n) => `$${n}`, ilike: 'ILIKE', pairIndex: '', codeWithKey: false };

/** SQL text and its parameters, in placeholder order. */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * A condition, written anew at each use: with `?` placeholders a condition that appears
 * twice in a statement must push its parameters twice, in textual order.
 */
type Cond = (p: (v: unknown) => string) => string;

const and = (conds: readonly Cond[]): Cond => (p) => conds.map((c) => c(p)).join(' AND ') || '1 = 1';
const or = (conds: readonly Cond[]): Cond => (p) => `(${conds.map((c) => c(p)).join(' OR ')})`;
const not = (c: Cond): Cond => (p) => `NOT (${c(p)})`;

/** The next string after every string that starts with `s`: the end of a prefix range. */
function prefixEnd(s: string): string {
  return s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + 1);
}

/** `column` starts with `prefix`, as a range an index can seek (LIKE cannot, in general). */
const startsWith = (column: string, prefix: string): Cond => (p) => `${column} >= ${p(prefix)} AND ${column} < ${p(prefixEnd(prefix))}`;
const eq = (column: string, v: unknown): Cond => (p) => `${column} = ${p(v)}`;

/**
 * A condition on one side of an event, as an index can seek it; `key`, when set, is the
 * actor key that the condition implies. Counts use the condition alone (its index holds
 * what they need); pages and rows matched on both sides add the key, to seek by it.
 */
interface SideCond {
  cond: Cond;
  key: Cond | null;
}

/**
 * The part of a filter that looks at either side of an event, as the conditions on each
 * side. A row matches when any source condition or any target condition holds. Split
 * this way, each condition can walk its own index in date order: the query takes the
 * first page from each and merges them, instead of reading every match and sorting.
 * Conditions on one side never overlap (a state's key is never an organisation's).
 */
interface Sides {
  source: SideCond[];
  target: SideCond[];
  /** The sides cannot both hold for one row (a pair in one direction or the other). */
  disjoint: boolean;
}

/** A code prefix as the user writes one: a state and perhaps a role (IRN, IRNMIL), or an organisation. */
const CODE = /^[A-Z]{3}[A-Z]{0,3}$/;

/**
 * How an actor code prefix is found. The key of a state's actor is its ISO code (the
 * first three letters of its codes), so `IRN…` is `key = 'IRN'`; a state and a role
 * (IRNMIL) is a whole code, as codes are at most six letters. An acronym may also be an
 * organisation's (OPEC, NATO → IGO:OPEC, IGO:NATO); `IGO` alone is every organisation.
 */
function actorSide(actor: string, side: 'source' | 'target'): SideCond[] {
  const key = `${side}_key`;
  // An organisation's code has no role after it: IGO:UN is UN's and not UNASUR's.
  if (actor.startsWith('IGO:')) return [{ cond: eq(key, actor), key: null }];
  if (actor === 'IGO') return [{ cond: startsWith(key, 'IGO:'), key: null }];
  const code = `${side}_code`;
  const state: SideCond =
    actor.length === 3 ? { cond: eq(key, actor), key: null } : { cond: actor.length === 6 ? eq(code, actor) : startsWith(code, actor), key: eq(key, actor.slice(0, 3)) };
  return [state, { cond: eq(key, `IGO:${actor}`), key: null }];
}

function sidesOf(f: EventFilter): Sides | null {
  if (f.pair) {
    const [a, b] = f.pair.map((x) => x.toUpperCase()) as [string, string];
    const dir = (x: string, y: string): SideCond => ({ cond: and([eq('source_key', x), eq('target_key', y)]), key: null });
    return { source: [dir(a, b)], target: a === b ? [] : [dir(b, a)], disjoint: true };
  }
  if (f.actor && (CODE.test(f.actor) || f.actor.startsWith('IGO:'))) {
    return { source: actorSide(f.actor, 'source'), target: actorSide(f.actor, 'target'), disjoint: false };
  }
  return null;
}

/** Every other condition of the filter, ANDed. */
function restOf(f: EventFilter, d: Dialect, sides: Sides | null): Cond[] {
  const c: Cond[] = [];
  // An actor given with a pair, or written as a name: matched on codes and names anywhere.
  if (f.actor && !(sides && !f.pair)) {
    const code = `${f.actor.toUpperCase()}%`;
    const name = `%${f.actor}%`;
    c.push((p) => `(source_code ${d.ilike} ${p(code)} OR target_code ${d.ilike} ${p(code)} OR source_name ${d.ilike} ${p(name)} OR target_name ${d.ilike} ${p(name)})`);
  }
  if (f.root) c.push(eq('root', f.root));
  if (f.cameo) c.push(startsWith('cameo', f.cameo));
  if (f.quad) c.push(eq('quad', f.quad));
  if (f.modality) c.push(eq('modality', f.modality));
  if (f.from) c.push((p) => `date >= ${p(f.from)}`);
  if (f.to) c.push((p) => `date <= ${p(dateUpper(f.to!))}`);
  if (f.article) c.push(eq('article_id', f.article));
  if (f.source) c.push((p) => `article_id IN (SELECT id FROM articles WHERE LOWER(source) = LOWER(${p(f.source)}))`);
  if (f.fingerprint) c.push(eq('fingerprint', f.fingerprint));
  if (f.minConfidence !== undefined) c.push((p) => `confidence >= ${p(f.minConfidence)}`);
  return c;
}

function build(d: Dialect, write: (p: (v: unknown) => string) => string): SqlQuery {
  const params: unknown[] = [];
  const sql = write((v) => {
    params.push(v);
    return d.ph(params.length);
  });
  return { sql, params };
}

/**
 * One page of events matching a filter, in the filter's order. With an actor or a pair,
 * each side's condition takes its own first `offset + limit` rows — an index walk in
 * date order that stops early — and the union of those is ordered and paged. A row that
 * both sides match is taken from the source side only.
 */
export function eventPageQuery(f: EventFilter, d: Dialect): SqlQuery {
  validateFilter(f);
  const order = eventOrder(f.sort);
  const limit = f.limit ?? 1000;
  const offset = f.offset ?? 0;
  const sides = sidesOf(f);
  const rest = restOf(f, d, sides);
  if (!sides) return build(d, (p) => `SELECT * FROM events${rest.length ? ` WHERE ${and(rest)(p)}` : ''} ${order} LIMIT ${p(limit)} OFFSET ${p(offset)}`);
  const anySource = or(sides.source.map((c) => c.cond));
  // See Dialect.codeWithKey: without its key, SQLite may walk the root's whole date index
  // looking for a rare code.
  const seek = (c: SideCond) => (c.key && d.codeWithKey ? [c.cond, c.key] : [c.cond]);
  // A target-side branch leaves out what a source-side branch already gives.
  const branches = [...sides.source.map((s) => and([...seek(s), ...rest])), ...sides.target.map((t) => and([...seek(t), ...(sides.disjoint ? [] : [not(anySource)]), ...rest]))];
  return build(d, (p) => {
    const parts = branches.map((b, i) => `SELECT * FROM (SELECT * FROM events WHERE ${b(p)} ${order} LIMIT ${p(limit + offset)}) AS b${i}`);
    return `SELECT * FROM (${parts.join(' UNION ALL ')}) AS events ${order} LIMIT ${p(limit)} OFFSET ${p(offset)}`;
  });
}

/**
 * The number of events matching a filter. With an actor or a pair, counted per side
 * condition — each an index range, often read from the index alone — and combined by
 * inclusion–exclusion: rows both sides match are counted once.
 */
export function eventCountQuery(f: EventFilter, d: Dialect): SqlQuery {
  validateFilter(f);
  const sides = sidesOf(f);
  const rest = restOf(f, d, sides);
  if (!sides) return build(d, (p) => `SELECT COUNT(*) AS n FROM events${rest.length ? ` WHERE ${and(rest)(p)}` : ''}`);
  const count = (c: Cond[], hint = ''): Cond => (p) => `(SELECT COUNT(*) FROM events${hint} WHERE ${and([...c, ...rest])(p)})`;
  const plus = [...sides.source, ...sides.target].map((c) => count([c.cond]));
  const both = (s: SideCond, t: SideCond) => count([s.cond, t.cond, ...(s.key ? [s.key] : []), ...(t.key ? [t.key] : [])], d.pairIndex);
  const minus = sides.disjoint ? [] : sides.source.flatMap((s) => sides.target.map((t) => both(s, t)));
  return build(d, (p) => `SELECT ${plus.map((c) => c(p)).join(' + ')}${minus.map((c) => ` - ${c(p)}`).join('')} AS n`);
}
