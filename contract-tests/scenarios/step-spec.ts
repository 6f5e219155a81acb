/**
 * One request of a scenario, written with placeholders (see `placeholders.ts`). A step says what
 * to send and, where a value matters, what must come back (`expect`): the live suite checks it on
 * every run, the recorder writes it into the trace beside the answer, and CI checks it again
 * offline on what real Logto answered. Everything else about the answer is the trace's business:
 * the recording of real Logto is the expectation.
 */
export interface StepSpec {
  /** Unique within its scenario; the trace keys the step as `<scenario>/<name>`. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with placeholders, e.g. `/api/organizations/{org}`. */
  path: string;
  /** Query parameters; a list sends the parameter once per value (`?a=1&a=2`). */
  query?: Record<string, string | string[]>;
  /** A JSON template sent as `application/json`. */
  body?: unknown;
  /** Bytes sent verbatim as `application/json` instead of `body` (malformed JSON, oversized bodies). */
  raw?: { text: string } | { oversizedBytes: number };
  /** Which Authorization header: the app's token (default), none, another scheme, garbage, or a token without scope `all`. */
  auth?: 'token' | 'none' | 'basic-scheme' | 'garbage' | 'no-scope';
  /** Values to keep for later steps: placeholder name → JSON pointer into the answer body (a string or number). */
  save?: Record<string, string>;
  /** JSON values to keep for later steps (`{json:name}`): name → JSON pointer into the answer body. */
  keep?: Record<string, string>;
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
  /** What must be true of the answer (of every answer, for `repeat` and `concurrent` steps). */
  expect?: StepExpectation;
  /**
   * The steps after it rely on this answer meeting its expectation: when it does not, the scenario
   * stops here. For a `changesSettings` scenario's first look at the tenant (no Korean phrases,
   * no captcha provider yet), so a tenant that is not as expected is left untouched.
   */
  precondition?: boolean;
  /** The request breaks the spec on purpose (a negative check): a Prism proxy's request violations are expected. */
  invalid?: boolean;
}

/**
 * The values that matter in an answer, as templates filled like the request (`{app}` is the id an
 * earlier step saved, `{run:app}` the run-prefixed name). JSON pointers point into the body;
 * `''` is the body itself.
 */
export interface StepExpectation {
  /** The status the step must get: the documented success, or the error a negative step provokes. */
  status: number;
  /** Values at pointers, compared as JSON. */
  values?: Record<string, unknown>;
  /** An array at `at` (default: the body) holds an element whose values at the given pointers are these. */
  holds?: ElementMatch[];
  /** An array at `at` (default: the body) holds no element matching these. */
  lacks?: ElementMatch[];
  /** Lengths of arrays at pointers. */
  length?: Record<string, number>;
  /** JSON types of the values at pointers, where the value itself is the server's to choose (a new key, a status that depends on its configuration). */
  types?: Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null'>;
  /** Header values (lower-case names), e.g. `{ 'total-number': '2' }`; `null` = the header is absent. */
  headers?: Record<string, string | null>;
}

export interface ElementMatch {
  /** Pointer of the array; default the body. */
  at?: string;
  /** Pointer (inside an element) → value. */
  where: Record<string, unknown>;
}

type EmailConnectorNeed = 'present' | 'absent';

export interface ScenarioSpec {
  name: string;
  /** The spec tag whose operations the scenario is about (the coverage report groups by it). */
  tag?: string;
  /** What Logto rule or integration-test assertion this scenario pins down. */
  covers: string[];
  /** Only recorded where the tenant has (or lacks) an e-mail connector. */
  needsEmailConnector?: EmailConnectorNeed;
  /**
   * Only run where the server offers this connector factory (by id), e.g. Logto's
   * `mock-social-connector`, which only Logto's own test setups link.
   */
  needsConnectorFactory?: string;
  /**
   * Changes a tenant-wide setting (sign-in experience, password policy, ...): runs only when the
   * run may change settings (LOGTO_CONTRACT_ALLOW_SETTINGS=1), after a snapshot that is restored
   * when it ends.
   */
  changesSettings?: boolean;
  steps: StepSpec[];
}
