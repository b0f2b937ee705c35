// What the release test asks of a command a consumer ran: its exit code and what it printed.

/**
 * @param {string} what the step, as the failure names it
 * @param {{ code: number | null | undefined, output: string, project: string }} run
 * @param {{ code: number, prints?: Array<string | RegExp> }} expected
 */
export function expectRun(what, run, { code, prints = [] }) {
  const missing = prints.filter((text) =>
    typeof text === 'string' ? !run.output.includes(text) : !text.test(run.output),
  );
  if (run.code !== code || missing.length > 0) {
    const wanted = [`exit ${code}`, ...missing.map((text) => `output with ${String(text)}`)];
    throw new Error(
      `${run.project}: ${what}: expected ${wanted.join(', ')}; got exit ${run.code}:\n${run.output}`,
    );
  }
  console.log(`ok (${run.project}): ${what}`);
}
