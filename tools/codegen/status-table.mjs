// The statuses each operation of the spec declares, as a Markdown table for the READMEs: the
// codes `Prefer: code=` may ask the mock for without getting an answer the spec does not allow.
const methods = ['get', 'put', 'post', 'delete', 'patch'];

/** `[{ operationId, method, path, codes }]` in spec order; ranges such as `5XX` are left out. */
export function declaredStatuses(document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods
      .filter((method) => item[method]?.operationId)
      .map((method) => ({
        operationId: item[method].operationId,
        method: method.toUpperCase(),
        path,
        codes: Object.keys(item[method].responses ?? {})
          .filter((key) => /^\d{3}$/.test(key))
          .sort((a, b) => Number(a) - Number(b)),
      })),
  );
}

/** A Markdown table with its columns padded, as Biome formats one. */
export function markdownTable(header, rows) {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column].length)),
  );
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

export function statusTable(document) {
  return markdownTable(
    ['operation', 'request', '`Prefer: code=`'],
    declaredStatuses(document).map(({ operationId, method, path, codes }) => [
      operationId,
      `\`${method} ${path}\``,
      codes.join(', '),
    ]),
  );
}
