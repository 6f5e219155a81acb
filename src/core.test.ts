import { afterEach, describe, expect, it } from 'vitest';
import { sendJson } from '../test/helpers/http-server.js';
import { startFakeLogto, TEST_APP_ID, TEST_APP_SECRET, type ApiHandler, type FakeLogto } from '../test/helpers/fake-logto.js';
import { invitationStore } from '../test/helpers/invitation-store.js';
import { FAST } from '../test/helpers/test-client.js';
import {
  createLogtoCore,
  createOrganizationInvitation,
  deleteOrganizationInvitation,
  getOrganizationInvitation,
  getStatus,
  listOrganizationInvitations,
  listUsersIterate,
  LogtoApiError,
  LogtoClientError,
  LogtoConfigError,
  LogtoTokenError,
  replaceOrganizationInvitationStatus,
  type LogtoCoreOptions,
} from './operations.js';

const servers: FakeLogto[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(api?: ApiHandler, overrides: Partial<LogtoCoreOptions> = {}) {
  const store = invitationStore();
  const logto = await startFakeLogto({ api: api ?? store.handler });
  servers.push(logto);
  const core = createLogtoCore({ endpoint: logto.url, credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET }, ...FAST, ...overrides } as LogtoCoreOptions);
  return { logto, core, store };
}

const inAWeek = (): number => Date.now() + 7 * 24 * 3600 * 1000;

describe('createLogtoCore with the operation functions (the small form)', () => {
  it('runs invitation operations end to end with one token, as the full client does', async () => {
    const { logto, core, store } = await setup();
    const created = await createOrganizationInvitation(core, { invitee: 'a@example.com', organizationId: 'org1', expiresAt: inAWeek(), messagePayload: false });
    await expect(getOrganizationInvitation(core, created.id)).resolves.toEqual(created);
    await expect(listOrganizationInvitations(core, { organizationId: 'org1' })).resolves.toHaveLength(1);
    await expect(replaceOrganizationInvitationStatus(core, created.id, { status: 'Revoked' })).resolves.toMatchObject({ status: 'Revoked' });
    await expect(deleteOrganizationInvitation(core, created.id)).resolves.toBeUndefined();
    expect(store.invitations.size).toBe(0);
    expect(logto.tokenRequests()).toHaveLength(1);
    expect(logto.apiRequests().map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/organization-invitations',
      `GET /api/organization-invitations/${created.id}`,
      'GET /api/organization-invitations?organizationId=org1',
      `PUT /api/organization-invitations/${created.id}/status`,
      `DELETE /api/organization-invitations/${created.id}`,
    ]);
    expect(logto.apiRequests()[0]?.headers['content-type']).toBe('application/json');
  });

  it('throws LogtoApiError with the operation named, and never the secret', async () => {
    const { core } = await setup();
    const error = await getOrganizationInvitation(core, 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect(error).toMatchObject({ status: 404, code: 'entity.not_found', operationId: 'GetOrganizationInvitation', urlPath: '/api/organization-invitations/nope' });
    const logto = await startFakeLogto({ tokenHandler: (_req, res) => sendJson(res, 401, { error: 'invalid_client', error_description: `bad secret ${TEST_APP_SECRET}` }) });
    servers.push(logto);
    const wrong = createLogtoCore({ endpoint: logto.url, credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET } });
    const tokenError = await getOrganizationInvitation(wrong, 'x').catch((e: unknown) => e);
    expect(tokenError).toBeInstanceOf(LogtoTokenError);
    expect(JSON.stringify(tokenError) + String((tokenError as Error).stack)).not.toContain(TEST_APP_SECRET);
  });

  it('calls a public operation without a token, so it works with wrong credentials', async () => {
    const { logto, core } = await setup((req, res) => (req.path === '/api/status' ? void res.writeHead(204).end() : sendJson(res, 404, {})), {
      credentials: { appId: TEST_APP_ID, appSecret: 'wrong-secret-value' },
    });
    await expect(getStatus(core)).resolves.toBeUndefined();
    expect(logto.tokenRequests()).toHaveLength(0);
    expect(logto.apiRequests()[0]?.headers.authorization).toBeUndefined();
  });

  it('retries an idempotent call on 503, as the full client does', async () => {
    let calls = 0;
    const { logto, core } = await setup((_req, res) => (++calls === 1 ? sendJson(res, 503, { message: 'busy' }) : sendJson(res, 200, [])));
    await expect(listOrganizationInvitations(core)).resolves.toEqual([]);
    expect(logto.apiRequests()).toHaveLength(2);
  });

  it('walks a page iterator', async () => {
    const users = Array.from({ length: 5 }, (_, i) => ({ id: `u${i}` }));
    const { core } = await setup((req, res) => {
      const url = new URL(req.url, 'http://x');
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('page_size'));
      sendJson(res, 200, users.slice((page - 1) * size, page * size), { 'Total-Number': '5' });
    });
    const ids: string[] = [];
    for await (const user of listUsersIterate(core, { page_size: 2 })) ids.push(user.id);
    expect(ids).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
  });

  it('names createLogtoCore in its option errors, and refuses middleware, which needs openapi-fetch', () => {
    const call = (options: unknown) => () => createLogtoCore(options as LogtoCoreOptions);
    expect(call({ credentials: { appId: 'a', appSecret: 'b' } })).toThrow(/^createLogtoCore: options\.endpoint is required/);
    expect(call(undefined)).toThrow(/^createLogtoCore: expected an options object, e\.g\. createLogtoCore\(\{/);
    const error = (() => {
      try {
        call({ endpoint: 'http://127.0.0.1:9', credentials: { appId: 'a', appSecret: 'b' }, middleware: [{ onRequest: () => undefined }] })();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LogtoConfigError);
    expect(error).toMatchObject({ option: 'middleware', message: expect.stringMatching(/needs createLogtoClient/) });
  });

  it('refuses a per-call option only openapi-fetch implements, naming it and where to make the call', async () => {
    const { core, logto } = await setup();
    const call = core.GET('/api/organization-invitations', { baseUrl: 'http://elsewhere.invalid' } as never);
    await expect(call).rejects.toBeInstanceOf(LogtoClientError);
    await expect(call).rejects.toThrow(/the per-call option "baseUrl" needs createLogtoClient\(\.\.\.\)\.client/);
    expect(logto.apiRequests()).toHaveLength(0);
  });
});
