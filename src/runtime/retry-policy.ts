import { DEFAULTS } from './defaults.js';

export interface RetryOptions {
  /** Retries after the first attempt; 0 disables retrying. */
  limit: number;
  /** Back-off ceiling of the first retry; doubles per retry. */
  baseDelayMs: number;
  /** Upper bound of a computed back-off delay. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is clamped to it. */
  maxRetryAfterMs: number;
}

export interface RetryPolicy extends RetryOptions {
  methods: readonly string[];
  statusCodes: readonly number[];
}

export function resolveRetryPolicy(options: Partial<RetryOptions> | false | undefined): RetryPolicy {
  const base: RetryPolicy = { ...DEFAULTS.retry };
  if (options === false) return { ...base, limit: 0 };
  return { ...base, ...definedOnly(options ?? {}) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function isRetryableMethod(policy: RetryPolicy, method: string): boolean {
  return policy.methods.includes(method.toUpperCase());
}

export function isRetryableStatus(policy: RetryPolicy, status: number): boolean {
  return policy.statusCodes.includes(status);
}

/** Exponential back-off with full jitter: uniform in [0, min(maxDelay, base * 2^retryIndex)]. */
export function backoffDelayMs(policy: RetryPolicy, retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/**
 * Parses `Retry-After` (delta-seconds or an HTTP date) into a delay, clamped to
 * `[0, maxRetryAfterMs]`. Undefined when the header is absent or unparsable.
 */
export function retryAfterDelayMs(header: string | null, policy: RetryPolicy, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  let delay: number;
  if (/^\d+(\.\d+)?$/.test(value)) {
    delay = Number(value) * 1000;
  } else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
    delay = at - now;
  }
  return Math.min(Math.max(0, Math.ceil(delay)), policy.maxRetryAfterMs);
}
