import { createHash } from 'node:crypto';

/** A stable id from the article's content: the same text always gets the same id. */
export function articleId(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `a-${createHash('sha256').update(normal).digest('hex').slice(0, 16)}`;
}
