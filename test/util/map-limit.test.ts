import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../generator/map-limit.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapLimit', () => {
  it('keeps item order, whatever order the calls finish in, with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapLimit([30, 5, 20, 1, 10], 2, async (ms) => {
      most = Math.max(most, ++inFlight);
      await sleep(ms);
      inFlight--;
      return ms * 2;
    });
    expect(out).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(2);
  });

  it('throws the error of the first failing item in order, not the first in time', async () => {
    const run = mapLimit([1, 2, 3], 3, async (n) => {
      await sleep(n === 1 ? 30 : 1);
      if (n !== 2) throw new Error(`item ${n}`);
      return n;
    });
    await expect(run).rejects.toThrow('item 1');
  });
});
