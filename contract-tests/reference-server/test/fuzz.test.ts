import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startTestServer, startTimeoutMs, type TestServer } from './harness.js';

// Property: whatever a client sends, the answer is never a 5xx and nothing reaches the server's
// internal-error path. Bodies mix arbitrary JSON with near-valid invitations.

let test: TestServer;
const internalErrors: unknown[] = [];
let ids: { organizationId: string; userId: string; roleId: string; invitationId: string };

beforeAll(async () => {
  test = await startTestServer({ onInternalError: (error) => internalErrors.push(error) });
  const base = await fixture(test);
  const invitation = await test.api('POST', '/api/organization-invitations', { body: { invitee: `fuzz-${Date.now()}@example.com`, organizationId: base.organizationId, expiresAt: Date.now() + 3_600_000 } });
  ids = { organizationId: base.organizationId, userId: base.userId, roleId: base.role.id, invitationId: invitation.json.id };
}, startTimeoutMs);
afterAll(() => test.stop());

const nasty = fc.oneof(fc.string(), fc.constantFrom('\u0000', '%', "'; drop table users; --", 'x'.repeat(300), '😀', '\ud800'), fc.double(), fc.integer(), fc.constantFrom(1e300, -1, 0, Number.MAX_SAFE_INTEGER));
const anyValue = fc.oneof(fc.jsonValue(), nasty, fc.constant(null), fc.boolean());

function invitationLike() {
  return fc.record(
    {
      invitee: fc.oneof(fc.emailAddress(), anyValue),
      organizationId: fc.oneof(fc.constant('ORG'), anyValue),
      expiresAt: fc.oneof(fc.integer({ min: Date.now() - 10_000, max: Date.now() + 10_000_000 }), anyValue),
      inviterId: fc.oneof(fc.constant('USER'), anyValue),
      organizationRoleIds: fc.oneof(fc.constant(['ROLE']), fc.array(anyValue, { maxLength: 3 })),
      messagePayload: fc.oneof(fc.constant(false), fc.dictionary(fc.constantFrom('code', 'link', 'locale', 'uiLocales', 'x'), anyValue), anyValue),
    },
    { requiredKeys: [] },
  );
}

function substitute(value: unknown): unknown {
  if (value === 'ORG') return ids.organizationId;
  if (value === 'USER') return ids.userId;
  if (value === 'ROLE') return ids.roleId;
  if (Array.isArray(value)) return value.map(substitute);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, substitute(field)]));
  return value;
}

const targets = (): Array<[string, string]> => [
  ['POST', '/api/organization-invitations'],
  ['PUT', `/api/organization-invitations/${ids.invitationId}/status`],
  ['POST', `/api/organization-invitations/${ids.invitationId}/message`],
  ['POST', '/api/organizations'],
  ['POST', `/api/organizations/${ids.organizationId}/users`],
  ['POST', '/api/organization-roles'],
  ['POST', '/api/users'],
];

describe('no client input causes a 5xx', () => {
  it('arbitrary and near-valid bodies on every write operation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), fc.oneof(invitationLike(), fc.jsonValue(), fc.dictionary(fc.string(), anyValue)), async (index, body) => {
        const [method, path] = targets()[index] as [string, string];
        const response = await test.api(method, path, { body: substitute(body) });
        // 501 connector.not_found is Logto's documented answer for "no e-mail connector", not a failure.
        const acceptable = response.status < 500 || (response.status === 501 && response.json?.code === 'connector.not_found');
        expect(acceptable, `${method} ${path} ${JSON.stringify(body).slice(0, 200)} → ${response.status}`).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(internalErrors).toEqual([]);
  }, 300_000);

  it('arbitrary path ids and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), fc.dictionary(fc.constantFrom('organizationId', 'inviterId', 'invitee', 'page', 'page_size', 'q', 'organizationRoleId', 'x'), fc.string()), async (id, query) => {
        const search = new URLSearchParams(query).toString();
        for (const path of [`/api/organization-invitations/${encodeURIComponent(id)}`, `/api/organizations/${encodeURIComponent(id)}/users?${search}`, `/api/organization-invitations?${search}`, `/api/users/${encodeURIComponent(id)}/organizations`]) {
          const response = await test.api('GET', path);
          expect(response.status, path).toBeLessThan(500);
        }
      }),
      { numRuns: 100 },
    );
    expect(internalErrors).toEqual([]);
  }, 300_000);
});
