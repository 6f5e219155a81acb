import type { ContractContext } from '../context.js';
import type { OperationSpec, ResponseSpec } from '../spec/operations.js';
import { joinPointer } from '../../../common/spec/index.js';
import type { CheckFailureDetail, CheckResult, ObservedResponse, ResponseCheckName } from './check-result.js';
import type { SchemaIssue } from '../schema/schema-validator.js';
import { documentedResponse } from './documented-response.js';
import { essence, isJsonMediaType, mediaTypeMatches } from './media-type.js';

interface CheckOptions {
  /** The status the caller asked for (a mock's `Prefer: code=`); anything else fails status conformance. */
  expectedStatus?: number;
  /** How many schema issues a failure lists (default 10: the first few locate the problem); Infinity for all of them. */
  maxDetails?: number;
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
    contentTypeConformance(label, op, response, documented),
    responseSchemaConformance(ctx, label, op, response, documented, options.maxDetails ?? MAX_DETAILS),
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
  return fail('not_a_server_error', label, `server error ${response.status}${bodyHint(response)}`, [
    { pointer: joinPointer(op.pointer, 'responses'), message: `server error ${response.status}`, expected: 'a status below 500 (or a documented 501)', value: response.status },
  ]);
}

function statusCodeConformance(label: string, op: OperationSpec, response: ObservedResponse, documented: ResponseSpec | undefined, options: CheckOptions): CheckResult {
  const listed = op.responses.map((r) => r.status).join(', ');
  const at = joinPointer(op.pointer, 'responses');
  if (options.expectedStatus !== undefined && options.expectedStatus !== response.status) {
    return fail('status_code_conformance', label, `expected status ${options.expectedStatus}, got ${response.status}${bodyHint(response)}`, [
      { pointer: at, message: 'not the status asked for', expected: `status ${options.expectedStatus}`, value: response.status },
    ]);
  }
  if (!documented) {
    return fail('status_code_conformance', label, `status ${response.status} is not documented (documented: ${listed})${bodyHint(response)}`, [
      { pointer: at, message: 'status not documented', expected: `a documented status: ${listed}`, value: response.status },
    ]);
  }
  return pass('status_code_conformance', `status ${response.status} documented as ${documented.status}`);
}

function contentTypeConformance(label: string, op: OperationSpec, response: ObservedResponse, documented: ResponseSpec | undefined): CheckResult {
  if (!documented) return pass('content_type_conformance', 'status not documented; see status_code_conformance');
  const actual = essence(response.headers['content-type']);
  const types = Object.keys(documented.content);
  const at = joinPointer(op.pointer, 'responses', documented.status, 'content');
  const detail = (message: string, expected: string, value: unknown): CheckFailureDetail[] => [{ pointer: at, message, expected, value }];
  if (types.length === 0) {
    if (response.bodyText.length === 0) return pass('content_type_conformance', 'no content documented, none sent');
    return fail('content_type_conformance', label, `no content documented, but got a ${actual ?? 'untyped'} body${bodyHint(response)}`, detail('body where none is documented', 'no body', actual ?? null));
  }
  if (!actual) return fail('content_type_conformance', label, `no Content-Type header (documented: ${types.join(', ')})`, detail('no Content-Type header', `Content-Type ${types.join(' or ')}`, null));
  if (types.some((t) => mediaTypeMatches(t, actual))) return pass('content_type_conformance', `content type ${actual}`);
  return fail('content_type_conformance', label, `content type ${actual} is not documented (documented: ${types.join(', ')})`, detail('content type not documented', `Content-Type ${types.join(' or ')}`, actual));
}

function responseSchemaConformance(ctx: ContractContext, label: string, op: OperationSpec, response: ObservedResponse, documented: ResponseSpec | undefined, maxDetails: number): CheckResult {
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
    return fail(name, label, `body is not valid JSON${bodyHint(response)}`, [{ pointer: '/', message: 'not JSON', expected: 'a JSON body', value: response.bodyText.slice(0, 200) }]);
  }
  const pointer = joinPointer(op.pointer, 'responses', documented.status, 'content', mediaType, 'schema');
  const verdict = ctx.validator.validate(schema, body, pointer);
  if (verdict.valid === true) return pass(name, `body valid against ${pointer}`);
  // A schema the validator cannot compile checks nothing: that is the spec's failure, not a pass.
  if (verdict.valid === 'unknown') {
    return fail(name, label, `the documented schema cannot be compiled, so the body cannot be checked: ${verdict.reason}`, [
      { pointer, message: 'schema cannot be compiled', expected: 'a schema the validator can compile', value: verdict.reason },
    ]);
  }
  const issues = verdict.issues.slice(0, maxDetails);
  const summary = issues.map((i) => `${i.pointer || '/'} ${i.message} (value: ${preview(i.value)})`).join('; ');
  const details = issues.map(detailOf);
  const more = verdict.issues.length > maxDetails ? `; and ${verdict.issues.length - maxDetails} more` : '';
  return fail(name, label, summary + more, details);
}

/** An issue as pointer / expected / actual: a missing property is pointed at where it should be. */
function detailOf(issue: SchemaIssue): CheckFailureDetail {
  const missing = issue.keyword === 'required' ? /^missing required property "(.*)"$/.exec(issue.message) : null;
  if (missing) return { pointer: joinPointer(issue.pointer, missing[1] as string), message: issue.message, expected: 'a value (the property is required)', value: undefined };
  if (issue.keyword === 'additionalProperties') return { pointer: issue.pointer, message: issue.message, expected: 'no such property (additionalProperties: false)', value: issue.value };
  return { pointer: issue.pointer || '/', message: issue.message, expected: issue.message, value: issue.value };
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
