// @ts-check
/** The red banner for failures that are nobody's typing mistake: PAVE refusing, slow or down. */

/** @type {Record<string, string>} */
const titles = {
  unauthorized: "PAVE refused the portal's credentials",
  'rate-limited': 'PAVE is busy right now',
  'server-error': 'PAVE could not handle the request',
  'bad-answer': "PAVE's answer could not be used",
  timeout: 'PAVE did not answer in time',
  network: 'PAVE could not be reached',
  'not-found': 'Not found',
  rejected: 'PAVE refused the request',
  conflict: 'This session cannot be deleted',
  'bad-request': 'The portal refused the request',
  'portal-down': 'The portal is not answering',
  unexpected: 'Something went wrong',
};

/** @param {string} id */
function element(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found;
}

/** @param {{ kind: string, message: string }} error */
export function showBanner({ kind, message }) {
  element('banner-title').textContent = titles[kind] ?? titles.unexpected ?? '';
  element('banner-message').textContent = message;
  element('banner').hidden = false;
}

export function hideBanner() {
  element('banner').hidden = true;
}

export function wireBanner() {
  element('banner-close').addEventListener('click', () => {
    hideBanner();
    element('new-session-title').focus();
  });
}
