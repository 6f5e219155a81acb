/**
 * Maps `items` through `fn` with at most `concurrency` calls in flight; results keep input order.
 * `worker` (0 .. concurrency-1) says which of the concurrent loops runs the call, so a caller can
 * pin each loop to one of several servers: the loops pull from one queue, so a faster server
 * simply takes more items.
 */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number, worker: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const loop = async (worker: number) => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index, worker);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, (_, worker) => loop(worker)));
  return results;
}
