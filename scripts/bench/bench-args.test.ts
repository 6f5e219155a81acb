import { describe, expect, it } from 'vitest';
import { UsageError } from '../../common/usage-error.js';
import { parseBenchArgs } from './bench-args.js';

describe('parseBenchArgs', () => {
  it('runs every item by default', () => {
    expect(parseBenchArgs([])).toEqual({ only: [1, 2, 3, 4, 5, 6, 7, 8, 9], rounds: undefined, breakdown: true, help: false });
  });

  it('takes --only and --rounds inline or as the next argument', () => {
    expect(parseBenchArgs(['--only=3,1,1', '--rounds', '7', '--no-breakdown'])).toMatchObject({ only: [1, 3], rounds: 7, breakdown: false });
  });

  it('refuses unknown items, bad rounds and unknown flags with a usage error', () => {
    expect(() => parseBenchArgs(['--only=1,10'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--rounds=0'])).toThrow(/whole number/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument/);
    expect(() => parseBenchArgs(['--only'])).toThrow(/needs a value/);
  });
});
