import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const bench = (...args) =>
  spawnSync(
    process.execPath,
    [join(here, 'run.mjs'), '--suites', join(here, 'fixtures'), ...args],
    {
      encoding: 'utf8',
    },
  );

describe('the bench runner', () => {
  it('reports every suite and passes when no figure is past its smoke limit', () => {
    const run = bench('--only', 'steady', '--smoke');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('steady: one row');
    // Past the target, within twice its margin: reported as missed, not a failure.
    expect(run.stdout).toMatch(/a ratio\s+x1\.15\s+x1\.10\s+NO\s+x1\.20/);
  });

  it('fails the smoke on a gross regression, naming the target', () => {
    const run = bench('--smoke');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bench: a cost is 31.00 µs, past 30.00 µs');
    // A target without a smoke limit is reported, never judged.
    expect(run.stderr).not.toContain('a latency');
  });

  it('only reports outside the smoke, whatever the figures', () => {
    expect(bench().status).toBe(0);
  });

  it('prints everything as JSON with --json', () => {
    const run = bench('--json', '--smoke');
    const report = JSON.parse(run.stdout);
    expect(report.smoke).toBe(true);
    expect(report.reports.map((suite) => suite.suite)).toEqual(['regressed', 'steady']);
    expect(report.reports[0].targets[0]).toMatchObject({ met: false, grossRegression: true });
    expect(report.reports[0].targets[1]).toMatchObject({ met: false, grossRegression: false });
  });
});
