/** Check names follow Schemathesis so reports read the same across tools. */
export const RESPONSE_CHECKS = ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance'] as const;
export type ResponseCheckName = (typeof RESPONSE_CHECKS)[number];
export type CheckName = ResponseCheckName | 'negative_data_rejection';

export interface CheckFailureDetail {
  /**
   * JSON pointer: into the response body (`/id`, `/` = the whole body) for schema failures; into
   * the spec (`#/paths/...`, where the expectation is documented) for status and content-type failures.
   */
  pointer: string;
  message: string;
  /** What the spec asks for, in words (`must be string`, `a documented status: 200, 404`). */
  expected: string;
  /** What the server sent there (the value at the body pointer, the status, the content type). */
  value: unknown;
}

export interface CheckResult {
  name: CheckName;
  outcome: 'passed' | 'failed';
  /** For failures: one line naming operation, status, pointer and value. For passes: what was (not) checked. */
  message: string;
  details?: CheckFailureDetail[];
  /** A shell command that sends the request again (`curl ...`; the token as `$LOGTO_TOKEN`), when the caller knows the request. */
  reproduce?: string;
}

/** What came back from a server, reduced to what the checks need. Header names are lower-case. */
export interface ObservedResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
}
