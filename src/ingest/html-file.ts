import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { articleId } from './article-id.js';
import { findDate, findMetadata } from './metadata.js';

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'];

function meta(document: Document, names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/**
 * An article from an HTML page: Mozilla Readability finds the main content (linkedom gives
 * it a DOM without a browser); the title and date come from the page's metadata when present.
 */
export function articleFromHtml(html: string, url: string | null): Article {
  const { document } = parseHTML(html);
  const pageTitle = meta(document as unknown as Document, ['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const dateMeta = meta(document as unknown as Document, DATE_META) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const source = meta(document as unknown as Document, ['og:site_name', 'publisher', 'author']);
  const reader = new Readability(document as unknown as Document, { charThreshold: 100 });
  const parsed = reader.parse();
  const paragraphs: string[] = [];
  const root = parsed?.content ? parseHTML(`<html><body>${parsed.content}</body></html>`).document : null;
  if (root) {
    for (const el of root.querySelectorAll('h1,h2,h3,p,li,blockquote')) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) paragraphs.push(t);
    }
  }
  let body = paragraphs.join('\n\n') || (parsed?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  if (!body) throw new UserError('no readable article text in this HTML page', 'check that the file is a news article page, not an index or an error page');
  const title = (parsed?.title || pageTitle || null)?.replace(/\s+/g, ' ').trim() ?? null;
  if (title && !body.startsWith(title)) body = `${title}\n\n${body}`;
  const published = dateMeta ? (findDate(dateMeta)?.value ?? (/^\d{4}-\d{2}-\d{2}/.exec(dateMeta)?.[0] ?? null)) : findMetadata(body).published;
  return { id: articleId(body), title, published, source: source ?? parsed?.siteName ?? null, url, text: body };
}
