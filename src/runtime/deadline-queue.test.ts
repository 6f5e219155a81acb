import { describe, expect, it } from 'vitest';
import { DeadlineEntry, DeadlineQueue } from './deadline-queue.js';

class Probe extends DeadlineEntry {
  expiredAt: number | undefined;
  constructor(readonly name: string, private readonly log: string[]) {
    super();
  }
  expire(): void {
    this.expiredAt = performance.now();
    this.log.push(this.name);
  }
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('DeadlineQueue', () => {
  it('expires entries in the order they joined, none before its deadline', async () => {
    const log: string[] = [];
    const queue = new DeadlineQueue(40);
    const a = new Probe('a', log);
    const b = new Probe('b', log);
    const addedA = performance.now();
    queue.add(a);
    await wait(15);
    const addedB = performance.now();
    queue.add(b);
    await wait(120);
    expect(log).toEqual(['a', 'b']);
    expect((a.expiredAt ?? 0) - addedA).toBeGreaterThanOrEqual(39);
    expect((b.expiredAt ?? 0) - addedB).toBeGreaterThanOrEqual(39);
  });

  it('never expires an entry that left, and still expires the ones after it', async () => {
    const log: string[] = [];
    const queue = new DeadlineQueue(30);
    const first = new Probe('first', log);
    const middle = new Probe('middle', log);
    const last = new Probe('last', log);
    queue.add(first);
    queue.add(middle);
    queue.add(last);
    queue.remove(first);
    queue.remove(middle);
    queue.remove(middle); // leaving twice is harmless
    await wait(100);
    expect(log).toEqual(['last']);
  });

  it('serves entries that join after the queue emptied', async () => {
    const log: string[] = [];
    const queue = new DeadlineQueue(20);
    const early = new Probe('early', log);
    queue.add(early);
    queue.remove(early);
    await wait(30);
    queue.add(new Probe('late', log));
    await wait(80);
    expect(log).toEqual(['late']);
  });

  it('waits past the longest setTimeout delay without firing early or overflowing the timer', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on('warning', onWarning);
    const log: string[] = [];
    const queue = new DeadlineQueue(2 ** 31 + 1_000);
    const entry = new Probe('far', log);
    try {
      queue.add(entry);
      await wait(50);
    } finally {
      queue.remove(entry);
      process.off('warning', onWarning);
    }
    expect(log).toEqual([]);
    // Node answers a delay above 2^31 - 1 ms with a TimeoutOverflowWarning and a 1 ms timer.
    expect(warnings).not.toContain('TimeoutOverflowWarning');
  });
});
