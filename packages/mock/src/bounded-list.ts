// The lists a running mock keeps for its user (requests served, violations, webhook attempts)
// grow with every request, and a mock is left running for days: each keeps its newest entries only.

/**
 * Appends `item`, and once `list` holds more than `max` entries drops its oldest tenth, so that
 * it never holds more than `max` and trimming costs one move per `max / 10` appends.
 */
export function pushBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - Math.floor(max * 0.9));
}
