/** generator/analyse/shared-routes.ts: operations one method and URL reach, narrowest first. */
import { describe, expect, it } from 'vitest';
import { findSharedRoutes, pathQuery, routePath } from '../../generator/analyse/shared-routes.js';
import { modelOf } from '../support/model.js';
import { SHARED_ROUTE_SPEC } from '../support/shared-route-spec.js';

describe('findSharedRoutes', () => {
  it('groups paths equal but for parameter names, fragments or a query in the key; the narrowest first', async () => {
    const { model } = await modelOf(SHARED_ROUTE_SPEC);
    const shared = findSharedRoutes(model);
    const members = (id: string) =>
      shared.get(model.operations.find((op) => op.operationId === id)!)?.members.map((op) => op.operationId);
    // Enums of 2 task types before the generic one's 3, though the generic one is declared first.
    expect(members('putEndpoint')).toEqual(['putOpenai', 'putCohere', 'putEndpoint']);
    expect(members('putCohere')).toEqual(['putOpenai', 'putCohere', 'putEndpoint']);
    // A required query parameter and a required body with a required property come first.
    expect(members('updateFile')).toEqual(['addFileLink', 'updateFile']);
    expect(members('searchTeams')).toEqual(['searchUsers', 'searchTeams']);
    expect(members('recentSearches')).toBeUndefined();
  });

  it('keeps methods apart, and reads a trailing slash as the same route', async () => {
    const { model } = await modelOf(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a/{x}: { get: { responses: { '204': { description: none } } }, put: { responses: { '204': { description: none } } } }
  /a/{y}/: { get: { responses: { '204': { description: none } } } }
`);
    const shared = findSharedRoutes(model);
    expect([...shared.keys()].map((op) => `${op.method} ${op.path}`)).toEqual(['get /a/{x}', 'get /a/{y}/']);
  });
});

describe('routePath and pathQuery', () => {
  it('cut a path key at its query or fragment, which a client sends as a query or not at all', () => {
    expect(routePath('/files/{id}#add_link')).toBe('/files/{id}');
    expect(routePath('/search?type=user#x')).toBe('/search');
    expect(pathQuery('/search?type=user&scope=a%20b#x')).toEqual([
      ['type', 'user'],
      ['scope', 'a b'],
    ]);
    expect(pathQuery('/files/{id}#add?x=1')).toEqual([]);
  });
});
