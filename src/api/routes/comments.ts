import type { CommentTarget } from '../../store/contract.js';
import { validateComment } from '../../store/correction-rules.js';
import { readObject, stringField } from '../body.js';
import { badParameter } from '../errors.js';
import { requireArticle, requireEvent } from '../lookup.js';
import { pathParam, type RouteContext, type RouteSpec } from '../route.js';
import { errorOf, ref } from '../schemas.js';
import { fingerprintParam } from './events.js';
import { UserError } from '../../core/errors.js';


/** The comment a POST body asks for, checked by the store's rules; the 400 names the field. */
async function commentFrom(ctx: RouteContext): Promise<{ author: string; body: string }> {
  const o = await readObject(ctx.c);
  const c = { author: stringField(o, 'author', true)!, body: stringField(o, 'body', true)! };
  try {
    validateComment(c);
  } catch (e) {
    // the author is checked first, so with a good author the fault is in the body
    if (e instanceof UserError) throw badParameter(c.author.trim() ? 'body' : 'author', e);
    throw e;
  }
  return c;
}

/** GET and POST of the comment thread on one kind of target. */
function thread(kind: CommentTarget['kind'], path: string, param: ReturnType<typeof pathParam>, resolve: (ctx: RouteContext) => Promise<string>): RouteSpec[] {
  const what = kind === 'article' ? 'an article' : 'an event';
  return [
    {
      method: 'get',
      path,
      operationId: `list${kind === 'article' ? 'Article' : 'Event'}Comments`,
      tag: 'comments',
      summary: `The comment thread on ${what}, oldest first`,
      params: [param],
      responses: { 200: { description: 'the comments', schema: { type: 'object', properties: { items: { type: 'array', items: ref('Comment') } } } }, 404: errorOf(`no such ${kind}`) },
      async handle(ctx) {
        const id = await resolve(ctx);
        return ctx.c.json({ items: await ctx.deps.store.listComments({ kind, id }) });
      },
    },
    {
      method: 'post',
      path,
      operationId: `add${kind === 'article' ? 'Article' : 'Event'}Comment`,
      tag: 'comments',
      summary: `Comment on ${what}`,
      description: 'Needs the write token when the server has one.',
      params: [param],
      body: { description: 'who writes, and what', schema: ref('CommentInput') },
      responses: {
        201: { description: 'the stored comment', schema: ref('Comment') },
        400: errorOf('author or body missing, or the body over 20,000 characters'),
        404: errorOf(`no such ${kind}`),
      },
      async handle(ctx) {
        const id = await resolve(ctx);
        const comment = await commentFrom(ctx);
        return ctx.c.json(await ctx.deps.store.addComment({ target: { kind, id }, ...comment }), 201);
      },
    },
  ];
}

export const commentRoutes: RouteSpec[] = [
  ...thread('article', '/api/articles/{id}/comments', pathParam('id', 'The article id.'), async ({ deps, path }) => (await requireArticle(deps.store, path('id'))).id),
  ...thread('event', '/api/events/{fingerprint}/comments', fingerprintParam, async ({ deps, path }) => (await requireEvent(deps.store, path('fingerprint'))).fingerprint),
];
