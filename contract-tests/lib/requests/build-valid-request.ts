import type { ContractContext } from '../context.js';
import type { MediaTypeSpec, OperationSpec, ParameterSpec, SecuritySchemeSpec } from '../spec/operations.js';
import { joinPointer } from '../../../common/spec/index.js';
import type { BuiltRequest, ContractRequest, RequestBody, RequestCredentials } from './contract-request.js';
import { serializeParameter } from './encode.js';
import { sampleValue } from './sample-value.js';

const JSON_LIKE = /^application\/([\w.+-]+\+)?json/i;

/** Picks the request media type the suite can build: JSON first, then forms, then whatever is first. */
export function pickRequestMediaType(content: Record<string, MediaTypeSpec>): string | undefined {
  const types = Object.keys(content);
  return (
    types.find((t) => JSON_LIKE.test(t)) ??
    types.find((t) => t === 'application/x-www-form-urlencoded') ??
    types.find((t) => t.startsWith('multipart/')) ??
    types[0]
  );
}

/** A sample for one parameter: its example when valid, else one built from its schema. */
export function sampleParameter(ctx: ContractContext, op: OperationSpec, p: ParameterSpec): { ok: true; value: unknown; blockers: string[] } | { ok: false; reason: string } {
  const pointer = joinPointer(op.pointer, 'parameters', p.name);
  if (!p.schema) return { ok: true, value: p.hasExample ? p.example : 'string', blockers: [] };
  if (p.hasExample && ctx.validator.validate(p.schema, p.example, pointer).valid === true) return { ok: true, value: p.example, blockers: [] };
  const sample = sampleValue(p.schema, `${pointer}/schema`, ctx.validator);
  return sample.ok ? { ok: true, value: sample.value, blockers: sample.blockers } : { ok: false, reason: `${p.in} parameter "${p.name}": ${sample.reason}` };
}

/** The request body sample: the media type's example when valid, else one built from the schema. */
export function sampleBody(ctx: ContractContext, op: OperationSpec): { ok: true; body?: RequestBody; blockers: string[] } | { ok: false; reason: string } {
  const rb = op.requestBody;
  if (!rb) return { ok: true, blockers: [] };
  const mediaType = pickRequestMediaType(rb.content);
  if (!mediaType) return rb.required ? { ok: false, reason: 'request body is required but documents no media type' } : { ok: true, blockers: [] };
  const media = rb.content[mediaType] as MediaTypeSpec;
  const pointer = joinPointer(op.pointer, 'requestBody', 'content', mediaType, 'schema');
  if (!media.schema) return { ok: true, body: { mediaType, value: media.hasExample ? media.example : {} }, blockers: [] };
  if (media.hasExample && ctx.validator.validate(media.schema, media.example, pointer).valid === true) {
    return { ok: true, body: { mediaType, value: media.example }, blockers: [] };
  }
  const sample = sampleValue(media.schema, pointer, ctx.validator);
  if (!sample.ok) return rb.required ? { ok: false, reason: `request body: ${sample.reason}` } : { ok: true, blockers: [] };
  return { ok: true, body: { mediaType, value: sample.value }, blockers: sample.blockers };
}

/** Headers/query entries that satisfy the first security alternative the suite can fulfil. */
function securityFor(op: OperationSpec, credentials: RequestCredentials): { headers: Record<string, string>; query: Array<[string, string]> } {
  const headers: Record<string, string> = {};
  const query: Array<[string, string]> = [];
  if (op.security.length === 0 || op.security.some((alt) => alt.length === 0)) return { headers, query };
  for (const scheme of op.security[0] as SecuritySchemeSpec[]) {
    const bearer = scheme.type === 'oauth2' || scheme.type === 'openIdConnect' || (scheme.type === 'http' && scheme.scheme === 'bearer');
    if (bearer) headers.authorization = `Bearer ${credentials.bearerToken ?? ''}`;
    else if (scheme.type === 'http' && scheme.scheme === 'basic' && credentials.basic) {
      headers.authorization = `Basic ${Buffer.from(`${credentials.basic.username}:${credentials.basic.password}`).toString('base64')}`;
    } else if (scheme.type === 'apiKey' && scheme.paramName) {
      const key = credentials.apiKey ?? '';
      if (scheme.in === 'header') headers[scheme.paramName.toLowerCase()] = key;
      else if (scheme.in === 'query') query.push([scheme.paramName, key]);
      else if (scheme.in === 'cookie') headers.cookie = `${scheme.paramName}=${key}`;
    }
  }
  return { headers, query };
}

/**
 * A request the spec says is valid: every required parameter and the body filled from examples
 * or schema samples, optional ones left out (a minimal request is the one least likely to trip
 * over a quirk in an optional field).
 */
export function buildValidRequest(ctx: ContractContext, op: OperationSpec, credentials: RequestCredentials = {}): BuiltRequest {
  const blockers: string[] = [];
  const security = securityFor(op, credentials);
  const request: ContractRequest = { operationId: op.operationId, method: op.method, path: op.path, query: [...security.query], headers: { ...security.headers }, blockers };
  for (const p of op.parameters) {
    if (!p.required || p.in === 'cookie') continue;
    const sample = sampleParameter(ctx, op, p);
    if (!sample.ok) return { ok: false, reason: sample.reason };
    blockers.push(...sample.blockers);
    placeParameter(request, p, sample.value);
  }
  const body = sampleBody(ctx, op);
  if (!body.ok) return { ok: false, reason: body.reason };
  blockers.push(...body.blockers);
  if (body.body) request.body = body.body;
  const unfilled = /\{[^}]+\}/.exec(request.path);
  if (unfilled) return { ok: false, reason: `path parameter ${unfilled[0]} is not declared in the operation's parameters` };
  return { ok: true, request };
}

export function placeParameter(request: ContractRequest, p: ParameterSpec, value: unknown): void {
  if (p.in === 'path') {
    request.path = request.path.split(`{${p.name}}`).join(encodeURIComponent(serializeParameter(value)));
  } else if (p.in === 'query') {
    if (Array.isArray(value) && p.explode !== false) for (const v of value) request.query.push([p.name, serializeParameter(v)]);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value) && (p.style === 'deepObject' || p.explode !== false)) {
      for (const [k, v] of Object.entries(value)) request.query.push([p.style === 'deepObject' ? `${p.name}[${k}]` : k, serializeParameter(v)]);
    } else request.query.push([p.name, serializeParameter(value)]);
  } else if (p.in === 'header') {
    request.headers[p.name.toLowerCase()] = serializeParameter(value);
  }
}
