import { describe, expect, it } from 'vitest';
import { findSummaryLine } from './closing-line.js';

describe('findSummaryLine', () => {
  it('reads the last closing line, with or without skips', () => {
    expect(findSummaryLine(['x', '3 passed, 1 failed', 'done'])).toMatchObject({ passed: 3, failed: 1, skipped: 0 });
    expect(findSummaryLine(['contract:mock: 10 passed, 0 failed, 2 skipped'])).toMatchObject({ passed: 10, failed: 0, skipped: 2 });
  });

  it('returns undefined when a run ended without one', () => {
    expect(findSummaryLine(['Error: boom', ' Tests  3 passed (3)'])).toBeUndefined();
  });
});
