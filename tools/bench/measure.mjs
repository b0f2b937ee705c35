// Timing helpers every bench suite shares. Cases are measured in interleaved rounds, so a change in
// the machine's load during the run hits every case alike, and each figure is read as a ratio
// against a baseline measured in the same rounds.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `share` (0-1) of the values fall. */
export function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/**
 * Wall time of each call, in milliseconds: `count` sequential calls of each case per round,
 * `rounds` rounds, the cases taking turns. Returns, per case, every call's time (`samples`) and
 * the process's CPU time per call in each round (`cpu`, microseconds), which a busy machine
 * stretches far less than wall time.
 */
export async function latencies(cases, { rounds, count, warmup }) {
  for (const { send } of cases) for (let i = 0; i < warmup; i += 1) await send();
  const results = cases.map(() => ({ samples: [], cpu: [] }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { send }] of cases.entries()) {
      const before = process.cpuUsage();
      for (let i = 0; i < count; i += 1) {
        const started = performance.now();
        await send();
        results[index].samples.push(performance.now() - started);
      }
      const { user, system } = process.cpuUsage(before);
      results[index].cpu.push((user + system) / count);
    }
  }
  return results;
}

/**
 * Microseconds of this process's CPU time per call (user + system, so time spent waiting for a
 * busy machine's cores is not counted), one figure per round and case. `send` may return a
 * promise; calls are sequential.
 */
export async function cpuPerCall(cases, { rounds, count, warmup }) {
  for (const { send } of cases) for (let i = 0; i < warmup; i += 1) await send();
  const figures = cases.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { send }] of cases.entries()) {
      const before = process.cpuUsage();
      for (let i = 0; i < count; i += 1) await send();
      const { user, system } = process.cpuUsage(before);
      figures[index].push((user + system) / count);
    }
  }
  return figures;
}

/** As `cpuPerCall`, for synchronous work too short to await: no promise per call is measured. */
export function cpuPerSyncCall(cases, { rounds, count, warmup }) {
  for (const { send } of cases) for (let i = 0; i < warmup; i += 1) send();
  const figures = cases.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { send }] of cases.entries()) {
      const before = process.cpuUsage();
      for (let i = 0; i < count; i += 1) send();
      const { user, system } = process.cpuUsage(before);
      figures[index].push((user + system) / count);
    }
  }
  return figures;
}
