/** templates/runtime/msw/handlers.ts: the answer a handler sends, and the seed it makes it from. */
import { describe, expect, it } from 'vitest';
import { fakeResponse, requestSeed } from '../../../templates/runtime/msw/handlers.js';

describe('fakeResponse', () => {
  it('falls back on the next declared success, and says so when nothing validates', async () => {
    const impossible = {
      status: 200,
      mediaType: 'application/json',
      schema: { never: true as const },
      check: () => [{ message: 'must be string', path: ['items', 0, 'name'] }],
    };
    const response = fakeResponse(
      'getX',
      {
        ...impossible,
        next: {
          status: 201,
          mediaType: 'application/json',
          schema: { const: { value: 1 } },
        },
      },
      {},
      1,
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toBe(1);
    const refused = fakeResponse('getX', impossible, {}, 1);
    expect(refused.status).toBe(501);
    // With the first issue of the first value made: where to look in the spec.
    expect(await refused.json()).toEqual({
      message:
        'specforge msw: no fake body of getX passes its validator (items.0.name: must be string); pass a resolver',
    });
  });

  it('answers without a body where the response declares none', () => {
    expect(fakeResponse('deleteX', { status: 204 }, {}, 1).status).toBe(204);
  });
});

describe('requestSeed', () => {
  it('seeds by operation, method, path and query', () => {
    const seed = (url: string, op = 'getUser') => requestSeed(op, new Request(url));
    expect(seed('http://a/users/1?x=1')).toBe(seed('http://b/users/1?x=1'));
    expect(seed('http://a/users/1')).not.toBe(seed('http://a/users/2'));
    expect(seed('http://a/users/1')).not.toBe(seed('http://a/users/1?page=2'));
    expect(seed('http://a/users/1')).not.toBe(seed('http://a/users/1', 'getOther'));
  });
});
