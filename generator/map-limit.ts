/**
 * `items.map(fn)` with at most `limit` calls in flight, results in `items` order. Used where work is
 * concurrent but output must not depend on timing (reading `$ref`'d files, formatting chunks).
 * If calls fail, the error of the first failing item in `items` order is thrown, never the first
 * in time, so even the message is deterministic.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  const errors = new Map<number, unknown>();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!);
      } catch (error) {
        errors.set(i, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.size) throw errors.get(Math.min(...errors.keys()));
  return out;
}

/**
 * `mapLimit` for items of uneven cost: an item starts only while the `weight` of those in flight
 * stays within `capacity` (or when nothing is in flight, so one heavier than `capacity` still
 * runs, alone). Items are started in `items` order, a lighter one going ahead of one that does not
 * fit yet; results and errors are by `items` order as in `mapLimit`.
 */
export async function mapWeighted<T, R>(
  items: readonly T[],
  limit: number,
  capacity: number,
  weight: (item: T) => number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  const errors = new Map<number, unknown>();
  const pending = items.map((_, i) => i);
  const running = new Set<Promise<void>>();
  let load = 0;
  while (pending.length > 0 || running.size > 0) {
    for (let k = 0; k < pending.length && running.size < limit;) {
      const i = pending[k]!;
      const w = weight(items[i]!);
      if (running.size > 0 && load + w > capacity) {
        k++;
        continue;
      }
      pending.splice(k, 1);
      load += w;
      const run: Promise<void> = fn(items[i]!)
        .then(
          (result) => void (out[i] = result),
          (error: unknown) => void errors.set(i, error),
        )
        .finally(() => {
          load -= w;
          running.delete(run);
        });
      running.add(run);
    }
    if (running.size > 0) await Promise.race(running);
  }
  if (errors.size) throw errors.get(Math.min(...errors.keys()));
  return out;
}
