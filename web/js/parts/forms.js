import { h } from '../dom.js';

let ids = 0;

/**
 * A labelled control; `hint` is tied to it with aria-describedby. A `hidden` label is
 * read by screen readers only, where a legend already shows what the controls are.
 */
export function field(label, control, hint, { hidden = false } = {}) {
  control.id ||= `f${++ids}`;
  const hintEl = hint ? h('small', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id, class: hidden ? 'sr-only' : null }, label), control, hintEl);
}

/** The author name is kept between forms and visits: analysts sign everything they write. */
export function authorInput() {
  const input = h('input', { name: 'author', type: 'text', autocomplete: 'name', required: true, maxlength: 200, value: window.localStorage.getItem('attache.author') ?? '' });
  input.addEventListener('change', () => window.localStorage.setItem('attache.author', input.value.trim()));
  return input;
}

/** Clears a form's error marks. */
export function clearErrors(form) {
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.form-error')) el.remove();
}

/**
 * Shows an API error on a form: beside the control the API names in `parameter` when the
 * form has one, else at the top of the form. The control gets focus so it can be fixed.
 */
export function showError(form, err) {
  clearErrors(form);
  const control = err.parameter ? form.elements.namedItem(err.parameter) : null;
  const message = h('p', { class: 'form-error error', role: 'alert' }, err.message, err.hint ? ` — ${err.hint}` : '');
  if (control instanceof window.HTMLElement) {
    control.setAttribute('aria-invalid', 'true');
    message.id = `${control.id}-error`;
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
    control.closest('.field')?.append(message);
    control.focus();
  } else {
    form.prepend(message);
  }
}

/** Runs `submit` on a form's submission with its button disabled meanwhile; shows errors. */
export function onSubmit(form, submit) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    clearErrors(form);
    try {
      await submit(new window.FormData(form));
    } catch (err) {
      showError(form, err);
    } finally {
      if (button) button.disabled = false;
    }
  });
}
