import { describe, expect, it } from 'vitest';
import { median, ratio, rotation } from './stats.js';

describe('bench statistics', () => {
  it('takes the middle value of an odd sample regardless of order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty sample instead of inventing a figure', () => {
    expect(() => median([])).toThrow(RangeError);
  });

  it('expresses a value as a rounded multiple of its baseline', () => {
    expect(ratio(110, 100)).toBe(1.1);
    expect(ratio(1, 3, 3)).toBe(0.333);
    expect(ratio(5, 0)).toBeNaN();
  });

  it('rotates the running order each round so every contender leads once per cycle', () => {
    const order = ['a', 'b', 'c'];
    expect(rotation(order, 0)).toEqual(['a', 'b', 'c']);
    expect(rotation(order, 1)).toEqual(['b', 'c', 'a']);
    expect(rotation(order, 4)).toEqual(['b', 'c', 'a']);
    expect(new Set([0, 1, 2].map((r) => rotation(order, r)[0]))).toEqual(new Set(order));
  });
});
