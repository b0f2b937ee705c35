// `pnpm bench` and `pnpm bench:smoke`: runs every suite in tools/bench/suites (or --suites DIR),
// or only those named with --only, and prints each one's
// tables and targets, or all of it as JSON with --json. A suite is a module exporting `name` and
// `run({ smoke })`, which resolves to `{ sections: [{ title, columns, rows }], targets }`; a target
// is `{ name, measured, limit, smokeLimit, unit }`, met when measured <= limit. With --smoke the
// suites run short, and the process fails only when a figure is past its smokeLimit (a gross
// regression), never for missing a target by noise; a target without a smokeLimit is one a busy
// machine moves too much to judge, and is only reported. A suite with a figure past its smokeLimit
// is measured again, up to three times in all, and fails only when the same target is past it in
// every run: a busy machine can push one short run past twice a margin, a regression stays.
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
const smokeAttempts = 3;
const reports = [];
for (const file of files) {
  const suite = await import(pathToFileURL(join(suitesDir, file)).href);
  if (flags.only && !flags.only.includes(suite.name)) continue;
  reports.push(await measure(suite));
}

/**
 * One suite's report. Outside the smoke, one run. In the smoke, runs again while some target is
 * past its smokeLimit in every run so far, and marks as a gross regression only a target past it
 * in all of them; the figures shown are the last run's, with every run's figure in `runs`.
 */
async function measure(suite) {
  const history = new Map();
  for (let attempt = 1; ; attempt += 1) {
    if (!flags.json) {
      const again = attempt > 1 ? ` again (run ${attempt} of ${smokeAttempts})` : '';
      process.stderr.write(`bench: running ${suite.name}${again}...\n`);
    }
    const { sections, targets = [] } = await suite.run({ smoke: flags.smoke });
    for (const target of targets) {
      history.set(target.name, [...(history.get(target.name) ?? []), target.measured]);
    }
    const judged = targets.map((target) => judge(target, history.get(target.name)));
    const suspects = judged.filter((target) => target.grossRegression);
    if (!flags.smoke || suspects.length === 0 || attempt === smokeAttempts) {
      return { suite: suite.name, sections, targets: judged };
    }
    for (const target of suspects) {
      process.stderr.write(
        `bench: ${target.name} is ${format(target.measured, target.unit)}, past ` +
          `${format(target.smokeLimit, target.unit)}; measuring again to tell a regression from a busy machine\n`,
      );
    }
  }
}

/** A target with its verdicts; `runs` holds its figure in every run of the suite so far. */
function judge(target, runs) {
  return {
    ...target,
    runs,
    met: target.measured <= target.limit,
    grossRegression:
      target.smokeLimit !== undefined && runs.every((measured) => measured > target.smokeLimit),
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
    const runs = target.runs.map((measured) => format(measured, target.unit)).join(', ');
    console.error(
      `bench: ${target.name} is past ${format(target.smokeLimit, target.unit)} (twice the ` +
        `target's margin) in every run (${runs}): a gross regression`,
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
