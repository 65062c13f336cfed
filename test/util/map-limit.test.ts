import { describe, expect, it } from 'vitest';
import { mapLimit, mapWeighted } from '../../generator/map-limit.js';

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

describe('mapWeighted', () => {
  /** Runs items (their weights) with a capacity; returns the results and the heaviest load seen in flight. */
  async function run(weights: number[], capacity: number) {
    let load = 0;
    let heaviest = 0;
    const started: number[] = [];
    const out = await mapWeighted(
      weights,
      2,
      capacity,
      (w) => w,
      async (w) => {
        started.push(w);
        load += w;
        heaviest = Math.max(heaviest, load);
        await sleep(5);
        load -= w;
        return w * 10;
      },
    );
    return { out, heaviest, started };
  }

  it('keeps the load in flight within the capacity, lighter items going ahead of one that does not fit', async () => {
    const { out, heaviest, started } = await run([50, 50, 20, 5, 5], 64);
    expect(out).toEqual([500, 500, 200, 50, 50]);
    expect(heaviest).toBeLessThanOrEqual(64);
    // The second 50 waits for the first; the 5s run beside it meanwhile.
    expect(started.slice(0, 2)).toEqual([50, 5]);
  });

  it('runs an item heavier than the capacity alone, and pairs items while they fit', async () => {
    const alone = await run([100, 1, 1], 64);
    expect(alone.out).toEqual([1000, 10, 10]);
    expect(alone.heaviest).toBe(100);
    expect((await run([30, 30, 30], 64)).heaviest).toBe(60);
  });

  it('throws the error of the first failing item in order', async () => {
    const failing = mapWeighted(
      [3, 2, 1],
      2,
      10,
      (n) => n,
      async (n) => {
        await sleep(n * 5);
        if (n !== 2) throw new Error(`item ${n}`);
        return n;
      },
    );
    await expect(failing).rejects.toThrow('item 3');
  });
});
