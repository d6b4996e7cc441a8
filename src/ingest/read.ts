import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../core/types.js';
import { articleFromHtml } from './html-file.js';
import { articleFromJson, articlesFromJsonl } from './jsonl-file.js';
import { articleFromText } from './text-file.js';

export const READABLE = ['.txt', '.html', '.htm', '.json', '.jsonl'];

/** What reading one file gave: its articles, or why some or all of it failed. */
export interface FileResult {
  path: string;
  articles: Article[];
  errors: { where: string; message: string }[];
}

/** Every readable file under the given files and folders, recursively, in a stable order. */
export function listInputs(paths: readonly string[]): { files: string[]; errors: { where: string; message: string }[] } {
  const files: string[] = [];
  const errors: { where: string; message: string }[] = [];
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      errors.push({ where: p, message: 'no such file or folder' });
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) visit(join(p, name), false);
    } else if (READABLE.includes(extname(p).toLowerCase())) files.push(p);
    else if (explicit) errors.push({ where: p, message: `cannot read '${extname(p) || 'no extension'}' files; use ${READABLE.join(' ')}` });
  };
  for (const p of paths) visit(p, true);
  return { files, errors };
}

/** Reads one file into articles; never throws for bad content, reports it instead. */
export function readFile(path: string): FileResult {
  try {
    const content = readFileSync(path, 'utf8');
    const ext = extname(path).toLowerCase();
    const url = pathToFileURL(path).href;
    if (ext === '.jsonl') return { path, ...articlesFromJsonl(content, path) };
    if (ext === '.json') {
      const value = JSON.parse(content) as unknown;
      const list = Array.isArray(value) ? value : [value];
      return { path, articles: list.map((v, i) => articleFromJson(v, `${path}[${i}]`)), errors: [] };
    }
    if (!content.trim()) return { path, articles: [], errors: [{ where: path, message: 'the file is empty' }] };
    if (ext === '.html' || ext === '.htm') return { path, articles: [articleFromHtml(content, url)], errors: [] };
    return { path, articles: [articleFromText(content, url)], errors: [] };
  } catch (e) {
    const message = e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message;
    return { path, articles: [], errors: [{ where: path, message }] };
  }
}
