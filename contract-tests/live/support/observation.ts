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
  /** `status_code_conformance`, `content_type_conformance`, `response_schema_conformance`, `not_a_server_error`, `prism_proxy`. */
  check: string;
  message: string;
}

/** Header a test sets to mark a request as deliberately invalid; the recorder strips it before sending. */
export const INTENT_HEADER = 'x-contract-intent';
