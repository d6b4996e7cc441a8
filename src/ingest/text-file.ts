import type { Article } from '../core/types.js';
import { articleId } from './article-id.js';
import { findMetadata } from './metadata.js';

/** Lines that belong to the website, not to the report. */
const CHROME = [/^\s*News ID\s*:?\s*\d+\s*$/i, /^\s*(Comments?|Write your comment|Share|Print|Send to friend|Related news|Tags?:.*)\s*$/i];
const NEWS_ID_TAIL = /\s+News ID\s*:?\s*\d+\s*$/i;

/** A line that belongs to the website, not the report ("News ID 4529", "Write your comment"). */
export function isChromeLine(line: string): boolean {
  return CHROME.some((re) => re.test(line)) || /^\s*(.*\s)?News ID\s*:?\s*\d+\s*$/i.test(line) && line.replace(NEWS_ID_TAIL, '').trim().length < 40;
}

/** Removes site chrome lines and trailing "News ID 4529" marks; keeps everything else as written. */
export function stripChrome(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(NEWS_ID_TAIL, ''))
    .filter((l) => !CHROME.some((re) => re.test(l)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An article from a plain-text report such as the seeds: title and dateline on top. */
export function articleFromText(raw: string, url: string | null): Article {
  const text = stripChrome(raw.replace(/\r\n?/g, '\n'));
  const meta = findMetadata(text);
  return { id: articleId(text), title: meta.title, published: meta.published, source: meta.source ?? meta.byline, url, text };
}
