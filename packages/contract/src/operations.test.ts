import { describe, expect, test } from 'vitest';
import { findOperation, getOperation, listOperations, responseKeyFor } from './operations.js';

describe('listOperations', () => {
  test('indexes every operation of the spec with its method and path', () => {
    const ids = listOperations().map((op) => `${op.method} ${op.path} ${op.operationId}`);
    expect(ids).toContain('POST /v1/sessions createSession');
    expect(ids).toContain('DELETE /v1/callbacks/{event} deleteCallback');
    expect(new Set(listOperations().map((op) => op.operationId)).size).toBe(ids.length);
  });

  test('points at request schemas only where a JSON body is taken', () => {
    expect(getOperation('createSession').requestSchemaPointer).toBe(
      '/paths/~1v1~1sessions/post/requestBody/content/application~1json/schema',
    );
    expect(getOperation('getSession').requestSchemaPointer).toBeUndefined();
  });

  test('follows response $refs to the component that holds the schema', () => {
    expect(getOperation('createSession').responses['201']).toBe(
      '/components/responses/SessionCreated/content/application~1json/schema',
    );
  });
});

describe('findOperation', () => {
  test('matches a concrete URL path to its template', () => {
    expect(findOperation('get', '/v1/sessions/XXX-ABCDE12345/photos')?.operationId).toBe(
      'listSessionPhotos',
    );
    expect(findOperation('PUT', '/v1/callbacks/SESSION:COMPLETE')?.operationId).toBe(
      'updateCallback',
    );
  });

  test('does not match a method the path lacks or an unknown path', () => {
    expect(findOperation('PATCH', '/v1/sessions/XXX')).toBeUndefined();
    expect(findOperation('GET', '/v1/sessions/XXX/unknown')).toBeUndefined();
  });
});

describe('responseKeyFor', () => {
  test('prefers the exact status, then the range', () => {
    const results = getOperation('getSessionResults');
    expect(responseKeyFor(results, 404)).toBe('404');
    expect(responseKeyFor(results, 409)).toBe('409');
    expect(responseKeyFor(results, 418)).toBe('4XX');
    expect(responseKeyFor(getOperation('getSession'), 418)).toBeUndefined();
  });
});

test('getOperation names an unknown id', () => {
  expect(() => getOperation('launchRocket')).toThrow('no operation "launchRocket"');
});
