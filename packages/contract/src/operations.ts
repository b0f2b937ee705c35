// An index of the spec's operations: which method and path each one is, and where its request
// and response schemas live, so callers can look an operation up by id or by a concrete URL.
import type { OpenApiDocument, PathItem } from './document-type.js';
import { spec } from './generated/spec.js';
import { escapePointerSegment, pointerSegments } from './json-pointer.js';

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export type HttpMethod = Uppercase<(typeof methods)[number]>;

export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  /** The path template, e.g. `/v1/sessions/{session_key}`. */
  path: string;
  summary: string;
  /** JSON pointer of the JSON request body schema, when the operation takes one. */
  requestSchemaPointer?: string;
  /** Declared status keys (`200`, `4XX`, `default`) mapped to their JSON body schema pointer, if any. */
  responses: Record<string, string | undefined>;
}

function resolveRef<T>(document: OpenApiDocument, value: T): T {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  let node: unknown = document;
  for (const key of pointerSegments(ref.slice(1))) {
    node = (node as Record<string, unknown>)[key];
  }
  return node as T;
}

/** Where the `application/json` schema of a request body or response sits, following a `$ref`. */
function jsonSchemaPointer(
  document: OpenApiDocument,
  at: string,
  value: unknown,
): string | undefined {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  const base = typeof ref === 'string' ? ref.slice(1) : at;
  const resolved = resolveRef(document, value) as
    | { content?: Record<string, { schema?: unknown }> }
    | undefined;
  if (!resolved?.content?.['application/json']?.schema) return undefined;
  return `${base}/content/${escapePointerSegment('application/json')}/schema`;
}

export function indexOperations(document: OpenApiDocument): OperationInfo[] {
  const found: OperationInfo[] = [];
  for (const [path, item] of Object.entries(document.paths) as [string, PathItem][]) {
    for (const method of methods) {
      const operation = item[method] as
        | { operationId?: string; summary?: string; requestBody?: unknown; responses?: object }
        | undefined;
      if (!operation?.operationId) continue;
      const at = `/paths/${escapePointerSegment(path)}/${method}`;
      const responses: Record<string, string | undefined> = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        responses[status] = jsonSchemaPointer(
          document,
          `${at}/responses/${escapePointerSegment(status)}`,
          response,
        );
      }
      const requestSchemaPointer = operation.requestBody
        ? jsonSchemaPointer(document, `${at}/requestBody`, operation.requestBody)
        : undefined;
      found.push({
        operationId: operation.operationId,
        method: method.toUpperCase() as HttpMethod,
        path,
        summary: operation.summary ?? '',
        ...(requestSchemaPointer ? { requestSchemaPointer } : {}),
        responses,
      });
    }
  }
  return found;
}

let cached: OperationInfo[] | undefined;

/** Every operation of the PAVE spec, in the order the spec lists them. */
export function listOperations(): OperationInfo[] {
  cached ??= indexOperations(spec);
  return cached;
}

export function getOperation(operationId: string): OperationInfo {
  const operation = listOperations().find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`The PAVE spec has no operation "${operationId}"`);
  return operation;
}

function templateToRegExp(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}/?$`);
}

/** The operation that serves a concrete request, e.g. `GET /v1/sessions/ABC-1/photos`. */
export function findOperation(method: string, pathname: string): OperationInfo | undefined {
  const upper = method.toUpperCase();
  return listOperations().find(
    (operation) => operation.method === upper && templateToRegExp(operation.path).test(pathname),
  );
}

/** The declared response that covers a status: the exact code, then its `NXX` range, then `default`. */
export function responseKeyFor(operation: OperationInfo, status: number): string | undefined {
  const exact = String(status);
  const range = `${exact[0]}XX`;
  return [exact, range, range.toLowerCase(), 'default'].find((key) => key in operation.responses);
}
