import { get, post } from '../api.js';
import { announce, fill, h, when } from '../dom.js';
import { actorKey, actorText, CORRECTION_FIELDS, MODALITIES } from '../labels.js';
import { correctedBadge, quadBadge, withFix } from './event-row.js';
import { authorInput, field, onSubmit } from './forms.js';
import { actorHref, pairHref } from '../links.js';

function correctionItem(c) {
  const what = c.field === 'not_event' ? 'not an event' : `${CORRECTION_FIELDS[c.field]?.label ?? c.field} → ${c.value ?? 'unknown'}`;
  return h('li', {}, h('strong', {}, what), c.note ? ` — ${c.note}` : '', h('br'), h('small', { class: 'muted' }, `${c.author}, `, h('time', { datetime: c.created_at }, when(c.created_at))));
}

/** The "correct" form of one event: field, value, note, author. */
function correctionForm(e, onStored) {
  const fieldSel = h('select', { name: 'field' }, Object.entries(CORRECTION_FIELDS).map(([k, v]) => h('option', { value: k }, v.label)));
  const value = h('input', { name: 'value', type: 'text', autocomplete: 'off' });
  const listId = `modalities-${e.fingerprint}`;
  const modalities = h('datalist', { id: listId }, Object.keys(MODALITIES).map((m) => h('option', { value: m })));
  const valueField = field('Corrected value', value, CORRECTION_FIELDS.cameo.hint);
  const hint = valueField.querySelector('.hint');
  const sync = () => {
    const f = fieldSel.value;
    hint.textContent = CORRECTION_FIELDS[f].hint;
    value.disabled = f === 'not_event';
    if (f === 'modality') value.setAttribute('list', listId);
    else value.removeAttribute('list');
    value.placeholder = { cameo: e.cameo, source: e.source.code, target: e.target.code, modality: e.modality, date: e.date ?? '' }[f] ?? '';
  };
  fieldSel.addEventListener('change', sync);
  sync();
  const form = h(
    'form',
    { class: 'correct-form', 'aria-label': `Correct event ${e.cameo} ${e.label}` },
    field('What is wrong', fieldSel),
    valueField,
    modalities,
    field('Note', h('textarea', { name: 'note', rows: 2, maxlength: 5000 }), 'why: the sentence, the guideline'),
    field('Your name', authorInput()),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save correction')),
  );
  onSubmit(form, async (data) => {
    const f = data.get('field');
    const v = data.get('value')?.toString().trim();
    const c = await post(`events/${e.fingerprint}/corrections`, { field: f, value: f === 'not_event' || !v ? null : v, note: data.get('note')?.toString().trim() || null, author: data.get('author') });
    form.reset();
    form.querySelector('[name=author]').value = c.author;
    sync();
    await onStored(c);
    announce('Correction saved.');
  });
  return form;
}

/**
 * One event of the reader: what was coded, its corrections, a button to find its evidence
 * in the text, and the form to correct it.
 */
export function eventCard(e, { articleId, onShow }) {
  const card = h('article', { class: 'event-card', id: `event-${e.fingerprint}`, tabindex: '-1', dataset: { fingerprint: e.fingerprint } });
  let view = e;
  const render = () => {
    const { corrections } = view;
    const fix = view.corrected ?? {};
    fill(
      card,
      h('h3', {}, h('span', { class: 'code' }, withFix(e.cameo, fix.cameo)), ' ', e.label, ' ', correctedBadge(view)),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Who'),
        h('dd', {}, h('a', { href: actorHref(actorKey(e.source)) }, withFix(actorText(e.source), fix.source)), ' → ', h('a', { href: actorHref(actorKey(e.target)) }, withFix(actorText(e.target), fix.target))),
        h('dt', {}, 'When'),
        h('dd', {}, withFix(e.date, 'date' in fix ? fix.date : undefined), e.date_precision ? h('small', { class: 'muted' }, ` (${e.date_precision})`) : ''),
        h('dt', {}, 'Status'),
        h('dd', {}, withFix(e.modality, fix.modality), ' ', quadBadge(e.quad)),
        h('dt', {}, 'Confidence'),
        h('dd', {}, e.confidence.toFixed(2), h('small', { class: 'muted' }, ` · rule ${e.provenance.rule}`)),
      ),
      h('div', { class: 'card-actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => onShow(e) }, 'Show in text'), h('a', { href: pairHref(actorKey(e.source), actorKey(e.target)) }, 'Pair timeline')),
      corrections.length ? h('div', { class: 'corrections' }, h('h4', {}, 'Corrections'), h('ul', {}, corrections.map(correctionItem))) : null,
      h('details', { class: 'correct' }, h('summary', {}, 'Correct this event'), correctionForm(e, async () => {
        // the server says what the corrections add up to; the page does not guess
        view = { ...view, ...(await get(`events/${e.fingerprint}`)) };
        render();
        card.focus();
      })),
    );
  };
  render();
  card.dataset.article = articleId;
  return card;
}
