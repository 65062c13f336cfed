/** generator/collect-garbage.ts: a full collection on demand, without node's --expose-gc flag. */
import { expect, it } from 'vitest';
import { collectGarbage } from '../../generator/collect-garbage.js';

it('collects an object nothing references any more, now', async () => {
  const ref = (() => new WeakRef({ big: new Array(1_000_000).fill(1) }))();
  // A WeakRef keeps its target for the rest of the job that made or read it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  expect(() => collectGarbage()).not.toThrow();
});
