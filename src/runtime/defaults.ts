/**
 * Every tunable default of the client, in one place.
 *
 * | key                          | value                            | why                                                                 |
 * |------------------------------|----------------------------------|---------------------------------------------------------------------|
 * | `timeoutMs`                  | 30 000 ms                        | per attempt, from sending the request until its body is read        |
 * | `retry.limit`                | 2 retries (3 attempts in total)  | enough to ride out a deploy or a load-balancer blip                 |
 * | `retry.baseDelayMs`          | 300 ms                           | first back-off ceiling; doubles per attempt (full jitter: 0..ceiling)|
 * | `retry.maxDelayMs`           | 10 000 ms                        | upper bound of a computed back-off delay                             |
 * | `retry.maxRetryAfterMs`      | 60 000 ms                        | a `Retry-After` longer than this is clamped to it                    |
 * | `retry.methods`              | GET, HEAD, PUT, DELETE, OPTIONS  | idempotent methods only; POST is never retried                      |
 * | `retry.statusCodes`          | 408, 429, 502, 503, 504          | answers that mean "try again later", not "your request is wrong"    |
 * | `tokenExpirySkewMs`          | 60 000 ms                        | a cached token is replaced this long before it expires, so a token  |
 * |                              |                                  | never expires in flight (clock drift, slow networks)                |
 * | `resource`                   | `https://default.logto.app/api`  | Logto OSS Management API indicator (Cloud: `https://{tenant}.logto.app/api`) |
 * | `scope`                      | `all`                            | without it Logto issues a token that every Management API call rejects (403) |
 *
 * Network errors are retried like the status codes above (idempotent methods only). Timeouts are
 * not retried, so the worst-case wait of one call stays `timeoutMs`-bounded per attempt that did
 * start; 401 is handled separately (one token refresh, one retry, for every method).
 */
export const DEFAULTS = Object.freeze({
  timeoutMs: 30_000,
  retry: Object.freeze({
    limit: 2,
    baseDelayMs: 300,
    maxDelayMs: 10_000,
    maxRetryAfterMs: 60_000,
    methods: Object.freeze(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'] as const),
    statusCodes: Object.freeze([408, 429, 502, 503, 504] as const),
  }),
  tokenExpirySkewMs: 60_000,
  resource: 'https://default.logto.app/api',
  scope: 'all',
});

export type Defaults = typeof DEFAULTS;
