import type { ContractContext } from '../context.js';
import type { OperationSpec, ResponseSpec } from '../spec/operations.js';
import { joinPointer } from '../spec/json-pointer.js';
import type { CheckFailureDetail, CheckResult, ObservedResponse, ResponseCheckName } from './check-result.js';
import { documentedResponse } from './documented-response.js';
import { essence, isJsonMediaType, mediaTypeMatches } from './media-type.js';

export interface CheckOptions {
  /** The status the caller asked for (a mock's `Prefer: code=`); anything else fails status conformance. */
  expectedStatus?: number;
}

const MAX_DETAILS = 10;

/**
 * Runs the four response checks against one observed response. Each result names the operation
 * and status; schema failures carry the JSON pointer and the offending value.
 */
export function checkResponse(ctx: ContractContext, op: OperationSpec, response: ObservedResponse, options: CheckOptions = {}): CheckResult[] {
  const documented = documentedResponse(op, response.status);
  const label = `${op.operationId} ${response.status}`;
  return [
    notAServerError(label, op, response, options),
    statusCodeConformance(label, op, response, documented, options),
    contentTypeConformance(label, response, documented),
    responseSchemaConformance(ctx, label, op, response, documented),
  ];
}

function pass(name: ResponseCheckName, message: string): CheckResult {
  return { name, outcome: 'passed', message };
}

function fail(name: ResponseCheckName, label: string, message: string, details?: CheckFailureDetail[]): CheckResult {
  return { name, outcome: 'failed', message: `${label} ${name}: ${message}`, ...(details ? { details } : {}) };
}

function notAServerError(label: string, op: OperationSpec, response: ObservedResponse, options: CheckOptions): CheckResult {
  if (response.status < 500) return pass('not_a_server_error', `status ${response.status}`);
  // A mock answering a documented 5xx because it was asked to is not a server error.
  if (options.expectedStatus === response.status) return pass('not_a_server_error', `status ${response.status} was requested from the mock`);
  // A documented 501 is the server declining a capability it lacks (Logto: no e-mail connector),
  // the behaviour under test rather than a crash. Any other 5xx, documented or not, still fails.
  if (response.status === 501 && op.responses.some((r) => r.status === '501')) {
    return pass('not_a_server_error', 'status 501 is documented: the server lacks a capability, it did not fail');
  }
  return fail('not_a_server_error', label, `server error ${response.status}${bodyHint(response)}`);
}

function statusCodeConformance(label: string, op: OperationSpec, response: ObservedResponse, documented: ResponseSpec | undefined, options: CheckOptions): CheckResult {
  const listed = op.responses.map((r) => r.status).join(', ');
  if (options.expectedStatus !== undefined && options.expectedStatus !== response.status) {
    return fail('status_code_conformance', label, `expected status ${options.expectedStatus}, got ${response.status}${bodyHint(response)}`);
  }
  if (!documented) return fail('status_code_conformance', label, `status ${response.status} is not documented (documented: ${listed})${bodyHint(response)}`);
  return pass('status_code_conformance', `status ${response.status} documented as ${documented.status}`);
}

function contentTypeConformance(label: string, response: ObservedResponse, documented: ResponseSpec | undefined): CheckResult {
  if (!documented) return pass('content_type_conformance', 'status not documented; see status_code_conformance');
  const actual = essence(response.headers['content-type']);
  const types = Object.keys(documented.content);
  if (types.length === 0) {
    if (response.bodyText.length === 0) return pass('content_type_conformance', 'no content documented, none sent');
    return fail('content_type_conformance', label, `no content documented, but got a ${actual ?? 'untyped'} body${bodyHint(response)}`);
  }
  if (!actual) return fail('content_type_conformance', label, `no Content-Type header (documented: ${types.join(', ')})`);
  if (types.some((t) => mediaTypeMatches(t, actual))) return pass('content_type_conformance', `content type ${actual}`);
  return fail('content_type_conformance', label, `content type ${actual} is not documented (documented: ${types.join(', ')})`);
}

function responseSchemaConformance(ctx: ContractContext, label: string, op: OperationSpec, response: ObservedResponse, documented: ResponseSpec | undefined): CheckResult {
  const name = 'response_schema_conformance';
  if (!documented) return pass(name, 'status not documented; see status_code_conformance');
  const actual = essence(response.headers['content-type']);
  const mediaType = Object.keys(documented.content).find((t) => actual !== undefined && mediaTypeMatches(t, actual));
  const schema = mediaType ? documented.content[mediaType]?.schema : undefined;
  if (!mediaType || !schema) return pass(name, 'no schema documented for this response');
  if (!isJsonMediaType(actual ?? '')) return pass(name, `${actual} body is not JSON; not schema-checked`);
  let body: unknown;
  try {
    body = JSON.parse(response.bodyText);
  } catch {
    return fail(name, label, `body is not valid JSON${bodyHint(response)}`, [{ pointer: '/', message: 'not JSON', value: response.bodyText.slice(0, 200) }]);
  }
  const pointer = joinPointer(op.pointer, 'responses', documented.status, 'content', mediaType, 'schema');
  const verdict = ctx.validator.validate(schema, body, pointer);
  if (verdict.valid === true) return pass(name, `body valid against ${pointer}`);
  if (verdict.valid === 'unknown') return pass(name, `not checked: ${verdict.reason}`);
  const details = verdict.issues.slice(0, MAX_DETAILS).map((i) => ({ pointer: i.pointer || '/', message: i.message, value: i.value }));
  const summary = details.map((d) => `${d.pointer} ${d.message} (value: ${preview(d.value)})`).join('; ');
  const more = verdict.issues.length > MAX_DETAILS ? `; and ${verdict.issues.length - MAX_DETAILS} more` : '';
  return fail(name, label, summary + more, details);
}

function preview(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function bodyHint(response: ObservedResponse): string {
  if (!response.bodyText) return '';
  const text = response.bodyText.replace(/\s+/g, ' ');
  return ` (body: ${text.length > 120 ? `${text.slice(0, 117)}...` : text})`;
}
