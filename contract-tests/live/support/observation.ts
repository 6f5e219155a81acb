import type { CheckName } from '../../lib/checks/check-result.js';

/** One response a live test saw, as recorded for the reports. Never holds headers or tokens. */
export interface Observation {
  /** Full test name (file > describe > test). */
  test: string;
  target: string;
  /** `null` when the request is outside the spec (unknown path or method, on purpose). */
  operationId: string | null;
  method: string;
  /** Path template when the operation is known, the requested path otherwise. */
  path: string;
  status: number;
  contentType: string | null;
  /** The test sent this request invalid on purpose (negative checks, auth checks). */
  deliberatelyInvalid: boolean;
  violations: Violation[];
  durationMs: number;
}

export interface Violation {
  /** The mock suite's check names; Prism's verdicts (message starts with "Prism") are filed under the matching one. */
  check: CheckName;
  message: string;
}

/** Header a test sets to mark a request as deliberately invalid; the recorder strips it before sending. */
export const INTENT_HEADER = 'x-contract-intent';
