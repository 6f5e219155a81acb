import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

// The queue's clock (performance.now) and its timer are faked: each test moves time itself.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DeadlineQueue', () => {
  it('expires entries in the order they joined, each exactly at its deadline and not before', () => {
    const log: string[] = [];
    const queue = new DeadlineQueue(40);
    const a = new Probe('a', log);
    const b = new Probe('b', log);
    const addedA = performance.now();
    queue.add(a);
    vi.advanceTimersByTime(15);
    const addedB = performance.now();
    queue.add(b);
    vi.advanceTimersByTime(24);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['a']);
    expect((a.expiredAt ?? 0) - addedA).toBe(40);
    vi.advanceTimersByTime(14);
    expect(log).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['a', 'b']);
    expect((b.expiredAt ?? 0) - addedB).toBe(40);
  });

  it('never expires an entry that left, and still expires the ones after it', () => {
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
    vi.advanceTimersByTime(1_000);
    expect(log).toEqual(['last']);
  });

  it('serves entries that join after the queue emptied', () => {
    const log: string[] = [];
    const queue = new DeadlineQueue(20);
    const early = new Probe('early', log);
    queue.add(early);
    queue.remove(early);
    vi.advanceTimersByTime(30);
    queue.add(new Probe('late', log));
    vi.advanceTimersByTime(19);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['late']);
  });

  it('waits past the longest setTimeout delay without firing early or overflowing the timer', () => {
    const log: string[] = [];
    const timeoutMs = 2 ** 31 + 1_000;
    const queue = new DeadlineQueue(timeoutMs);
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const entry = new Probe('far', log);
    queue.add(entry);
    // Node answers a delay above 2^31 - 1 ms with a TimeoutOverflowWarning and a 1 ms timer: every timer stays within it.
    expect(spy).toHaveBeenCalled();
    expect(spy.mock.calls.every(([, delay]) => typeof delay === 'number' && delay <= 2 ** 31 - 1)).toBe(true);
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(timeoutMs - (2 ** 31 - 1) - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['far']);
    spy.mockRestore();
  });
});
