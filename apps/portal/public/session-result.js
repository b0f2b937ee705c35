// @ts-check
/** The panel that hands staff the capture link: link, copy button, QR code, key and status. */

import { copyText } from './clipboard.js';
import { paintStatus } from './status-badge.js';

/**
 * @typedef {{ label: string | null, url: string }} PortalPhoto
 * @typedef {{ session_key: string, capture_url: string | null, status: string,
 *   theme: string | null, language: string | null, customer: string | null,
 *   vehicle: string | null, sms_to: string | null, created_at: string, checked_at: string,
 *   photos: PortalPhoto[] }}
 *   PortalSession
 */

/** @param {string} id */
function element(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found;
}

/** The key of the session on show, so a refresh or delete in the list can update the panel. */
let shownKey = '';

export function shownSessionKey() {
  return shownKey;
}

/** @param {PortalSession} session */
function lead(session) {
  const who = session.customer ?? 'the customer';
  if (session.sms_to) {
    // Non-breaking hyphens keep a number such as 647-455-0000 on one line.
    const number = session.sms_to.replaceAll('-', '\u2011');
    return `PAVE is texting this link to ${who} at ${number}. You can also share it below.`;
  }
  return `Send this link to ${who}. It opens PAVE's guided photo capture on their phone.`;
}

/**
 * @param {PortalSession} session
 * @param {{ focus?: boolean }} [options]
 */
export function showResult(session, { focus = false } = {}) {
  shownKey = session.session_key;
  element('result-empty').hidden = true;
  element('result-ready').hidden = false;
  element('result-lead').textContent = lead(session);
  element('copy-status').textContent = '';

  const box = element('capture-url');
  const copy = /** @type {HTMLButtonElement} */ (element('copy-link'));
  const qr = /** @type {HTMLImageElement} */ (element('qr-code'));
  if (session.capture_url) {
    const link = document.createElement('a');
    link.href = session.capture_url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = session.capture_url;
    box.replaceChildren(link);
    copy.hidden = false;
    qr.src = `/api/sessions/${encodeURIComponent(session.session_key)}/qr`;
    qr.alt = `QR code of the capture link for ${session.customer ?? 'the customer'}`;
    qr.hidden = false;
  } else {
    box.textContent = 'PAVE returned no capture link for this session.';
    copy.hidden = true;
    qr.hidden = true;
  }
  element('result-key').textContent = session.session_key;
  paintStatus(element('result-status'), session.status);
  element('result-theme').textContent = session.theme ?? 'Account default';
  if (focus) element('result-title').focus();
}

/** @param {PortalSession} session */
export function updateShownStatus(session) {
  if (session.session_key === shownKey) paintStatus(element('result-status'), session.status);
}

export function clearResult() {
  shownKey = '';
  element('result-ready').hidden = true;
  element('result-empty').hidden = false;
}

export function wireCopyButton() {
  element('copy-link').addEventListener('click', async () => {
    const box = element('capture-url');
    // The link alone: selecting its paragraph would copy the paragraph's line breaks too.
    const link = box.querySelector('a') ?? box;
    element('copy-status').textContent = await copyText(link.textContent ?? '', link);
  });
}
