/**
 * The generic phase's checks: what each one sends and what it expects back. Every answer also
 * gets the four response checks of every live request (documented status, content type, body
 * schema, no 5xx); the expectation below is on top of them.
 */
export const GENERIC_CHECKS = {
  missing_token: 'no Authorization header: 401',
  garbage_token: 'a Bearer token that is not a token: 401',
  missing_scope: 'a valid token issued without scope "all": 403',
  collection_read: 'every GET without path parameters, smallest page size: the token accepted (not 401/403)',
  unknown_id: 'every GET, PUT, PATCH and DELETE by an id that cannot exist: refused with a 4xx other than 401/403 (404, 400, a 422 from a check that comes first), or for a GET an empty answer',
} as const;

export type GenericCheck = keyof typeof GENERIC_CHECKS;

export const GENERIC_CHECK_NAMES = Object.keys(GENERIC_CHECKS) as GenericCheck[];

/** Which credential a generic request carries. `run` is the run's own token (scope `all`). */
export type GenericCredential = 'none' | 'garbage' | 'scopeless' | 'run';

export const CREDENTIAL_OF: Record<GenericCheck, GenericCredential> = {
  missing_token: 'none',
  garbage_token: 'garbage',
  missing_scope: 'scopeless',
  collection_read: 'run',
  unknown_id: 'run',
};

/** What came back, as far as the expectations look. */
interface GenericAnswer {
  status: number;
  /** The parsed JSON body; undefined when there is none. */
  json: unknown;
}

/**
 * Whether an answer meets its check's expectation (on top of the four response checks, which
 * judge whether the status and body are documented): `undefined` when it does, else what was
 * expected. An id that cannot exist must be refused (404 not found, 400 malformed: an id outside
 * an enum; 422 when a check the server makes first fails, e.g. Logto's "must be a member of the
 * organization"), and a GET of what lies under it may instead answer nothing (Logto lists the
 * users of an organization that does not exist as `[]`); a 2xx with data, or a 2xx write, would
 * mean the server found or did something.
 */
export function unmetExpectation(check: GenericCheck, method: string, answer: GenericAnswer): string | undefined {
  const { status } = answer;
  const refusedAsUnknown = status >= 400 && status < 500 && status !== 401 && status !== 403;
  switch (check) {
    case 'missing_token':
    case 'garbage_token':
      return status === 401 ? undefined : 'status 401';
    case 'missing_scope':
      return status === 403 ? undefined : 'status 403';
    case 'collection_read':
      return status === 401 || status === 403 ? 'the run\'s token accepted (not 401/403)' : undefined;
    case 'unknown_id':
      if (refusedAsUnknown) return undefined;
      if (method.toUpperCase() === 'GET' && status >= 200 && status < 300 && holdsNothing(answer.json)) return undefined;
      return method.toUpperCase() === 'GET' ? 'a 4xx other than 401/403, or a 2xx with an empty answer' : 'a 4xx other than 401/403';
  }
}

/** `[]`, or an object whose every property is an empty array (`{"grants": []}`). */
function holdsNothing(json: unknown): boolean {
  if (Array.isArray(json)) return json.length === 0;
  if (json === null || typeof json !== 'object') return false;
  const values = Object.values(json);
  return values.length > 0 && values.every((v) => Array.isArray(v) && v.length === 0);
}

/** Not a token in any format a server accepts; a report never prints it (it is not the run's credential). */
export const GARBAGE_TOKEN = 'ct-garbage-not-a-token';

/** The describe block of the generic phase; a test is `generic phase > <check> > <operationId>`. */
export const GENERIC_SUITE = 'generic phase';

export function genericTestName(check: GenericCheck, operationId: string): string {
  return `${GENERIC_SUITE} > ${check} > ${operationId}`;
}

/** The check and operation of a generic test's full name, or undefined for any other test. */
export function parseGenericTestName(name: string): { check: GenericCheck; operationId: string } | undefined {
  const prefix = `${GENERIC_SUITE} > `;
  if (!name.startsWith(prefix)) return undefined;
  const rest = name.slice(prefix.length);
  const cut = rest.indexOf(' > ');
  const check = rest.slice(0, cut) as GenericCheck;
  if (cut < 0 || !(check in GENERIC_CHECKS)) return undefined;
  return { check, operationId: rest.slice(cut + 3) };
}
