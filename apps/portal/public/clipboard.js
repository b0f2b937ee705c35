// @ts-check
/** Copying the capture link, with a way out where the browser will not allow it. */

/**
 * The Clipboard API needs a secure context (localhost counts) and the page's focus; when it is
 * refused, the link is selected instead so that Ctrl+C copies it.
 *
 * @param {string} text
 * @param {HTMLElement} fallbackTarget the element holding the text, selected on failure
 * @returns {Promise<string>} what to tell the person
 */
export async function copyText(text, fallbackTarget) {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'Link copied. Paste it into a text message or an email to the customer.';
  } catch {
    const selection = window.getSelection();
    if (selection) {
      const range = document.createRange();
      range.selectNodeContents(fallbackTarget);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return 'This browser blocked copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.';
  }
}
