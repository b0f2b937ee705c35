/** How deeply a JSON value nests, measured without recursion: the guard before any recursive walk. */

/**
 * Whether arrays and objects inside `value` nest deeper than `limit` (`{}` is one level,
 * `{"a": []}` two). Iterative, so any depth is measured without recursing, and it stops at the
 * first node too deep.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  // Containers still to look into, and the depth of each, side by side: no object per node.
  const containers: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    containers.push(value);
    depths.push(1);
  }
  for (let container = containers.pop(); container !== undefined; container = containers.pop()) {
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    for (const child of Object.values(container)) {
      if (typeof child === 'object' && child !== null) {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
