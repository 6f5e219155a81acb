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

/**
 * Like `mapConcurrent`, with the items dealt out to `groups` lanes (e.g. one per server) by
 * `laneOf`, `perLane` calls in flight on each: a lane takes its own items in order, and once they
 * are gone takes over the last waiting item of the lane with the most left, so no lane idles
 * while another has work; unless `share` is false (an item can only run on its own lane, e.g. a
 * server that alone serves it). `fn` gets the lane a call runs on.
 */
export async function mapByLane<T, R>(
  items: readonly T[],
  lanes: number,
  perLane: number,
  laneOf: (item: T, index: number) => number,
  fn: (item: T, index: number, lane: number) => Promise<R>,
  share = true,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const queues: number[][] = Array.from({ length: Math.max(1, lanes) }, () => []);
  items.forEach((item, index) => queues[laneOf(item, index) % queues.length]?.push(index));
  const heads = queues.map(() => 0);
  const take = (lane: number): number | undefined => {
    const own = queues[lane] as number[];
    if ((heads[lane] as number) < own.length) return own[(heads[lane] as number)++];
    if (!share) return undefined;
    let fullest = -1;
    for (let other = 0; other < queues.length; other++) {
      const left = (queues[other] as number[]).length - (heads[other] as number);
      if (left > 0 && (fullest === -1 || left > (queues[fullest] as number[]).length - (heads[fullest] as number))) fullest = other;
    }
    return fullest === -1 ? undefined : (queues[fullest] as number[]).pop();
  };
  const loop = async (lane: number): Promise<void> => {
    for (let index = take(lane); index !== undefined; index = take(lane)) results[index] = await fn(items[index] as T, index, lane);
  };
  await Promise.all(queues.flatMap((_, lane) => Array.from({ length: Math.max(1, perLane) }, () => loop(lane))));
  return results;
}
