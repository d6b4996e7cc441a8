// The routes of the UI, in one place: every view links through these.

import { href } from './dom.js';

/** An actor's profile. */
export const actorHref = (key) => href(`/actors/${encodeURIComponent(key)}`);

/** Two actors' timeline, optionally with a month chosen or a period. */
export const pairHref = (a, b, params) => href(`/pair/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, params);

/** An article in the reader, optionally at one of its events. */
export const articleHref = (id, event) => href(`/articles/${encodeURIComponent(id)}`, { event });
