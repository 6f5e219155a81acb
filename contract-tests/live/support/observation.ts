import type { CheckFailureDetail, CheckName } from '../../lib/checks/check-result.js';
import type { TrackedKind } from './tracker.js';

/** One response a live test saw, as recorded for the reports. Never holds a token (headers only inside `curl`, the token as `$LOGTO_TOKEN`). */
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
  /** `curl` command that sends the request again, token as `$LOGTO_TOKEN`; kept in the run's files only for responses with violations. */
  curl?: string;
}

export interface Violation {
  /** The mock suite's check names; Prism's verdicts (message starts with "Prism") are filed under the matching one. */
  check: CheckName;
  message: string;
  /** JSON pointer, expected and actual value, when the check knows them. */
  details?: CheckFailureDetail[];
}

/**
 * A line of a worker's run file that is not an observation: an entity the run created on a
 * server, or saw deleted. After an interrupt the runner deletes what was created and not gone.
 */
export interface LedgerEntry {
  ledger: 'created' | 'gone';
  kind: TrackedKind;
  id: string;
  /** The target name (`main`, `mailer`). */
  target: string;
}

/** Header a test sets to mark a request as deliberately invalid; the recorder strips it before sending. */
export const INTENT_HEADER = 'x-contract-intent';
