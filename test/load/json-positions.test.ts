/** The loader's depth guard: where a document's nesting first passes the limit, strings skipped. */
import { describe, expect, it } from 'vitest';
import { depthExceededAt } from '../../generator/load/json-positions.js';

describe('depthExceededAt', () => {
  it.each([
    ['[[1]]', 2, -1],
    ['[[[1]]]', 2, 2],
    ['{"a":{"b":[1]}}', 2, 10],
    ['{"a":"[[[[[["}', 1, -1],
    ['{"a":"\\"[[[["}', 1, -1],
    ['[1],[2],[3]', 1, -1],
  ])('%s with a limit of %i: %i', (text, limit, at) => {
    expect(depthExceededAt(text, limit)).toBe(at);
  });

  it('finds the first level too deep of a hostile document without building it', () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(depthExceededAt(text, 10_000)).toBe(10_000);
  });
});
