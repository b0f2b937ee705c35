/** Text made safe for a terminal: control characters are shown as escapes, never obeyed. */

// C0 and C1 controls and DEL (escape sequences, bells, carriage returns that overwrite a line),
// the line and paragraph separators, and the bidirectional controls that reorder what a line
// appears to say.
const unsafeCharacter = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

// The JSON spelling, so an escaped character inside `--json` output is still the same JSON.
function escapeCharacter(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/**
 * One line as a terminal should show it. Line breaks are escaped too: a server's text must not
 * start a line of its own that reads like pave's output (`Capture URL: ...`).
 */
export function terminalLine(text: string): string {
  return text.replace(unsafeCharacter, escapeCharacter);
}

/** Text whose line breaks are pave's own (help, usage messages): each line made safe. */
export function terminalText(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}
