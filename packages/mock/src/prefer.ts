// Reads the caller's `Prefer` header: which declared success to answer by default, and whether
// the status and example it asks for are ones the operation declares.
import { type OperationInfo, spec } from '@pave-kit/contract';

/**
 * Prism answers with the lowest 2XX an operation declares. PAVE documents 201 for creating a
 * session and another of its pages shows 200, so the spec declares both; the mock answers
 * with 201, the documented one, unless `Prefer: code=` asks for another. A named example alone
 * (`Prefer: example=...`) still comes with 201.
 */
export function withDefaultStatus(
  operation: OperationInfo,
  prefer: string | undefined,
): string | undefined {
  if (prefer && /\bcode\s*=/.test(prefer)) return prefer;
  if (!('201' in operation.responses)) return prefer;
  return prefer ? `${prefer}, code=201` : 'code=201';
}

type Node = Record<string, unknown>;

function resolve(node: unknown): Node | undefined {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return node as Node | undefined;
  let target: unknown = spec;
  for (const part of ref.slice(2).split('/')) {
    target = (target as Node | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return target as Node | undefined;
}

/** The names of the examples each declared status of the operation carries. */
function examplesByStatus(operation: OperationInfo): Map<string, Set<string>> {
  const paths = (spec as unknown as { paths: Node }).paths;
  const declared = resolve(
    (paths[operation.path] as Node | undefined)?.[operation.method.toLowerCase()],
  );
  const responses = (declared?.responses ?? {}) as Node;
  const byStatus = new Map<string, Set<string>>();
  for (const [status, response] of Object.entries(responses)) {
    const names = new Set<string>();
    for (const media of Object.values((resolve(response)?.content ?? {}) as Node)) {
      for (const name of Object.keys(((media as Node).examples ?? {}) as Node)) names.add(name);
    }
    byStatus.set(status, names);
  }
  return byStatus;
}

function preference(prefer: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|[,;])\\s*${name}\\s*=\\s*("[^"]*"|[^,;\\s]*)`, 'i').exec(prefer);
  return match?.[1]?.replace(/^"|"$/g, '');
}

function statusMatches(declared: string, code: string): boolean {
  return declared === code || (/^[1-5]XX$/i.test(declared) && declared[0] === code[0]);
}

/**
 * Why the mock will not answer this `Prefer` header, or undefined when it will: a status or an
 * example the operation does not declare is the caller's mistake, named in a 400, where Prism
 * would answer with a 404 or a 500 of its own.
 */
export function refusePrefer(operation: OperationInfo, prefer: string | undefined) {
  if (!prefer) return undefined;
  const byStatus = examplesByStatus(operation);
  const statuses = [...byStatus.keys()].filter((status) => status !== 'default');
  const code = preference(prefer, 'code');
  const chosen =
    code === undefined ? undefined : statuses.filter((status) => statusMatches(status, code));
  if (code !== undefined && (!/^\d{3}$/.test(code) || chosen?.length === 0)) {
    return `Prefer: code=${JSON.stringify(code).slice(1, -1)} is not a status ${operation.operationId} declares (declared: ${statuses.join(', ')}).`;
  }
  const example = preference(prefer, 'example');
  if (example === undefined) return undefined;
  const successes = '201' in operation.responses ? ['201'] : statuses.filter((s) => s[0] === '2');
  const inScope = chosen ?? successes;
  const names = new Set(inScope.flatMap((status) => [...(byStatus.get(status) ?? [])]));
  if (names.has(example)) return undefined;
  const where = code === undefined ? operation.operationId : `${operation.operationId} ${code}`;
  const known = names.size > 0 ? [...names].join(', ') : 'none';
  return `Prefer: example=${JSON.stringify(example).slice(1, -1)} is not an example of ${where} (examples: ${known}).`;
}
