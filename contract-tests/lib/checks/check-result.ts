/** Check names follow Schemathesis so reports read the same across tools. */
export const RESPONSE_CHECKS = ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance'] as const;
export type ResponseCheckName = (typeof RESPONSE_CHECKS)[number];
export type CheckName = ResponseCheckName | 'negative_data_rejection';

export interface CheckFailureDetail {
  /** JSON pointer into the response body (`/` = the whole body). */
  pointer: string;
  message: string;
  value: unknown;
}

export interface CheckResult {
  name: CheckName;
  outcome: 'passed' | 'failed';
  /** For failures: one line naming operation, status, pointer and value. For passes: what was (not) checked. */
  message: string;
  details?: CheckFailureDetail[];
}

/** What came back from a server, reduced to what the checks need. Header names are lower-case. */
export interface ObservedResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
}
