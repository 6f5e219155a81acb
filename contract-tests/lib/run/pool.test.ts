import { describe, expect, it } from 'vitest';
import { mapByLane, mapConcurrent } from './pool.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('mapConcurrent', () => {
  it('keeps input order and never has more than `concurrency` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapConcurrent([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight -= 1;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });
});

describe('mapByLane', () => {
  it('sends each item down its lane, in order, and keeps input order in the results', async () => {
    const seen: string[] = [];
    const items = ['a1', 'b1', 'a2', 'b2', 'a3', 'b3'];
    const results = await mapByLane(items, 2, 1, (item) => (item.startsWith('a') ? 0 : 1), async (item, index, lane) => {
      seen.push(`${lane}:${item}`);
      await tick();
      return `${item}@${index}`;
    });
    expect(results).toEqual(['a1@0', 'b1@1', 'a2@2', 'b2@3', 'a3@4', 'b3@5']);
    expect(seen.filter((s) => s.startsWith('0:'))).toEqual(['0:a1', '0:a2', '0:a3']);
    expect(seen.filter((s) => s.startsWith('1:'))).toEqual(['1:b1', '1:b2', '1:b3']);
  });

  it('lets a lane whose own items are done take the last waiting items of the fullest lane', async () => {
    const lanes: number[] = [];
    // Lane 1 owns one item, lane 0 seven: lane 1 finishes and takes from the end of lane 0's queue.
    const items = [0, 0, 0, 0, 0, 0, 0, 1];
    await mapByLane(items, 2, 1, (lane) => lane, async (_item, index, lane) => {
      lanes[index] = lane;
      await tick();
    });
    expect(lanes.slice(0, 2)).toEqual([0, 0]);
    expect(lanes[7]).toBe(1);
    expect(lanes.filter((lane) => lane === 1).length).toBeGreaterThan(1);
    expect(lanes[6]).toBe(1);
  });

  it('has `perLane` calls in flight on each lane', async () => {
    const inFlight = [0, 0];
    const most = [0, 0];
    await mapByLane(Array.from({ length: 20 }, (_, i) => i), 2, 3, (i) => i % 2, async (_item, _index, lane) => {
      inFlight[lane] = (inFlight[lane] ?? 0) + 1;
      most[lane] = Math.max(most[lane] ?? 0, inFlight[lane] ?? 0);
      await tick();
      inFlight[lane] = (inFlight[lane] ?? 0) - 1;
    });
    expect(most).toEqual([3, 3]);
  });

  it('keeps every item on its own lane when lanes may not share (each server alone serves its items)', async () => {
    const lanes: number[] = [];
    // The same lopsided split as above: lane 1 runs out first, and must still take nothing of lane 0's.
    const items = [0, 0, 0, 0, 0, 0, 0, 1];
    await mapByLane(
      items,
      2,
      1,
      (lane) => lane,
      async (_item, index, lane) => {
        lanes[index] = lane;
        await tick();
      },
      false,
    );
    expect(lanes).toEqual(items);
  });
});
