import { post } from '../api.js';
import { announce, fill, h, when } from '../dom.js';
import { authorInput, field, onSubmit } from './forms.js';

function commentItem(c) {
  return h('li', { class: 'comment' }, h('p', { class: 'meta' }, h('strong', {}, c.author), ' · ', h('time', { datetime: c.created_at }, when(c.created_at))), h('p', { class: 'body' }, c.body));
}

/**
 * A comment thread with its form. `path` is the API's thread, e.g.
 * `articles/ID/comments`; the seed reports end with "Comments / Write your comment",
 * and this is where analysts write theirs.
 */
export function commentThread(comments, path, heading = 'Comments') {
  const list = h('ol', { class: 'comments' });
  const empty = h('p', { class: 'muted' }, 'No comments yet.');
  const count = h('span', { class: 'count' });
  const render = (items) => {
    fill(list, items.map(commentItem));
    empty.hidden = items.length > 0;
    count.textContent = `(${items.length})`;
  };
  render(comments);
  const items = [...comments];
  const body = h('textarea', { name: 'body', rows: 4, required: true, maxlength: 20000 });
  const form = h(
    'form',
    { class: 'comment-form', 'aria-label': 'Write a comment' },
    field('Your name', authorInput()),
    field('Your comment', body),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Post comment')),
  );
  onSubmit(form, async (data) => {
    const c = await post(path, { author: data.get('author'), body: data.get('body') });
    items.push(c);
    render(items);
    body.value = '';
    announce('Comment posted.');
  });
  const id = `comments-${path.replace(/\W+/g, '-')}`;
  return h('section', { class: 'thread', 'aria-labelledby': id }, h('h2', { id }, heading, ' ', count), empty, list, h('h3', {}, 'Write your comment'), form);
}
