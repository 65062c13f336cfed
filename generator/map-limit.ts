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
