import { redact, redactValue } from '../../../src/runtime/redact.js';
import { sendRepeatingTransients } from '../../lib/run/transient-faults.js';
import type { CheckFailureDetail } from '../../lib/checks/check-result.js';
import type { Conformance } from './conformance.js';
import { curlCommand } from './curl-command.js';
import { INTENT_HEADER, type LedgerEntry, type Observation, type Violation } from './observation.js';
import { persistRecord } from './observation-sink.js';
import { prismViolations } from './prism-violations.js';
import type { Tracker } from './tracker.js';
import { sortAnswer, type VersionDifference, type VersionGap } from './version-gap.js';

interface RecordingFetchOptions {
  conformance: Conformance;
  tracker: Tracker;
  targetName: string;
  testName: () => string;
  /** The test's file, repository-relative, when known. */
  testFile?: string;
  /** Every observation of the test, for its closing assertion. */
  observations: Observation[];
  /** What separates the target from the spec under test, when it serves another: violations it explains are not failures. */
  versionGap?: VersionGap;
  /** Where observations and created/deleted ids go for the run (default: this worker's JSON-lines file). */
  persist?: (record: Observation | LedgerEntry) => void;
}

export type FetchFn = (request: Request) => Promise<Response>;

/**
 * Authorization values of requests not marked invalid: the run's own credentials. A failure
 * report prints them as `$LOGTO_TOKEN`; any other credential is not printed at all.
 */
const runCredentials = new Set<string>();

/**
 * The one door every live request goes through: it sends the request, feeds the response to the
 * same conformance checks as the mock suite (plus Prism's verdict when proxied), remembers created
 * ids for cleanup (and in the run's ledger, for cleanup after an interrupt) and records an
 * observation with a `curl` command that repeats the request. It never fails the request itself;
 * the test's fixture asserts on the violations at the end, so a test sees every answer as the
 * server sent it.
 */
export function createRecordingFetch(options: RecordingFetchOptions): FetchFn {
  const persist = options.persist ?? persistRecord;
  return async function recordingFetch(input: Request): Promise<Response> {
    const deliberatelyInvalid = input.headers.get(INTENT_HEADER) === 'invalid';
    const request = stripIntent(input);
    const authorization = request.headers.get('authorization');
    if (authorization && !deliberatelyInvalid) runCredentials.add(authorization);
    const requestBody = request.body === null ? undefined : await request.clone().text();
    const url = new URL(request.url);
    const operation = options.conformance.index.find(request.method, url.pathname);
    // A secured operation sent on purpose without a credential that opens it (no token, a garbage
    // or a scopeless one) is refused by Logto's auth check before any handler runs: it is safe to
    // send again after a reset connection, whatever its method.
    const refusedBeforeEffect = deliberatelyInvalid && operation !== undefined && operation.security.length > 0 && (authorization === null || !runCredentials.has(authorization));
    const started = performance.now();
    const { response, faults } = await sendRepeatingTransients(request, fetch, undefined, { refusedBeforeEffect });
    const bodyText = await response.clone().text();
    let violations: Violation[] = [];
    let undocumented: string[] = [];
    let versionDifferences: VersionDifference[] = [];
    let notServed = false;
    if (operation) {
      const live = { status: response.status, headers: response.headers, bodyText };
      if (response.ok) undocumented = options.conformance.undocumented(operation, live);
      for (const result of options.conformance.check(operation, live)) {
        if (result.outcome === 'failed') violations.push({ check: result.name, message: result.message, ...(result.details ? { details: result.details } : {}) });
      }
      if (options.versionGap) {
        const sorted = sortAnswer(options.versionGap, {
          operationId: operation.operationId,
          status: response.status,
          violations,
          withAllDetails: (violation) => ({ ...violation, details: options.conformance.check(operation, live, { allDetails: true }).find((r) => r.name === violation.check)?.details ?? [] }),
          ...(deliberatelyInvalid ? {} : { sent: sentBy(url, requestBody) }),
        });
        ({ violations, versionDifferences, notServed } = sorted);
      }
      for (const created of options.tracker.noteCreated(operation.operationId, url.pathname, response.status, parseJson(bodyText))) persist({ ledger: 'created', ...created, target: options.targetName });
      const gone = options.tracker.noteGone(operation.operationId, url.pathname, response.status);
      if (gone) persist({ ledger: 'gone', ...gone, target: options.targetName });
    }
    violations.push(...prismViolations(response.headers.get('sl-violations'), deliberatelyInvalid));
    const curl = curlCommand(
      { method: request.method, url: request.url, headers: request.headers, ...(requestBody === undefined ? {} : { body: requestBody }) },
      { isRunCredential: (value) => runCredentials.has(value) },
    );
    const observation: Observation = {
      test: options.testName(),
      ...(options.testFile ? { file: options.testFile } : {}),
      target: options.targetName,
      operationId: operation?.operationId ?? null,
      method: request.method.toUpperCase(),
      path: operation?.path ?? url.pathname,
      status: response.status,
      contentType: response.headers.get('content-type'),
      deliberatelyInvalid,
      violations: violations.map((v) => ({ check: v.check, message: redact(v.message), ...(v.details ? { details: v.details.map(redactDetail) } : {}) })),
      durationMs: Math.round(performance.now() - started),
      ...(faults.length > 0 ? { transientFaults: faults } : {}),
      ...(notServed ? { notServed: true as const } : {}),
      ...(versionDifferences.length > 0 ? { versionDifferences: versionDifferences.map((d) => ({ ...d, message: redact(d.message) })) } : {}),
      ...(undocumented.length > 0 ? { undocumentedFields: undocumented } : {}),
      curl,
    };
    options.observations.push(observation);
    // The run's files keep the command only where a report will show it: responses that broke the contract.
    const { curl: _kept, ...withoutCurl } = observation;
    persist(violations.length > 0 ? observation : withoutCurl);
    return response;
  };
}

function redactDetail(detail: CheckFailureDetail): CheckFailureDetail {
  return { ...detail, message: redact(detail.message), value: redactValue(detail.value) };
}

function stripIntent(input: Request): Request {
  if (!input.headers.has(INTENT_HEADER)) return input;
  const headers = new Headers(input.headers);
  headers.delete(INTENT_HEADER);
  return new Request(input, { headers });
}

/** What a request sent that a version difference may be about: its top-level JSON body fields and query parameters. */
function sentBy(url: URL, body: string | undefined): { bodyFields: string[]; parameters: Array<{ in: string; name: string }> } {
  const parsed = body === undefined ? undefined : parseJson(body);
  return {
    bodyFields: parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : [],
    parameters: [...new Set(url.searchParams.keys())].map((name) => ({ in: 'query', name })),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
