import path from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { joinPointer } from '../../../common/spec/index.js';
import type { OperationSpec } from '../../lib/spec/operations.js';
import { isCarried, loadCarriedOperations } from '../../../common/carried-operations.js';
import { loadConformance } from '../support/conformance.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import { expectRawError } from '../support/expect-answer.js';
import { messagesTo } from '../support/outbox.js';
import { applyMutation, bodyMutations, missingPathId, type BodyMutation } from '../support/invalid-inputs.js';
import type { LiveContext } from '../support/live-test.js';
import { liveTest as test } from '../support/live-test.js';
import type { Session } from '../support/session.js';

const NUM_RUNS = Number(process.env.LOGTO_CONTRACT_NUM_RUNS ?? '') || 20;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const DAY_MS = 24 * 60 * 60 * 1000;

const conformance = await loadConformance();
// The stateful scenarios cover the carried operations (openapi/carried-operations.json), the ones
// the reference server implements; the generic phase checks every operation of the spec.
const carried = await loadCarriedOperations(path.join(REPO_ROOT, 'openapi', 'carried-operations.json'));
const writeOperations = conformance.index.operations.filter((op) => WRITE_METHODS.has(op.method) && isCarried(op, carried));

/**
 * A valid body to mutate, naming only what this test created: if a server wrongly accepted a
 * mutated body, whatever it stored still carries the run prefix and is tracked for cleanup.
 */
async function baseBody(op: OperationSpec, s: Session): Promise<Record<string, unknown>> {
  switch (op.operationId) {
    case 'CreateOrganizationInvitation': {
      const org = await s.organization();
      return { invitee: s.names.email('invitee'), organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: false };
    }
    case 'ReplaceOrganizationInvitationStatus':
      return { status: 'Revoked' };
    case 'CreateOrganizationInvitationMessage':
      return { link: 'https://app.example.com/invite', locale: 'en' };
    case 'CreateOrganization':
      return { name: s.names.organization(), description: 'contract test' };
    case 'AddOrganizationUsers':
      return { userIds: [(await s.user()).id] };
    case 'CreateOrganizationRole':
      return { name: s.names.role(), description: 'contract test' };
    case 'CreateUser':
      return { primaryEmail: s.names.email(), name: s.names.organization() };
    default:
      throw new Error(`no base body for ${op.operationId}: add one here so its invalid inputs can be generated`);
  }
}

/**
 * The path for the operation. Bodies are validated before anything is looked up, so for body
 * operations a real id keeps the request meaningful; the message operation only gets a real
 * invitation where an e-mail could not leave the machine or the tenant has no connector.
 */
async function pathFor(op: OperationSpec, live: LiveContext, s: Session): Promise<string> {
  let id: string | undefined;
  if (op.path.startsWith('/api/organization-invitations/{id}')) {
    const mayReachConnector = s.target.emailConnector !== 'absent' && !s.target.maySendEmail;
    if (!(op.operationId === 'CreateOrganizationInvitationMessage' && mayReachConnector)) {
      id = (await s.invitation({ organizationId: (await s.organization()).id })).id;
    }
  } else if (op.path.startsWith('/api/organizations/{id}')) {
    id = (await s.organization()).id;
  }
  return op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id ?? live.main.names.missingId()));
}

function bodySchema(op: OperationSpec): { schema: Record<string, unknown>; pointer: string } | undefined {
  const media = op.requestBody?.content['application/json'];
  if (!media?.schema) return undefined;
  return { schema: media.schema, pointer: joinPointer(op.pointer, 'requestBody', 'content', 'application/json', 'schema') };
}

function documented4xx(op: OperationSpec, status: number): boolean {
  return status >= 400 && status < 500 && op.responses.some((r) => r.status === String(status));
}

describe.concurrent('spec-driven invalid inputs to every write operation', () => {
  test('there are write operations to fuzz', () => {
    expect(writeOperations.length).toBeGreaterThan(0);
  });

  for (const op of writeOperations) {
    const target = bodySchema(op);
    test(`${op.operationId} (${op.method.toUpperCase()} ${op.path}): generated invalid ${target ? 'bodies' : 'ids'} get a documented 4xx`, async ({ live }) => {
      const s = live.main;
      const seed = live.plan.seed;
      if (!target) {
        await fc.assert(
          fc.asyncProperty(missingPathId, async (id) => {
            const answer = await s.raw(op.method.toUpperCase(), op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id)), { invalid: true });
            expect(documented4xx(op, answer.status), `${id} → ${answer.status} ${answer.text.slice(0, 200)}`).toBe(true);
          }),
          { numRuns: NUM_RUNS, seed, endOnFailure: true },
        );
        return;
      }
      const base = await baseBody(op, s);
      const path = await pathFor(op, live, s);
      const schema = target.schema;
      const properties = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const rejects = (value: unknown): boolean => conformance.context.validator.validate(schema, value, target.pointer).valid === false;
      expect(rejects(base), `the base body of ${op.operationId} must itself be valid`).toBe(false);
      await fc.assert(
        fc.asyncProperty(bodyMutations(properties, required), async (mutation: BodyMutation) => {
          const request = applyMutation(base, mutation);
          // Only inputs the spec itself forbids: a mutation the schema accepts is not a negative case.
          fc.pre('text' in request || rejects(request.json));
          const answer = await s.raw(op.method.toUpperCase(), path, { ...request, invalid: true });
          expect(documented4xx(op, answer.status), `${JSON.stringify(mutation)} → ${answer.status} ${answer.text.slice(0, 200)}`).toBe(true);
        }),
        { numRuns: NUM_RUNS, seed, endOnFailure: true },
      );
    });
  }
});

// Logto's body parser accepts up to 1 MiB of JSON; a little more must be refused before anything is stored.
const LIMIT_BYTES = 1024 * 1024;
const OVERSIZED_BYTES = LIMIT_BYTES + 1024;
const oversizedOperations = writeOperations.filter((op) => bodySchema(op));

/**
 * What an operation would have written, read back by the names and ids in its base body: the same
 * snapshot before and after a refused request means it stored (or sent) nothing.
 */
async function storedBy(op: OperationSpec, s: Session, base: Record<string, unknown>, path: string): Promise<unknown> {
  const read = async (url: string): Promise<unknown> => {
    const answer = await s.raw('GET', url);
    expect(answer.status, `GET ${url}`).toBe(200);
    return { body: answer.json, total: answer.headers.get('total-number') };
  };
  switch (op.operationId) {
    case 'CreateOrganizationInvitation':
      return read(`/api/organization-invitations?organizationId=${encodeURIComponent(String(base.organizationId))}`);
    case 'ReplaceOrganizationInvitationStatus':
      return read(path.replace(/\/status$/, ''));
    case 'CreateOrganizationInvitationMessage': {
      // What it would store is an e-mail: the file connector's outbox, where the target has one.
      // (Where the tenant has a connector and sending is not allowed, the path names no invitation: 404.)
      const invitation = await s.raw('GET', path.replace(/\/message$/, ''));
      const invitee = (invitation.json as { invitee?: string } | undefined)?.invitee;
      const outbox = s.target.emailOutbox;
      return { status: invitation.status, invitation: invitation.json, sent: outbox && invitee ? await messagesTo(outbox, invitee) : 'no outbox to read' };
    }
    case 'CreateOrganization':
      return read(`/api/organizations?q=${encodeURIComponent(String(base.name))}`);
    case 'AddOrganizationUsers':
      return read(`${path}`);
    case 'CreateOrganizationRole':
      return read(`/api/organization-roles?q=${encodeURIComponent(String(base.name))}`);
    case 'CreateUser':
      return read(`/api/users?search=${encodeURIComponent(`%${String(base.primaryEmail)}%`)}`);
    default:
      throw new Error(`no read-back for ${op.operationId}: add one here so "stores nothing" is checked`);
  }
}

describe.concurrent('bodies larger than the server accepts', () => {
  for (const op of oversizedOperations) {
    // Logto's error handler drops the parser's 413 and its router answers 404 "Not Found" instead
    // (a Logto defect, openapi/KNOWN-DIFFERENCES.md); the spec documents what really happens.
    test(`${op.operationId}: a body over 1 MiB is 404 text/plain "Not Found" and stores nothing`, async ({ live }) => {
      const s = live.main;
      const path = await pathFor(op, live, s);
      const base = await baseBody(op, s);
      const before = await storedBy(op, s, base, path);
      const answer = await s.raw(op.method.toUpperCase(), path, { json: { ...base, padding: 'x'.repeat(OVERSIZED_BYTES) }, invalid: true });
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(answer.text).toBe('Not Found');
      expect(await storedBy(op, s, base, path)).toEqual(before);
    });
  }

  test('the limit is 1 MiB exactly: a body of 1 048 576 bytes is parsed, one byte more is 404', async ({ live }) => {
    const s = live.main;
    const name = s.names.role();
    const bodyOf = (bytes: number): string => {
      const empty = JSON.stringify({ name, padding: '' });
      return JSON.stringify({ name, padding: 'x'.repeat(bytes - empty.length) });
    };
    const over = await s.raw('POST', '/api/organization-roles', { text: bodyOf(LIMIT_BYTES + 1), invalid: true });
    expect(over.status).toBe(404);
    const exact = await s.raw('POST', '/api/organization-roles', { text: bodyOf(LIMIT_BYTES) });
    expect(exact.status).toBe(201);
    expect(exact.json).toMatchObject({ name });
  });

  test('without a token an oversized or broken body is 401: the token is checked before the body is read', async ({ live }) => {
    const s = live.main;
    const big = await s.raw('POST', '/api/organizations', { json: { name: s.names.organization(), padding: 'x'.repeat(OVERSIZED_BYTES) }, authorization: null, invalid: true });
    expectRawError(big, 401, 'auth.authorization_header_missing');
    const broken = await s.raw('POST', '/api/organization-invitations', { text: '{"invitee":', authorization: null, invalid: true });
    expectRawError(broken, 401, 'auth.authorization_header_missing');
  });
});
