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
    expect(run.stderr).toContain(
      "bench: a cost is past 30.00 µs (twice the target's margin) in every run (31.00 µs, 31.00 µs, 31.00 µs)",
    );
    expect(run.stderr).toContain('bench: running regressed again (run 3 of 3)...');
    // A target without a smoke limit is reported, never judged.
    expect(run.stderr).not.toContain('a latency');
  });

  it('measures a suite again when one run is past a smoke limit, and passes when the next is not', () => {
    const run = bench('--only', 'noisy', '--smoke');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('bench: a jittery ratio is x1.50, past x1.20; measuring again');
    expect(run.stderr).not.toContain('run 3 of 3');
    expect(run.stdout).toMatch(/a jittery ratio\s+x1\.05\s+x1\.10\s+yes/);
  });

  it('only reports outside the smoke, whatever the figures', () => {
    expect(bench().status).toBe(0);
  });

  it('prints everything as JSON with --json', () => {
    const run = bench('--json', '--smoke');
    const report = JSON.parse(run.stdout);
    expect(report.smoke).toBe(true);
    expect(report.reports.map((suite) => suite.suite)).toEqual(['noisy', 'regressed', 'steady']);
    expect(report.reports[0].targets[0]).toMatchObject({
      runs: [1.5, 1.05],
      grossRegression: false,
    });
    expect(report.reports[1].targets[0]).toMatchObject({ runs: [31, 31, 31] });
    expect(report.reports[1].targets[0]).toMatchObject({ met: false, grossRegression: true });
    expect(report.reports[1].targets[1]).toMatchObject({ met: false, grossRegression: false });
  });
});
