import { isNeverSent } from '../../../common/logto/self-hosted-limits.js';
import { joinPointer } from '../../../common/spec/index.js';
import type { ContractContext } from '../../lib/context.js';
import { sampleBody } from '../../lib/requests/build-valid-request.js';
import type { OperationSpec, SpecSchema } from '../../lib/spec/operations.js';

/** One request whose body breaks the operation's request schema in one way. */
interface InvalidBodyCase {
  operationId: string;
  method: string;
  /** The path, every parameter an id that cannot exist. */
  target: string;
  /** `missing required "name"`, `"name" of the wrong type`, `"name" one character too long`. */
  what: string;
  body: unknown;
}

interface InvalidBodyPlan {
  cases: InvalidBodyCase[];
  /** Write operations with a JSON body that get no case, and why. */
  notSent: Array<{ operationId: string; reason: string }>;
}

const WRONG_TYPE: readonly unknown[] = [12345, 'not-the-right-type', true, ['x'], { unexpected: 'object' }];

/**
 * For every operation with a JSON request body, up to three bodies the spec forbids, each
 * starting from a valid body with one thing wrong: a required property left out, a property of
 * the wrong type, a string one character over its maxLength. A body is kept only when our own
 * validator confirms the spec rejects it. Every path parameter is an id that cannot exist, so a
 * server that wrongly accepted a body still finds nothing to change (a create has no path to
 * miss: what it makes is tracked and deleted, as any create). The never-sent operations
 * (common/logto/self-hosted-limits.ts) get nothing.
 */
export function planInvalidBodies(ctx: ContractContext, operations: readonly OperationSpec[], missingId: () => string): InvalidBodyPlan {
  const plan: InvalidBodyPlan = { cases: [], notSent: [] };
  for (const op of operations) {
    const content = op.requestBody?.content ?? {};
    const mediaType = Object.keys(content).find((type) => /json/i.test(type));
    const schema = mediaType ? content[mediaType]?.schema : undefined;
    if (!mediaType || !schema) continue;
    if (isNeverSent(op.operationId)) {
      plan.notSent.push({ operationId: op.operationId, reason: 'never sent with the run token (it cannot be undone)' });
      continue;
    }
    const sampled = sampleBody(ctx, op);
    const valid = sampled.ok ? sampled.body?.value : undefined;
    const pointer = joinPointer(op.pointer, 'requestBody', 'content', mediaType, 'schema');
    const rejects = (value: unknown): boolean => ctx.validator.validate(schema, value, pointer).valid === false;
    const target = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(missingId()));
    const bodies = variants(schema, valid, rejects);
    if (bodies.length === 0) {
      plan.notSent.push({ operationId: op.operationId, reason: sampled.ok ? 'no body breaks its schema in one of the three ways (no required property, no typed property, no length limit)' : `no valid body to start from: ${sampled.reason}` });
      continue;
    }
    for (const { what, body } of bodies) plan.cases.push({ operationId: op.operationId, method: op.method.toUpperCase(), target, what, body });
  }
  return plan;
}

function variants(schema: SpecSchema, valid: unknown, rejects: (value: unknown) => boolean): Array<{ what: string; body: unknown }> {
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid)) {
    const wrong = WRONG_TYPE.find(rejects);
    return wrong === undefined ? [] : [{ what: 'the body of the wrong type', body: wrong }];
  }
  const record = valid as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, SpecSchema>;
  const out: Array<{ what: string; body: unknown }> = [];
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const missing = required.find((name) => name in record && rejects(without(record, name)));
  if (missing !== undefined) out.push({ what: `missing required "${missing}"`, body: without(record, missing) });
  // A property the valid body has first, else any the schema names (a PATCH's are all optional).
  for (const name of [...Object.keys(record), ...Object.keys(properties)]) {
    const wrong = WRONG_TYPE.find((value) => rejects({ ...record, [name]: value }));
    if (wrong !== undefined) {
      out.push({ what: `"${name}" of the wrong type`, body: { ...record, [name]: wrong } });
      break;
    }
  }
  if (out.length === 0) {
    const wrong = WRONG_TYPE.find(rejects);
    if (wrong !== undefined) out.push({ what: 'the body of the wrong type', body: wrong });
  }
  for (const [name, property] of Object.entries(properties)) {
    if (typeof property?.maxLength !== 'number' || property.maxLength > 100_000) continue;
    const long = { ...record, [name]: 'x'.repeat(property.maxLength + 1) };
    if (rejects(long)) {
      out.push({ what: `"${name}" one character over its maxLength (${property.maxLength})`, body: long });
      break;
    }
  }
  return out;
}

function without(record: Record<string, unknown>, name: string): Record<string, unknown> {
  const { [name]: _left, ...rest } = record;
  return rest;
}
