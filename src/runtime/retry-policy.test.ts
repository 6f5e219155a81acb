import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './defaults.js';
import { backoffDelayMs, isRetryableMethod, isRetryableStatus, resolveRetryPolicy, retryAfterDelayMs } from './retry-policy.js';

const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 });

describe('retry policy', () => {
  it('retries only idempotent methods', () => {
    for (const m of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'get']) expect(isRetryableMethod(policy, m)).toBe(true);
    for (const m of ['POST', 'PATCH']) expect(isRetryableMethod(policy, m)).toBe(false);
  });

  it('retries only 408, 429, 502, 503, 504', () => {
    const retryable = Array.from({ length: 500 }, (_, i) => i + 100).filter((s) => isRetryableStatus(policy, s));
    expect(retryable).toEqual([408, 429, 502, 503, 504]);
  });

  it('uses full jitter under an exponentially growing, capped ceiling', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => backoffDelayMs(policy, i, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(0);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(400);
  });

  it('parses Retry-After seconds and HTTP dates, clamped to [0, maxRetryAfterMs]', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterDelayMs('2', policy, now)).toBe(2_000);
    expect(retryAfterDelayMs('0', policy, now)).toBe(0);
    expect(retryAfterDelayMs('3600', policy, now)).toBe(5_000);
    expect(retryAfterDelayMs('Thu, 01 Jan 2026 00:00:03 GMT', policy, now)).toBe(3_000);
    expect(retryAfterDelayMs('Wed, 31 Dec 2025 23:00:00 GMT', policy, now)).toBe(0);
    expect(retryAfterDelayMs('soon', policy, now)).toBeUndefined();
    expect(retryAfterDelayMs(null, policy, now)).toBeUndefined();
  });

  it('starts from DEFAULTS and lets false disable retries', () => {
    expect(resolveRetryPolicy(undefined)).toMatchObject({ limit: DEFAULTS.retry.limit, baseDelayMs: DEFAULTS.retry.baseDelayMs });
    expect(resolveRetryPolicy(false).limit).toBe(0);
    expect(resolveRetryPolicy({ limit: 5, baseDelayMs: undefined }).baseDelayMs).toBe(DEFAULTS.retry.baseDelayMs);
  });
});
