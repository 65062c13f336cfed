/** templates/runtime/msw/handlers.ts: the answer a handler sends, and the seed it makes it from. */
import { describe, expect, it } from 'vitest';
import { fakeResponse, requestSeed } from '../../../templates/runtime/msw/handlers.js';

describe('fakeResponse', () => {
  it('falls back on the next declared success, and says so when nothing validates', async () => {
    const impossible = {
      status: 200,
      mediaType: 'application/json',
      schema: { never: true as const },
      check: () => [{ message: 'no' }],
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
    expect(await refused.text()).toContain('no fake body of getX passes its validator');
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
