import type { CheckFailureDetail, CheckName } from '../../lib/checks/check-result.js';
import type { VersionDifference } from './version-gap.js';

/** One response a live test saw, as recorded for the reports. Never holds a token (headers only inside `curl`, the token as `$LOGTO_TOKEN`). */
export interface Observation {
  /** Full test name (file > describe > test). */
  test: string;
  /** The test's file, repository-relative (what a hand-written file's declared operations are checked against). */
  file?: string;
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
  /** Transient faults met before this answer (a reset connection, a 429 or 503), each absorbed by sending again: flakiness of the target, not of the contract. */
  transientFaults?: string[];
  /** The target does not serve this operation (its own served spec lacks it): whatever it answered is no failure (support/version-gap.ts). */
  notServed?: true;
  /** Differences from the spec under test that the target's own served spec explains: version differences, not failures (support/version-gap.ts). */
  versionDifferences?: VersionDifference[];
  /** Fields of a 2xx answer the documented schema does not describe (JSON pointers): a finding, the spec is behind. */
  undocumentedFields?: string[];
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
  /** A kind of the resource model (`common/logto/resource-kinds.ts`). */
  kind: string;
  /** The DELETE path that removes it: what a cleanup sends, and what a later `gone` entry names. */
  deletePath: string;
  /** The key of its owner when it goes with that one (created entries only). */
  owner?: string;
  /** Its key (created entries only). */
  key?: string;
  /** The target name (`main`, `mailer`). */
  target: string;
}

/** Header a test sets to mark a request as deliberately invalid; the recorder strips it before sending. */
export const INTENT_HEADER = 'x-contract-intent';
