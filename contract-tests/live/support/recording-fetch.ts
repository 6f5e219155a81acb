import { redact } from '../../../src/runtime/redact.js';
import type { Conformance } from './conformance.js';
import { INTENT_HEADER, type Observation, type Violation } from './observation.js';
import { persistObservation } from './observation-sink.js';
import { prismViolations } from './prism-violations.js';
import type { Tracker } from './tracker.js';

export interface RecordingFetchOptions {
  conformance: Conformance;
  tracker: Tracker;
  targetName: string;
  testName: () => string;
  /** Every observation of the test, for its closing assertion. */
  observations: Observation[];
  /** Where observations go for the run's reports (default: this worker's JSON-lines file). */
  persist?: (observation: Observation) => void;
}

export type FetchFn = (request: Request) => Promise<Response>;

/**
 * The one door every live request goes through: it sends the request, feeds the response to the
 * same conformance checks as the mock suite (plus Prism's verdict when proxied), remembers created
 * ids for cleanup and records an observation. It never fails the request itself; the test's fixture
 * asserts on the violations at the end, so a test sees every answer as the server sent it.
 */
export function createRecordingFetch(options: RecordingFetchOptions): FetchFn {
  return async function recordingFetch(input: Request): Promise<Response> {
    const deliberatelyInvalid = input.headers.get(INTENT_HEADER) === 'invalid';
    const request = stripIntent(input);
    const started = performance.now();
    const response = await fetch(request);
    const bodyText = await response.clone().text();
    const url = new URL(request.url);
    const operation = options.conformance.index.find(request.method, url.pathname);
    const violations: Violation[] = [];
    if (operation) {
      for (const result of options.conformance.check(operation, { status: response.status, headers: response.headers, bodyText })) {
        if (result.outcome === 'failed') violations.push({ check: result.name, message: result.message });
      }
      if (response.ok) options.tracker.noteCreated(operation.operationId, parseJson(bodyText));
    }
    violations.push(...prismViolations(response.headers.get('sl-violations'), deliberatelyInvalid));
    const observation: Observation = {
      test: options.testName(),
      target: options.targetName,
      operationId: operation?.operationId ?? null,
      method: request.method.toUpperCase(),
      path: operation?.path ?? url.pathname,
      status: response.status,
      contentType: response.headers.get('content-type'),
      deliberatelyInvalid,
      violations: violations.map((v) => ({ check: v.check, message: redact(v.message) })),
      durationMs: Math.round(performance.now() - started),
    };
    options.observations.push(observation);
    (options.persist ?? persistObservation)(observation);
    return response;
  };
}

function stripIntent(input: Request): Request {
  if (!input.headers.has(INTENT_HEADER)) return input;
  const headers = new Headers(input.headers);
  headers.delete(INTENT_HEADER);
  return new Request(input, { headers });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
