/** How deeply a JSON value nests, measured without recursion. */

/**
 * Whether arrays and objects inside `value` nest deeper than `limit` (`{}` is one level,
 * `{"a": []}` two). Iterative, so any depth is measured without recursing, and it stops at the
 * first node too deep.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, depth } = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) pending.push({ node: child, depth: depth + 1 });
  }
  return false;
}
