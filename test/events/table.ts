import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, EventRecord, Modality } from '../../src/core/types.js';
import { isSymmetric } from '../../src/ontology/cameo.js';
import { run } from '../helpers/pipeline.js';

/**
 * Table-driven event tests: each case is a sentence written for the test in the style of
 * wire-service news, run through the default pipeline as an article published on `date`.
 */

/** An event a case expects (or, in `not`, forbids). Actors are scoring keys: ISO3, or `IGO:ORG`. */
export interface Expected {
  source: string;
  target: string;
  /** The CAMEO root (first two digits); give this or `cameo`. */
  root?: string;
  /** The exact CAMEO code. */
  cameo?: string;
  /** Defaults to `asserted` in `expect`; in `not`, any modality when left out. */
  modality?: Modality;
  /** The event's date as the coder writes it (`2024-02`, `2024-03-10`); `null` for none. Not checked when left out. */
  date?: string | null;
}

export interface Case {
  sentence: string;
  /** Publication date of the one-sentence article. */
  date: string;
  /** Events that must all be found (others may be found too). */
  expect?: Expected[];
  /** The sentence must produce no event at all. */
  none?: true;
  /** Events that must not be found (a visit in the wrong direction, an act coded as done that was only planned). */
  not?: Expected[];
  /** A coder problem in src/ that the data cannot fix: the case runs and is reported as TODO. */
  todo?: string;
}

/** The scoring key of GUIDELINES.md: the country, or the organisation when there is none. */
export function actorKey(a: Actor): string | null {
  return a.country ?? (a.org ? `IGO:${a.org}` : null);
}

function codeMatches(e: EventRecord, x: Expected): boolean {
  if (x.cameo !== undefined && e.cameo !== x.cameo) return false;
  if (x.root !== undefined && e.cameo.slice(0, 2) !== x.root) return false;
  return true;
}

function actorsMatch(e: EventRecord, x: Expected): boolean {
  const s = actorKey(e.source);
  const t = actorKey(e.target);
  if (s === x.source && t === x.target) return true;
  // symmetric acts (meet, negotiate, sign, cooperate) count in either direction
  return isSymmetric(e.cameo) && s === x.target && t === x.source;
}

/** True when the event is the expected one; `modality` defaults to `fallback`. */
export function matches(e: EventRecord, x: Expected, fallback: Modality | null): boolean {
  if (!codeMatches(e, x) || !actorsMatch(e, x)) return false;
  const modality = x.modality ?? fallback;
  if (modality && e.modality !== modality) return false;
  if (x.date !== undefined && e.date !== x.date) return false;
  return true;
}

export function describe(e: EventRecord): string {
  return `${actorKey(e.source)}>${actorKey(e.target)} ${e.cameo} ${e.modality} ${e.date ?? '-'} [${e.provenance.rule}]`;
}

function describeExpected(x: Expected, fallback: Modality | null): string {
  const m = x.modality ?? fallback ?? 'any';
  return `${x.source}>${x.target} ${x.cameo ?? `${x.root}*`} ${m}${x.date !== undefined ? ` ${x.date ?? '-'}` : ''}`;
}

/** Checks one case against what the pipeline codes; throws an assertion error listing what it found. */
export function check(c: Case): void {
  const events = run(c.sentence, c.date).events ?? [];
  const found = events.length ? events.map(describe).join('\n  ') : '(no events)';
  if (c.none) assert.equal(events.length, 0, `expected no event, found:\n  ${found}`);
  for (const x of c.expect ?? []) {
    assert.ok(events.some((e) => matches(e, x, 'asserted')), `expected ${describeExpected(x, 'asserted')}, found:\n  ${found}`);
  }
  for (const x of c.not ?? []) {
    const bad = events.find((e) => matches(e, x, null));
    assert.ok(!bad, `must not find ${describeExpected(x, null)}, found ${bad ? describe(bad) : ''}`);
  }
}

/** Registers one node:test test per case, named by the group and the sentence. */
export function runTable(group: string, cases: readonly Case[]): void {
  for (const c of cases) {
    if (!c.none && !c.expect?.length && !c.not?.length) throw new Error(`case without expectation: ${c.sentence}`);
    const name = `${group} | ${c.sentence}`;
    if (c.todo) test(name, { todo: c.todo }, () => check(c));
    else test(name, () => check(c));
  }
}
