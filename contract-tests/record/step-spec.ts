/**
 * One request of the recorded scenario set, written with placeholders (see `placeholders.ts`).
 * A step says what to send; what comes back is the trace's business, never the step's: the
 * recording of real Logto is the expectation.
 */
export interface StepSpec {
  /** Unique within its scenario; the trace keys the step as `<scenario>/<name>`. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with placeholders, e.g. `/api/organizations/{org}`. */
  path: string;
  /** Query parameters with placeholders; an array repeats the parameter (`?q=a&q=b`). */
  query?: Record<string, string | string[]>;
  /** A JSON template sent as `application/json`. */
  body?: unknown;
  /** Bytes sent verbatim as `application/json` instead of `body` (malformed JSON, oversized bodies). */
  raw?: { text: string } | { oversizedBytes: number };
  /** Which Authorization header: the app's token (default), none, another scheme, garbage, or a token without scope `all`. */
  auth?: 'token' | 'none' | 'basic-scheme' | 'garbage' | 'no-scope';
  /** Values to keep for later steps: placeholder name → JSON pointer into the answer body. */
  save?: Record<string, string>;
  /** Send this many identical requests at once (the trace sorts their answers). */
  concurrent?: number;
  /** Wait this long before sending (expiry is judged by the server's clock). */
  waitMs?: number;
  /** Repeat the same request this many times in a row, recording each answer (rate limits). */
  repeat?: number;
  /**
   * A client-credentials request to `/oidc/token` instead of an API call (method and path must be
   * `POST /oidc/token`): how the app authenticates, with its right or a wrong secret, for the
   * right or an unknown resource, with or without `scope=all`. The trace never holds the secret
   * or the token.
   */
  token?: { clientAuth: 'basic' | 'form'; secret: 'right' | 'wrong'; resource: 'right' | 'unknown'; scope: 'all' | 'none' };
}

export type EmailConnectorNeed = 'present' | 'absent';

export interface ScenarioSpec {
  name: string;
  /** What Logto rule or integration-test assertion this scenario pins down. */
  covers: string[];
  /** Only recorded where the tenant has (or lacks) an e-mail connector. */
  needsEmailConnector?: EmailConnectorNeed;
  steps: StepSpec[];
}
