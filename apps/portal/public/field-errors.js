// @ts-check
/**
 * Errors beside the fields they are about. Controls carry `data-field` with the body path that
 * the contract and PAVE use as the key (`vehicle.vin`), so the portal's own checks and PAVE's
 * 400 land in the same place.
 */

/** @param {string} id */
function element(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found;
}

/** @param {HTMLFormElement} form */
function controls(form) {
  return /** @type {(HTMLInputElement | HTMLSelectElement)[]} */ ([
    ...form.querySelectorAll('[data-field]'),
  ]);
}

/** @param {HTMLElement} control */
function labelOf(control) {
  const label = document.querySelector(`label[for="${control.id}"]`);
  const text = label?.firstChild?.textContent ?? control.id;
  return text.trim();
}

/** @param {string} message */
function sentence(message) {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** @param {HTMLFormElement} form */
export function clearFieldErrors(form) {
  for (const control of controls(form)) {
    control.removeAttribute('aria-invalid');
    const errorId = `${control.id}-error`;
    const describedBy = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== errorId)
      .join(' ');
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    else control.removeAttribute('aria-describedby');
    const error = document.getElementById(errorId);
    if (error) {
      error.textContent = '';
      error.hidden = true;
    }
  }
  element('form-errors').hidden = true;
  element('form-errors-list').replaceChildren();
}

/**
 * Marks each field PAVE or the contract named, lists every problem above the form (fields the
 * form has no control for too, such as `sms.from`), and returns the first control to focus.
 *
 * @param {HTMLFormElement} form
 * @param {Record<string, string[]>} fieldErrors
 * @param {string} message
 * @returns {HTMLElement}
 */
export function showFieldErrors(form, fieldErrors, message) {
  clearFieldErrors(form);
  const list = element('form-errors-list');
  const shown = new Set();
  /** @type {HTMLElement | undefined} */
  let first;

  // In the order of the form, so the summary reads top to bottom like the fields.
  for (const control of controls(form)) {
    const field = control.dataset.field ?? '';
    const messages = fieldErrors[field];
    if (!messages) continue;
    shown.add(field);
    const errorId = `${control.id}-error`;
    const error = document.getElementById(errorId);
    if (error) {
      error.textContent = sentence(messages.join('; '));
      error.hidden = false;
    }
    control.setAttribute('aria-invalid', 'true');
    const describedBy = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', describedBy ? `${errorId} ${describedBy}` : errorId);

    const link = document.createElement('a');
    link.href = `#${control.id}`;
    link.textContent = `${labelOf(control)}: ${messages.join('; ')}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      control.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
    first ??= control;
  }
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (shown.has(field)) continue;
    const item = document.createElement('li');
    item.textContent = `${field}: ${messages.join('; ')}`;
    list.append(item);
  }

  element('form-errors-title').textContent = message;
  const summary = element('form-errors');
  summary.hidden = false;
  return first ?? summary;
}
