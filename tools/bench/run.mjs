// `pnpm bench` and `pnpm bench:smoke`: runs every suite in tools/bench/suites (or --suites DIR),
// or only those named with --only, and prints each one's
// tables and targets, or all of it as JSON with --json. A suite is a module exporting `name` and
// `run({ smoke })`, which resolves to `{ sections: [{ title, columns, rows }], targets }`; a target
// is `{ name, measured, limit, smokeLimit, unit }`, met when measured <= limit. With --smoke the
// suites run short, and the process fails only when a figure is past its smokeLimit (a gross
// regression), never for missing a target by noise; a target without a smokeLimit is one a busy
// machine moves too much to judge, and is only reported.
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    suites: { type: 'string' },
  },
});

const suitesDir = flags.suites
  ? resolve(flags.suites)
  : join(dirname(fileURLToPath(import.meta.url)), 'suites');
const files = (await readdir(suitesDir)).filter((file) => file.endsWith('.mjs')).sort();
const reports = [];
for (const file of files) {
  const suite = await import(pathToFileURL(join(suitesDir, file)).href);
  if (flags.only && !flags.only.includes(suite.name)) continue;
  if (!flags.json) process.stderr.write(`bench: running ${suite.name}...\n`);
  const { sections, targets = [] } = await suite.run({ smoke: flags.smoke });
  reports.push({ suite: suite.name, sections, targets: targets.map(judge) });
}

function judge(target) {
  return {
    ...target,
    met: target.measured <= target.limit,
    grossRegression: target.smokeLimit !== undefined && target.measured > target.smokeLimit,
  };
}

const failures = reports.flatMap(({ targets }) =>
  targets.filter((target) => flags.smoke && target.grossRegression),
);

if (flags.json) {
  console.log(JSON.stringify({ smoke: flags.smoke, reports }, null, 2));
} else {
  for (const { suite, sections, targets } of reports) {
    for (const section of sections) printTable(`${suite}: ${section.title}`, section);
    if (targets.length > 0) printTargets(suite, targets);
  }
}
if (failures.length > 0) {
  for (const target of failures) {
    console.error(
      `bench: ${target.name} is ${format(target.measured, target.unit)}, past ` +
        `${format(target.smokeLimit, target.unit)} (twice the target's margin): a gross regression`,
    );
  }
  process.exitCode = 1;
}

function printTable(title, { columns, rows, note }) {
  console.log(`\n${title}${note ? `\n${note}` : ''}\n`);
  const cells = rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...cells.map((row) => row[index].length)),
  );
  const line = (values) =>
    values
      .map((value, index) =>
        index === 0 ? value.padEnd(widths[index]) : value.padStart(widths[index]),
      )
      .join('  ');
  console.log(line(columns));
  for (const row of cells) console.log(line(row));
}

function printTargets(suite, targets) {
  printTable(`${suite}: targets`, {
    columns: ['target', 'measured', 'limit', 'met', 'smoke fails past'],
    rows: targets.map((target) => ({
      target: target.name,
      measured: format(target.measured, target.unit),
      limit: format(target.limit, target.unit),
      met: target.met ? 'yes' : 'NO',
      'smoke fails past':
        target.smokeLimit === undefined ? '(not judged)' : format(target.smokeLimit, target.unit),
    })),
  });
}

function format(value, unit) {
  if (unit === 'x') return `x${value.toFixed(2)}`;
  return `${value.toFixed(2)} ${unit}`;
}
