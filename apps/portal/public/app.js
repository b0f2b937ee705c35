// @ts-check
/** The page's entry: wires the form, the result panel and the sessions list to the portal API. */

import { hideBanner, showBanner, wireBanner } from './banner.js';
import { clearFieldErrors, showFieldErrors } from './field-errors.js';
import { followLiveFeed } from './live-feed.js';
import { callPortal } from './portal-api.js';
import { renderSessions, wireSessionActions } from './session-list.js';
import {
  clearResult,
  shownSessionKey,
  showResult,
  updateShownStatus,
  wireCopyButton,
} from './session-result.js';

/** @typedef {import('./session-result.js').PortalSession} PortalSession */
/** @typedef {import('./portal-api.js').PortalAnswer} PortalAnswer */

/** @param {string} id */
function element(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found;
}

const form = /** @type {HTMLFormElement} */ (element('session-form'));
const submit = /** @type {HTMLButtonElement} */ (element('submit'));

/** @type {PortalSession[]} */
let sessions = [];

/** @param {PortalAnswer} answer */
function bannerFor(answer) {
  if (answer.ok) return;
  showBanner(
    answer.error ?? { kind: 'unexpected', message: answer.message ?? 'The request failed.' },
  );
}

/** Whether PAVE was told to call the portal: without it the stream stays quiet. */
let webhooksRegistered = false;
let webhooksMessage = '';

/** @type {import('./live-feed.js').FeedState | 'off'} */
let feedState = 'off';

/** @param {import('./live-feed.js').FeedState | 'off'} state */
function paintLiveStatus(state) {
  feedState = state;
  const status = element('live-status');
  const live = state === 'on' && webhooksRegistered;
  status.dataset.state = state === 'on' ? (live ? 'on' : 'off') : state;
  if (live) status.textContent = 'Live: statuses and photos appear here as PAVE reports them.';
  else if (state === 'lost') status.textContent = 'Live updates interrupted; reconnecting…';
  else if (state === 'refused') {
    status.textContent = 'Live updates are unavailable (too many portal pages open); use Refresh.';
  } else {
    status.textContent = `Statuses change when you press Refresh. ${webhooksMessage}`.trim();
  }
}

async function loadInfo() {
  const answer = await callPortal('GET', '/api/info');
  if (!answer.ok) return;
  const { docs_url: docsUrl, live_updates: liveUpdates } = answer.data;
  // The portal names PAVE's reference, or the mock's; only a web address is taken.
  if (typeof docsUrl === 'string' && /^https?:\/\//.test(docsUrl)) {
    /** @type {HTMLAnchorElement} */ (element('docs-link')).href = docsUrl;
  }
  noteWebhooks(liveUpdates?.registered === true);
}

/** @param {boolean} registered */
function noteWebhooks(registered) {
  webhooksRegistered = registered;
  webhooksMessage = registered ? '' : 'PAVE is not sending this portal its updates.';
}

/** @param {PortalSession} session */
function applySession(session) {
  const index = sessions.findIndex((listed) => listed.session_key === session.session_key);
  if (index >= 0) sessions[index] = session;
  else sessions = [session, ...sessions];
  renderSessions(sessions);
  updateShownStatus(session);
}

/** @param {string} sessionKey */
function forgetSession(sessionKey) {
  sessions = sessions.filter((listed) => listed.session_key !== sessionKey);
  renderSessions(sessions);
  if (shownSessionKey() === sessionKey) clearResult();
}

async function loadSessions() {
  const answer = await callPortal('GET', '/api/sessions');
  if (!answer.ok) {
    bannerFor(answer);
    return;
  }
  sessions = answer.data.sessions;
  renderSessions(sessions);
}

/** @param {boolean} busy */
function setSubmitting(busy) {
  form.setAttribute('aria-busy', String(busy));
  submit.setAttribute('aria-busy', String(busy));
  submit.disabled = busy;
  const label = submit.querySelector('.button-label');
  if (label) label.textContent = busy ? 'Creating link…' : 'Create capture link';
}

/** @param {string} text */
function announce(text) {
  element('submit-status').textContent = text;
}

async function createSession() {
  hideBanner();
  clearFieldErrors(form);
  const fields = Object.fromEntries(
    [...new FormData(form).entries()].map(([name, value]) => [name, String(value)]),
  );
  setSubmitting(true);
  announce('Creating the capture link…');
  let answer;
  try {
    answer = await callPortal('POST', '/api/sessions', fields);
  } finally {
    setSubmitting(false);
  }

  if (answer.ok) {
    const session = /** @type {PortalSession} */ (answer.data);
    announce(`Capture link created for session ${session.session_key}.`);
    showResult(session, { focus: true });
    // Theme and language usually stay the same from one customer to the next.
    const keep = { theme: fields.theme, language: fields.language };
    form.reset();
    Object.assign(/** @type {any} */ (form.elements.namedItem('theme')), { value: keep.theme });
    Object.assign(/** @type {any} */ (form.elements.namedItem('language')), {
      value: keep.language,
    });
    await loadSessions();
    return;
  }
  if (answer.fieldErrors) {
    announce('The link was not created. Check the highlighted fields.');
    showFieldErrors(
      form,
      answer.fieldErrors,
      answer.message ?? 'Check the highlighted fields.',
    ).focus();
    return;
  }
  announce('The link was not created.');
  bannerFor(answer);
}

/**
 * @param {string} sessionKey
 * @param {HTMLButtonElement} button
 */
async function refreshSession(sessionKey, button) {
  hideBanner();
  const answer = await callPortal('GET', `/api/sessions/${encodeURIComponent(sessionKey)}`);
  await loadSessions();
  if (!answer.ok) {
    bannerFor(answer);
    return;
  }
  const session = /** @type {PortalSession} */ (answer.data);
  updateShownStatus(session);
  element('list-status').textContent = `Session ${sessionKey} is ${session.status}.`;
  // The list was drawn anew: put focus back on the same row's Refresh, not on the page.
  const again = document.querySelector(
    `button[data-action="refresh"][data-key="${CSS.escape(sessionKey)}"]`,
  );
  /** @type {HTMLElement} */ (again ?? button).focus();
}

/** @param {string} sessionKey */
async function deleteSession(sessionKey) {
  const sure = window.confirm(
    `Delete session ${sessionKey}? The customer's capture link stops working.`,
  );
  if (!sure) return;
  hideBanner();
  const answer = await callPortal('DELETE', `/api/sessions/${encodeURIComponent(sessionKey)}`);
  if (!answer.ok) {
    bannerFor(answer);
    await loadSessions();
    return;
  }
  if (shownSessionKey() === sessionKey) clearResult();
  element('list-status').textContent = `Session ${sessionKey} deleted.`;
  await loadSessions();
  element('sessions-title').focus();
}

/**
 * @param {string} action
 * @param {string} sessionKey
 * @param {HTMLButtonElement} button
 */
async function onRowAction(action, sessionKey, button) {
  if (action === 'show') {
    const session = sessions.find((candidate) => candidate.session_key === sessionKey);
    if (session) showResult(session, { focus: true });
    return;
  }
  const row = button.closest('tr');
  row?.setAttribute('aria-busy', 'true');
  for (const other of row?.querySelectorAll('button') ?? []) other.disabled = true;
  if (action === 'refresh') await refreshSession(sessionKey, button);
  if (action === 'delete') await deleteSession(sessionKey);
  // When the list was not redrawn (the delete was cancelled), the row is still busy.
  row?.removeAttribute('aria-busy');
  for (const other of row?.querySelectorAll('button') ?? []) other.disabled = false;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (submit.disabled) return;
  void createSession();
});
wireBanner();
wireCopyButton();
wireSessionActions((action, sessionKey, button) => void onRowAction(action, sessionKey, button));
void loadSessions();
void loadInfo().then(() => {
  paintLiveStatus('off');
  followLiveFeed({
    onSession: applySession,
    onRemoved: forgetSession,
    onWebhooks({ registered }) {
      noteWebhooks(registered);
      paintLiveStatus(feedState);
    },
    onState(state) {
      paintLiveStatus(state);
      if (state !== 'on') return;
      // Back after a break: whatever changed meanwhile was sent to nobody, the registration's
      // outcome included.
      void loadSessions();
      void loadInfo().then(() => paintLiveStatus(feedState));
    },
  });
});
