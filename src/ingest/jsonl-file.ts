import type { Article } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { articleId } from './article-id.js';
import { findMetadata } from './metadata.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An article from a JSON object in the evaluation format's article shape. Missing title,
 * date or source are found in the text itself; the text is kept exactly as given.
 */
export function articleFromJson(value: unknown, where: string): Article {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UserError(`${where}: not a JSON object`, 'each line must be {"id", "title", "published", "source", "url", "text"}');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || !o.text.trim()) throw new UserError(`${where}: "text" is missing or empty`, 'give the article body as a string in "text"');
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : null);
  let published = str('published');
  if (published && !DATE.test(published)) {
    const iso = /^(\d{4}-\d{2}-\d{2})/.exec(published);
    if (!iso) throw new UserError(`${where}: "published" is '${published}', not YYYY-MM-DD`, 'write the publication date as YYYY-MM-DD, or null to find it in the text');
    published = iso[1]!;
  }
  const title = str('title');
  const source = str('source');
  // Only what the input lacks is looked for in the text: findMetadata runs chrono over the
  // article's head, 0.4–0.5 ms an article, paid before coding for every line read.
  const found = title && published && source ? null : findMetadata(o.text);
  return {
    id: str('id') ?? articleId(o.text),
    title: title ?? found?.title ?? null,
    published: published ?? found?.published ?? null,
    source: source ?? found?.source ?? null,
    url: str('url'),
    text: o.text,
  };
}

/** Parses JSON lines; a bad line is reported with its number and does not stop the rest. */
export function articlesFromJsonl(content: string, file: string): { articles: Article[]; errors: { where: string; message: string }[] } {
  const articles: Article[] = [];
  const errors: { where: string; message: string }[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    try {
      articles.push(articleFromJson(JSON.parse(line), where));
    } catch (e) {
      const message = e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message;
      errors.push({ where, message: message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message });
    }
  });
  return { articles, errors };
}
