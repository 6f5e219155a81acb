import type { ContractContext } from '../context.js';
import type { OperationSpec, ParameterSpec } from '../spec/operations.js';
import { joinPointer } from '../../../common/spec/index.js';
import type { BuiltRequest, ContractRequest, RequestCredentials } from './contract-request.js';
import { buildValidRequest, pickRequestMediaType, sampleParameter } from './build-valid-request.js';
import { serializeParameter } from './encode.js';

export interface InvalidRequestCase {
  /** Short stable label, e.g. `body.invitee: wrong type`. */
  name: string;
  request: ContractRequest;
}

/** Values of every JSON type; the first one the schema rejects becomes the "wrong type" value. */
const WRONG_VALUES: readonly unknown[] = [12345, 'not-a-valid-value', true, ['x'], { unexpected: 'object' }, null];
/** Query/path values arrive as strings, so only strings that cannot coerce to the type make sense. */
const WRONG_PARAMETER_VALUES: readonly string[] = ['not-a-number', 'not-a-boolean'];

/**
 * Requests that the spec forbids: a required parameter or body property left out, a value of the
 * wrong type. Each starts from the valid request so exactly one thing is wrong with it; a mutation
 * is only kept when the suite's own validator confirms the spec rejects it.
 */
/**
 * At most this many cases per operation by default: one of each kind (missing parameter, wrong
 * parameter type, wrong body type, missing body field, wrong field type) already proves the spec
 * constrains that input, and each extra request costs mock time on 280-operation specs.
 */
const DEFAULT_MAX_INVALID_CASES = 3;

/** `valid`: the operation's valid request, when the caller has built it already (building one samples every schema it needs). */
export function buildInvalidRequests(
  ctx: ContractContext,
  op: OperationSpec,
  credentials: RequestCredentials = {},
  maxCases = DEFAULT_MAX_INVALID_CASES,
  valid: BuiltRequest = buildValidRequest(ctx, op, credentials),
): InvalidRequestCase[] {
  return pickDiverse(allInvalidRequests(ctx, op, valid), maxCases);
}

/** Round-robin over what is wrong (`missing`, `wrong type`, `invalid value`) so a cap keeps variety. */
function pickDiverse(cases: InvalidRequestCase[], max: number): InvalidRequestCase[] {
  if (cases.length <= max) return cases;
  const kinds = new Map<string, InvalidRequestCase[]>();
  for (const c of cases) {
    const kind = c.name.split(': ')[1] ?? c.name;
    kinds.set(kind, [...(kinds.get(kind) ?? []), c]);
  }
  const picked: InvalidRequestCase[] = [];
  for (let round = 0; picked.length < max; round++) {
    let any = false;
    for (const list of kinds.values()) {
      const c = list[round];
      if (c && picked.length < max) {
        picked.push(c);
        any = true;
      }
    }
    if (!any) break;
  }
  return picked;
}

function allInvalidRequests(ctx: ContractContext, op: OperationSpec, base: BuiltRequest): InvalidRequestCase[] {
  if (!base.ok) return [];
  const valid = base.request;
  const cases: InvalidRequestCase[] = [];
  for (const p of op.parameters) {
    if (p.in === 'cookie') continue;
    if (p.required && p.in !== 'path') {
      const request = clone(valid);
      if (p.in === 'query') request.query = request.query.filter(([name]) => name !== p.name);
      else delete request.headers[p.name.toLowerCase()];
      cases.push({ name: `${p.in}.${p.name}: missing`, request });
    }
    const wrong = wrongParameterValue(ctx, op, p);
    if (wrong !== undefined && (p.required || p.in === 'query')) {
      const kind = p.schema?.type === 'string' || p.schema?.type === undefined ? 'invalid value' : 'wrong type';
      const request = clone(valid);
      if (p.in === 'path') {
        request.path = substitutePath(op, valid, p, wrong, ctx);
      } else if (p.in === 'query') {
        request.query = [...request.query.filter(([name]) => name !== p.name), [p.name, wrong]];
      } else {
        request.headers[p.name.toLowerCase()] = wrong;
      }
      cases.push({ name: `${p.in}.${p.name}: ${kind}`, request });
    }
  }
  cases.push(...bodyCases(ctx, op, valid));
  return cases;
}

function wrongParameterValue(ctx: ContractContext, op: OperationSpec, p: ParameterSpec): string | undefined {
  const schema = p.schema;
  if (!schema) return undefined;
  const pointer = joinPointer(op.pointer, 'parameters', p.name, 'schema');
  const rejected = (v: string) => ctx.validator.validate(schema, v, pointer).valid === false;
  const type = schema.type;
  if (type === 'integer' || type === 'number' || type === 'boolean') return WRONG_PARAMETER_VALUES.find(rejected);
  if (type !== 'string') return undefined;
  // Any string is the right type; only a documented constraint (length, enum, pattern, format) can be broken.
  const candidates: string[] = [];
  if (typeof schema.maxLength === 'number') candidates.push('x'.repeat(schema.maxLength + 1));
  // No empty string for minLength: an empty path segment changes the route, and servers (Prism
  // included) read `?x=` as "x absent", so neither proves anything about validation.
  if (Array.isArray(schema.enum) || typeof schema.pattern === 'string' || typeof schema.format === 'string') candidates.push('!not-a-valid-value!');
  return candidates.find(rejected);
}

function substitutePath(op: OperationSpec, valid: ContractRequest, p: ParameterSpec, wrong: string, ctx: ContractContext): string {
  // Rebuild from the template so the other path parameters keep their valid values.
  let path = op.path;
  for (const q of op.parameters) {
    if (q.in !== 'path') continue;
    const sample = q === p ? { ok: true as const, value: wrong } : sampleParameter(ctx, op, q);
    if (!sample.ok) return valid.path;
    path = path.split(`{${q.name}}`).join(encodeURIComponent(serializeParameter(sample.value)));
  }
  return path;
}

function bodyCases(ctx: ContractContext, op: OperationSpec, valid: ContractRequest): InvalidRequestCase[] {
  const rb = op.requestBody;
  if (!rb || !valid.body) return [];
  const mediaType = pickRequestMediaType(rb.content);
  const schema = mediaType ? rb.content[mediaType]?.schema : undefined;
  if (!schema || !/json/i.test(valid.body.mediaType)) return [];
  const pointer = joinPointer(op.pointer, 'requestBody', 'content', valid.body.mediaType, 'schema');
  const rejects = (value: unknown) => ctx.validator.validate(schema, value, pointer).valid === false;
  const cases: InvalidRequestCase[] = [];
  const withBody = (name: string, value: unknown) => {
    const request = clone(valid);
    request.body = { mediaType: valid.body?.mediaType ?? 'application/json', value };
    cases.push({ name, request });
  };
  const wholeWrong = WRONG_VALUES.find((v) => rejects(v));
  if (wholeWrong !== undefined) withBody('body: wrong type', wholeWrong);
  const value = valid.body.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return cases;
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    const { [name]: _omitted, ...without } = record;
    if (rejects(without)) withBody(`body.${name}: missing`, without);
    const wrong = WRONG_VALUES.find((v) => rejects({ ...record, [name]: v }));
    if (wrong !== undefined) withBody(`body.${name}: wrong type`, { ...record, [name]: wrong });
  }
  return cases;
}

function clone(request: ContractRequest): ContractRequest {
  return { ...request, query: [...request.query], headers: { ...request.headers }, blockers: [...request.blockers], ...(request.body ? { body: { ...request.body } } : {}) };
}
