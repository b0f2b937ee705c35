import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { root, specPath } from './emit.mjs';
import { endMarker, startMarker, withTable } from './readme-statuses.mjs';
import { declaredStatuses, markdownTable, statusTable } from './status-table.mjs';

const spec = parse(readFileSync(specPath, 'utf8'));
const statuses = declaredStatuses(spec);
const codesOf = (operationId) => statuses.find((entry) => entry.operationId === operationId)?.codes;

describe('declaredStatuses', () => {
  test('lists the exact codes of each operation, not its ranges', () => {
    expect(codesOf('createSession')).toEqual(['200', '201', '400', '401', '429', '500', '503']);
    expect(codesOf('getSession')).not.toContain('400');
    expect(codesOf('createSession')).not.toContain('404');
    expect(statuses.flatMap((entry) => entry.codes).every((code) => /^\d{3}$/.test(code))).toBe(
      true,
    );
  });

  test('covers every operation of the spec', () => {
    expect(statuses.map((entry) => entry.operationId)).toContain('deleteCallback');
    expect(statuses).toHaveLength(12);
  });
});

test('markdownTable pads every column to its widest cell', () => {
  expect(markdownTable(['a', 'bb'], [['ccc', 'd']])).toBe(
    ['| a   | bb |', '| --- | -- |', '| ccc | d  |'].join('\n'),
  );
});

test('withTable replaces only the marked block, and names a README without one', () => {
  const readme = `intro\n${startMarker}\n\nold\n\n${endMarker}\nrest\n`;
  expect(withTable(readme, 'new', 'X.md')).toBe(
    `intro\n${startMarker}\n\nnew\n\n${endMarker}\nrest\n`,
  );
  expect(() => withTable('no block', 'new', 'X.md')).toThrow('X.md has no');
});

/** Every README of the workspace: the root's, and each package's and app's. */
function readmePaths() {
  const nested = ['packages', 'apps'].flatMap((folder) =>
    readdirSync(resolve(root, folder)).map((name) => `${folder}/${name}/README.md`),
  );
  return ['README.md', 'openapi/README.md', ...nested].filter((path) => {
    try {
      readFileSync(resolve(root, path));
      return true;
    } catch {
      return false;
    }
  });
}

describe('the READMEs advise only declared codes', () => {
  // Advice outside the generated table names no operation, so it must hold for every one. A
  // command line (`pave sessions get KEY --prefer code=404`) names its operation, so it is left out.
  const everywhere = statuses
    .map((entry) => entry.codes)
    .reduce((common, codes) => common.filter((code) => codes.includes(code)));

  test.each(readmePaths())('%s', (path) => {
    const text = readFileSync(resolve(root, path), 'utf8');
    const start = text.indexOf(startMarker);
    const prose = start === -1 ? text : text.slice(0, start) + text.slice(text.indexOf(endMarker));
    const advised = [...prose.matchAll(/(?<!--prefer )code=(\d{3})/g)].map((match) => match[1]);
    expect(advised.filter((code) => !everywhere.includes(code))).toEqual([]);
    if (start !== -1) expect(text).toContain(statusTable(spec));
  });
});
