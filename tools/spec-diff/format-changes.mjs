// The report `pnpm spec:diff` prints: one line per change with its class and JSON pointer, the
// operation and what changed on the next, then a count.

/**
 * @param {import('./compare-specs.mjs').SpecChange[]} changes
 * @param {{ base: string, head: string }} files as the user named them
 * @returns {string}
 */
export function formatChanges(changes, { base, head }) {
  const lines = changes.flatMap((change) => [
    `${change.class.padEnd(12)} ${change.pointer}`,
    `${' '.repeat(13)}${change.where ? `${change.where}: ` : ''}${change.description}`,
    ...(change.reason ? [`${' '.repeat(13)}(${change.reason})`] : []),
  ]);
  const breaking = changes.filter((change) => change.class === 'breaking').length;
  const summary =
    changes.length === 0
      ? `No changes from ${base} to ${head}.`
      : `${breaking} breaking, ${changes.length - breaking} non-breaking change(s) from ${base} to ${head}.`;
  return [...lines, ...(lines.length > 0 ? [''] : []), summary].join('\n');
}
