// @ts-check
/** A session status as a coloured badge, in PAVE's own words. */

/** @type {Record<string, string>} */
const tones = {
  IDLE: 'status-idle',
  STARTED: 'status-active',
  PROCESS: 'status-active',
  QC_PASSED: 'status-active',
  CONFIRM: 'status-active',
  COMPLETE: 'status-done',
  EXPIRED: 'status-failed',
  INVALID: 'status-failed',
};

/** @type {Record<string, string>} */
const meanings = {
  IDLE: 'The customer has not opened the link yet',
  STARTED: 'The customer opened the link',
  PROCESS: 'Photos are being taken',
  QC_PASSED: 'All photos taken and accepted',
  CONFIRM: 'Results ready, waiting for the customer',
  COMPLETE: 'Finished; results are final',
  EXPIRED: 'Not finished in time',
  INVALID: 'Rejected during processing',
};

/**
 * PAVE's pages use more status words than they document, so an unknown one is shown as it
 * came, in the neutral colour.
 *
 * @param {HTMLElement} badge
 * @param {string} status
 */
export function paintStatus(badge, status) {
  const known = status.toUpperCase();
  badge.className = `status ${tones[known] ?? ''}`.trim();
  badge.textContent = status;
  badge.title = meanings[known] ?? '';
}
