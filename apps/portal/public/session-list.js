// @ts-check
/** The table of sessions created in this run, with a Refresh and (while IDLE) a Delete per row. */

import { paintStatus } from './status-badge.js';

/** @typedef {import('./session-result.js').PortalSession} PortalSession */

/** @param {string} id */
function element(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/**
 * @param {string} text
 * @param {string} action
 * @param {PortalSession} session
 * @param {string} tone
 */
function actionButton(text, action, session, tone) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `button button-small ${tone}`;
  button.dataset.action = action;
  button.dataset.key = session.session_key;
  button.append(text);
  // Every row has the same buttons; the hidden part tells a screen reader which row it is in.
  const which = document.createElement('span');
  which.className = 'visually-hidden';
  which.textContent = ` session ${session.session_key}`;
  button.append(which);
  return button;
}

/** @param {string | null} text */
function cell(text) {
  const td = document.createElement('td');
  if (text) td.textContent = text;
  else {
    td.className = 'muted';
    td.textContent = '—';
  }
  return td;
}

/** @param {PortalSession} session */
function row(session) {
  const tr = document.createElement('tr');
  tr.dataset.key = session.session_key;

  const key = document.createElement('td');
  key.className = 'mono';
  key.textContent = session.session_key;

  const status = document.createElement('td');
  const badge = document.createElement('span');
  paintStatus(badge, session.status);
  const checked = document.createElement('span');
  checked.className = 'checked-at';
  checked.textContent = `checked ${timeFormat.format(new Date(session.checked_at))}`;
  status.append(badge, checked);

  const actions = document.createElement('td');
  const buttons = document.createElement('div');
  buttons.className = 'row-actions';
  buttons.append(
    actionButton('Show link', 'show', session, 'button-secondary'),
    actionButton('Refresh', 'refresh', session, 'button-secondary'),
  );
  if (session.status.toUpperCase() === 'IDLE') {
    buttons.append(actionButton('Delete', 'delete', session, 'button-danger'));
  }
  actions.append(buttons);

  tr.append(cell(session.customer), cell(session.vehicle), key, status, actions);
  return tr;
}

/**
 * The photos of a complete session, under its row: a thumbnail each, linked to the full photo.
 * Every value goes in as text or as an attribute, never as markup.
 *
 * @param {PortalSession} session
 */
function photoRow(session) {
  const tr = document.createElement('tr');
  tr.className = 'photo-row';
  tr.dataset.photosFor = session.session_key;
  const td = document.createElement('td');
  td.colSpan = 5;
  const list = document.createElement('ul');
  list.className = 'thumbnails';
  list.setAttribute('aria-label', `Photos of session ${session.session_key}`);
  for (const photo of session.photos) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = photo.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    const figure = document.createElement('figure');
    const image = document.createElement('img');
    image.src = photo.url;
    image.alt = photo.label ? `${photo.label} photo` : 'Photo';
    image.width = 96;
    image.height = 72;
    image.loading = 'lazy';
    image.referrerPolicy = 'no-referrer';
    const caption = document.createElement('figcaption');
    caption.textContent = photo.label ?? 'Photo';
    figure.append(image, caption);
    link.append(figure);
    item.append(link);
    list.append(item);
  }
  td.append(list);
  tr.append(td);
  return tr;
}

/** @param {PortalSession[]} sessions */
export function renderSessions(sessions) {
  // Drawn anew on every change: put focus back on the same button of the same row.
  const focused = /** @type {HTMLElement | null} */ (
    document.activeElement?.closest('#sessions-body button[data-action]') ?? null
  );
  const rows = sessions.flatMap((session) =>
    session.photos?.length > 0 ? [row(session), photoRow(session)] : [row(session)],
  );
  element('sessions-body').replaceChildren(...rows);
  element('sessions-table').hidden = sessions.length === 0;
  element('sessions-empty').hidden = sessions.length > 0;
  if (focused && !focused.isConnected) {
    const again = document.querySelector(
      `#sessions-body button[data-action="${CSS.escape(focused.dataset.action ?? '')}"]` +
        `[data-key="${CSS.escape(focused.dataset.key ?? '')}"]`,
    );
    if (again instanceof HTMLElement) again.focus();
  }
}

/**
 * @param {(action: string, sessionKey: string, button: HTMLButtonElement) => void} onAction
 */
export function wireSessionActions(onAction) {
  element('sessions-body').addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const button = /** @type {HTMLButtonElement | null} */ (target.closest('button[data-action]'));
    if (!button || button.disabled) return;
    onAction(button.dataset.action ?? '', button.dataset.key ?? '', button);
  });
}
