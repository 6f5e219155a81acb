import { afterEach, describe, expect, it } from 'vitest';
import {
  createLogtoClient,
  LogtoApiError,
  LogtoTokenError,
  type LogtoClient,
  type LogtoClientOptions,
  type OrganizationInvitation,
} from './index.js';
import { startFakeLogto, TEST_APP_ID, TEST_APP_SECRET, type FakeLogto } from '../test/helpers/fake-logto.js';
import { invitationStore } from '../test/helpers/invitation-store.js';
import { FAST } from '../test/helpers/test-client.js';

const servers: FakeLogto[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(overrides: Partial<LogtoClientOptions> = {}): Promise<{ logto: FakeLogto; client: LogtoClient; store: ReturnType<typeof invitationStore> }> {
  const store = invitationStore();
  const logto = await startFakeLogto({
    api: (req, res) => {
      if (req.path === '/api/status') return void res.writeHead(204).end();
      return store.handler(req, res);
    },
  });
  servers.push(logto);
  const client = createLogtoClient({
    endpoint: logto.url,
    credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET },
    ...FAST,
    ...overrides,
  } as LogtoClientOptions);
  return { logto, client, store };
}

const inAWeek = (): number => Date.now() + 7 * 24 * 3600 * 1000;

describe('createLogtoClient with the generated Organization Invitations API', () => {
  it('runs the six invitation operations end to end', async () => {
    const { logto, client, store } = await setup();
    const api = client.organizationInvitations;

    const created: OrganizationInvitation = await api.createOrganizationInvitation({
      invitee: 'Alice@Example.com',
      organizationId: 'org123456789',
      expiresAt: inAWeek(),
      messagePayload: false,
    });
    expect(created).toMatchObject({ invitee: 'Alice@Example.com', status: 'Pending', organizationId: 'org123456789' });

    await expect(api.getOrganizationInvitation(created.id)).resolves.toEqual(created);

    const listed = await api.listOrganizationInvitations({ organizationId: 'org123456789', invitee: 'alice@example.com' });
    expect(listed.map((i) => i.id)).toEqual([created.id]);

    await expect(
      api.createOrganizationInvitationMessage(created.id, { link: 'https://app.example.com/invite', locale: 'en' }),
    ).resolves.toBeUndefined();
    expect(store.messages).toEqual([{ link: 'https://app.example.com/invite', locale: 'en' }]);

    const revoked = await api.replaceOrganizationInvitationStatus(created.id, { status: 'Revoked' });
    expect(revoked.status).toBe('Revoked');

    await expect(api.deleteOrganizationInvitation(created.id)).resolves.toBeUndefined();
    expect(store.invitations.size).toBe(0);

    expect(logto.apiRequests().map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/organization-invitations',
      `GET /api/organization-invitations/${created.id}`,
      'GET /api/organization-invitations?organizationId=org123456789&invitee=alice%40example.com',
      `POST /api/organization-invitations/${created.id}/message`,
      `PUT /api/organization-invitations/${created.id}/status`,
      `DELETE /api/organization-invitations/${created.id}`,
    ]);
    expect(logto.tokenRequests()).toHaveLength(1);
    expect(JSON.parse(logto.apiRequests()[0]?.body ?? '')).toMatchObject({ invitee: 'Alice@Example.com', messagePayload: false });
    expect(logto.apiRequests()[0]?.headers['content-type']).toBe('application/json');
  });

  it('lists without filters', async () => {
    const { logto, client } = await setup();
    await expect(client.organizationInvitations.listOrganizationInvitations()).resolves.toEqual([]);
    expect(logto.apiRequests()[0]?.url).toBe('/api/organization-invitations');
  });

  it('throws LogtoApiError with the generated operation info for an unknown id', async () => {
    const { client } = await setup();
    const error = await client.organizationInvitations.getOrganizationInvitation('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'entity.not_found',
      operationId: 'GetOrganizationInvitation',
      method: 'GET',
      path: '/api/organization-invitations/{id}',
      urlPath: '/api/organization-invitations/nope',
    });
  });

  it('maps a 422 from a status change on a final invitation', async () => {
    const { client } = await setup();
    const api = client.organizationInvitations;
    const created = await api.createOrganizationInvitation({ invitee: 'b@example.com', organizationId: 'o', expiresAt: inAWeek(), messagePayload: false });
    await api.replaceOrganizationInvitationStatus(created.id, { status: 'Revoked' });
    await expect(api.replaceOrganizationInvitationStatus(created.id, { status: 'Revoked' })).rejects.toMatchObject({
      name: 'LogtoApiError',
      status: 422,
      code: 'request.invalid_input',
      operationId: 'ReplaceOrganizationInvitationStatus',
    });
  });

  it('passes per-call headers and abort signals through', async () => {
    const { logto, client } = await setup();
    await client.organizationInvitations.listOrganizationInvitations(undefined, { headers: { 'X-Request-Id': 'req-1' } });
    expect(logto.apiRequests()[0]?.headers['x-request-id']).toBe('req-1');
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.organizationInvitations.getOrganizationInvitation('x', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('exposes the typed openapi-fetch client for direct calls through the same auth and retry stack', async () => {
    const { logto, client } = await setup();
    const { data, response } = await client.client.GET('/api/organization-invitations', { params: { query: { organizationId: 'o' } } });
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
    expect(logto.apiRequests()[0]?.headers.authorization).toMatch(/^Bearer eyJ/);
  });

  it('calls GetStatus without a token, so it works even with wrong credentials', async () => {
    const { logto, client } = await setup({ credentials: { appId: TEST_APP_ID, appSecret: 'wrong-secret-value' } });
    await expect(client.status.getStatus()).resolves.toBeUndefined();
    expect(logto.tokenRequests()).toHaveLength(0);
    expect(logto.apiRequests()[0]?.headers.authorization).toBeUndefined();
    await expect(client.organizationInvitations.listOrganizationInvitations()).rejects.toBeInstanceOf(LogtoTokenError);
  });

  it('calls GetStatus without a token when a middleware sees the call too (openapi-fetch builds it, matched by URL)', async () => {
    const seen: string[] = [];
    const { logto, client } = await setup({
      credentials: { appId: TEST_APP_ID, appSecret: 'wrong-secret-value' },
      middleware: [{ onRequest: ({ request }) => void seen.push(`${request.method} ${new URL(request.url).pathname}`) }],
    });
    await expect(client.status.getStatus()).resolves.toBeUndefined();
    expect(seen).toEqual(['GET /api/status']);
    expect(logto.tokenRequests()).toHaveLength(0);
    expect(logto.apiRequests()[0]?.headers.authorization).toBeUndefined();
  });

  it('works with getToken instead of credentials', async () => {
    const { logto } = await setup();
    // Borrow a real token from the fake server through a credentials client, then hand it over.
    const minted = await createLogtoClient({ endpoint: logto.url, credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET } })
      .organizationInvitations.listOrganizationInvitations()
      .then(() => logto.issuedTokens[0] ?? '');
    let calls = 0;
    const client = createLogtoClient({ endpoint: logto.url, getToken: async () => (calls++, minted) });
    await expect(client.organizationInvitations.listOrganizationInvitations()).resolves.toEqual([]);
    expect(calls).toBe(1);
    expect(logto.tokenRequests()).toHaveLength(1);
  });
});
