import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { join } from 'node:path';
import { packageRoot } from '../data/paths.js';

/** Where the UI's files are: plain HTML, CSS and ES modules, served as they are. */
export const webRoot = join(packageRoot, 'web');

/**
 * The page may load only its own files and talk only to this server: no CDN, no font
 * service, no inline script, even if some text slipped into the page as markup.
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Serves the UI at `/` (everything outside `/api/`). */
export function mountWeb(app: Hono, root = webRoot): void {
  app.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/')) {
      c.header('Content-Security-Policy', CSP);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'no-referrer');
      // the UI is small and changes with the version; always revalidate
      c.header('Cache-Control', 'no-cache');
    }
  });
  app.get('*', serveStatic({ root }));
}
