// @ts-check
/** The page's live view: what PAVE's webhooks said, passed on by the portal as it arrives. */

/** @typedef {import('./session-result.js').PortalSession} PortalSession */

/**
 * @typedef {'on' | 'lost' | 'refused'} FeedState
 * @typedef {{
 *   onSession: (session: PortalSession) => void,
 *   onRemoved: (sessionKey: string) => void,
 *   onWebhooks: (registration: { registered: boolean, message: string }) => void,
 *   onState: (state: FeedState) => void,
 * }} FeedHandlers
 */

/** @param {MessageEvent} event */
function dataOf(event) {
  try {
    return JSON.parse(event.data);
  } catch {
    return undefined;
  }
}

/**
 * Follows `/api/events`. The browser reconnects by itself after a dropped stream; `onState('on')`
 * comes again each time, so the caller can reload what it may have missed meanwhile. A portal
 * that refuses the stream (503: too many pages open) is not retried.
 *
 * @param {FeedHandlers} handlers
 */
export function followLiveFeed({ onSession, onRemoved, onWebhooks, onState }) {
  const source = new EventSource('/api/events');
  source.addEventListener('open', () => onState('on'));
  source.addEventListener('error', () => {
    onState(source.readyState === EventSource.CLOSED ? 'refused' : 'lost');
  });
  source.addEventListener('session', (event) => {
    const session = dataOf(/** @type {MessageEvent} */ (event));
    if (session && typeof session.session_key === 'string') onSession(session);
  });
  source.addEventListener('removed', (event) => {
    const removed = dataOf(/** @type {MessageEvent} */ (event));
    if (removed && typeof removed.session_key === 'string') onRemoved(removed.session_key);
  });
  // Registration runs beside the server: its outcome may come after the page has loaded.
  source.addEventListener('webhooks', (event) => {
    const registration = dataOf(/** @type {MessageEvent} */ (event));
    if (registration && typeof registration.registered === 'boolean') {
      onWebhooks({
        registered: registration.registered,
        message: typeof registration.message === 'string' ? registration.message : '',
      });
    }
  });
  return source;
}
