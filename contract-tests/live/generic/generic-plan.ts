import { placeParameter, sampleBody, sampleParameter } from '../../lib/requests/build-valid-request.js';
import type { ContractRequest } from '../../lib/requests/contract-request.js';
import type { ContractContext } from '../../lib/context.js';
import { joinPointer } from '../../../common/spec/index.js';
import type { OperationSpec } from '../../lib/spec/operations.js';
import { fullerBody } from './fuller-body.js';
import { CREDENTIAL_OF, type GenericCheck, type GenericCredential } from './generic-checks.js';

/**
 * THE RULE FOR SAFE REQUESTS. The generic phase runs on shared tenants, so it sends nothing that
 * could create, change or delete anything:
 *
 * 1. Every path parameter of every request is an id that cannot exist (`missingId()`: `ct-` and
 *    nine hex digits; Logto ids never contain a hyphen, and no enum lists it, so an enum-keyed
 *    path such as a language tag, a token type or an action type is refused by the guard instead
 *    of naming the tenant's one). A request can only address what its path names: nothing.
 * 2. The run's own token (scope `all`) goes only to
 *    - GET (reads), without path parameters with the smallest page size, and by id; and
 *    - PUT, PATCH and DELETE that have at least one path parameter (rule 1: there is nothing to
 *      change; an upsert keyed by its path, such as PUT /api/custom-phrases/{languageTag}, has an
 *      enum key the server refuses).
 *    Never to POST (it creates, or triggers: e-mails, key rotation, hook tests), and never to a
 *    PUT, PATCH or DELETE without path parameters: those change tenant-wide settings
 *    (PATCH /api/sign-in-exp, PUT /api/configs/id-token, DELETE /api/captcha-provider).
 * 3. Every operation with a security requirement also gets requests with no token, a garbage
 *    token and a token without scope `all`, whatever its method: the server refuses them before
 *    any handler runs (Logto authenticates the whole management router first, in koaAuth; the
 *    census of `--generic --census` shows that nothing changed). They carry rule 1's ids and at
 *    most an empty JSON object as body, so even a server that did run a handler first would find
 *    nothing to act on.
 *
 * `assertSafe` checks rules 1 and 2 on every planned request, so a change to the planner that
 * breaks them throws before anything is sent.
 */

export interface GenericCase {
  check: GenericCheck;
  operationId: string;
  /** Upper case, as sent. */
  method: string;
  /** The path with every parameter replaced by an id that cannot exist, plus the query string. */
  target: string;
  /** The JSON body, when one is sent. */
  json?: unknown;
  credential: GenericCredential;
  /** The request breaks the spec on purpose (credentials, an id outside an enum): it must be refused. */
  deliberatelyInvalid: boolean;
}

interface NotSent {
  check: GenericCheck;
  reason: string;
}

export interface PlannedOperation {
  operation: OperationSpec;
  cases: GenericCase[];
  /** The checks that do not apply to this operation, and why: every check is either sent or named here. */
  notSent: NotSent[];
}

const WRITE_BY_ID = new Set(['put', 'patch', 'delete']);
/** Query parameters that size a page; they are sent at their smallest value. */
const PAGE_SIZE_PARAMETERS = new Set(['page_size', 'pageSize', 'limit', 'per_page']);

/** Every generic request for every operation, in spec order. */
export function planGeneric(ctx: ContractContext, operations: readonly OperationSpec[], missingId: () => string): PlannedOperation[] {
  // Every id the planner put in a path, so assertSafe can tell them from anything else.
  const issued = new Set<string>();
  const issue = (): string => {
    const id = missingId();
    issued.add(id);
    return id;
  };
  return operations.map((operation) => planOperation(ctx, operation, issue, issued));
}

function planOperation(ctx: ContractContext, op: OperationSpec, missingId: () => string, issued: ReadonlySet<string>): PlannedOperation {
  const cases: GenericCase[] = [];
  const notSent: NotSent[] = [];
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const secured = op.security.length > 0 && !op.security.some((alternative) => alternative.length === 0);

  const request: ContractRequest = { operationId: op.operationId, method: op.method, path: op.path, query: [], headers: {}, blockers: [] };
  let idOutsideSpec = false;
  for (const p of pathParams) {
    const id = missingId();
    if (p.schema && ctx.validator.validate(p.schema, id, joinPointer(op.pointer, 'parameters', p.name, 'schema')).valid === false) idOutsideSpec = true;
    placeParameter(request, p, id);
  }
  let queryProblem: string | undefined;
  for (const p of op.parameters) {
    if (p.in !== 'query') continue;
    if (PAGE_SIZE_PARAMETERS.has(p.name)) {
      // The smallest page the server accepts: the schema's minimum, at least 1.
      const minimum = typeof p.schema?.minimum === 'number' ? Math.max(1, Math.ceil(p.schema.minimum)) : 1;
      placeParameter(request, p, minimum);
      continue;
    }
    if (!p.required) continue;
    const sample = sampleParameter(ctx, op, p);
    if (sample.ok) placeParameter(request, p, sample.value);
    else queryProblem = sample.reason;
  }
  const query = new URLSearchParams(request.query).toString();
  const target = query ? `${request.path}?${query}` : request.path;
  const add = (check: GenericCheck, extra: { json?: unknown; deliberatelyInvalid: boolean }): void => {
    cases.push({ check, operationId: op.operationId, method: op.method.toUpperCase(), target, credential: CREDENTIAL_OF[check], ...extra });
  };

  // Rule 3: without usable credentials, every method; at most an empty object as body.
  const emptyBody = op.requestBody ? { json: {} } : {};
  if (secured) {
    add('missing_token', { ...emptyBody, deliberatelyInvalid: true });
    add('garbage_token', { ...emptyBody, deliberatelyInvalid: true });
    add('missing_scope', { ...emptyBody, deliberatelyInvalid: true });
  } else {
    for (const check of ['missing_token', 'garbage_token', 'missing_scope'] as const) notSent.push({ check, reason: 'the operation has no security requirement' });
  }

  // Rule 2: the run's token only on reads, and on writes by an id that cannot exist.
  if (op.method === 'get' && pathParams.length === 0) {
    add('collection_read', { deliberatelyInvalid: queryProblem !== undefined });
  } else {
    notSent.push({ check: 'collection_read', reason: op.method === 'get' ? 'the path has parameters (see unknown_id)' : `${op.method.toUpperCase()} is not a read` });
  }
  if (pathParams.length > 0 && (op.method === 'get' || WRITE_BY_ID.has(op.method))) {
    const body = op.method === 'get' ? { ok: true as const, blockers: [] } : sampleBody(ctx, op);
    const sampled = body.ok && body.body && /json/i.test(body.body.mediaType) ? body.body : undefined;
    const schema = sampled ? op.requestBody?.content[sampled.mediaType]?.schema : undefined;
    const pointer = sampled ? joinPointer(op.pointer, 'requestBody', 'content', sampled.mediaType, 'schema') : '';
    const json = sampled ? { json: schema ? fullerBody(ctx.validator, schema, sampled.value, pointer) : sampled.value } : op.requestBody?.required ? { json: {} } : {};
    const bodyInvalid = op.requestBody?.required === true && !sampled;
    add('unknown_id', { ...json, deliberatelyInvalid: idOutsideSpec || bodyInvalid || queryProblem !== undefined });
  } else if (pathParams.length === 0) {
    notSent.push({ check: 'unknown_id', reason: 'the path has no parameters' });
  } else {
    notSent.push({ check: 'unknown_id', reason: `${op.method.toUpperCase()} is never sent with a token: it creates or triggers` });
  }

  for (const c of cases) assertSafe(c, op, issued);
  return { operation: op, cases, notSent };
}

/** Rules 1 and 2, checked on a planned request; throws (nothing has been sent) when one is broken. */
export function assertSafe(c: GenericCase, op: OperationSpec, missingIds: ReadonlySet<string>): void {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const template = op.path.split('/');
  const sent = (c.target.split('?')[0] as string).split('/');
  const unsafe = (why: string): Error => new Error(`generic phase: unsafe request planned for ${op.operationId} (${c.check}): ${why}`);
  if (sent.length !== template.length) throw unsafe(`${c.target} does not follow ${op.path}`);
  for (const [i, segment] of template.entries()) {
    const value = decodeURIComponent(sent[i] as string);
    if (/^\{[^}]+\}$/.test(segment) ? !missingIds.has(value) : value !== segment) throw unsafe(`path segment "${value}" of ${c.target} is not an id that cannot exist`);
  }
  if (c.credential !== 'run') return;
  const method = c.method.toLowerCase();
  const readOnly = method === 'get';
  const writeByMissingId = WRITE_BY_ID.has(method) && pathParams.length > 0;
  if (!readOnly && !writeByMissingId) {
    throw unsafe(`${c.method} ${op.path} with the run's token could change the tenant`);
  }
}
