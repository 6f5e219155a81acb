import type { Client } from 'openapi-fetch';
import { createLogtoHttpClient } from '../../src/runtime/http-client.js';
import type { Clock } from '../../src/runtime/clock.js';
import type { LogtoClientOptions } from '../../src/runtime/options.js';
import { unwrap } from '../../src/runtime/unwrap.js';
import { drivenClock } from './driven-clock.js';
import { TEST_APP_ID, TEST_APP_SECRET } from './fake-logto.js';
import type { paths, TestInvitation } from './paths.js';

/** Small delays and timeouts; tests override what they examine. */
export const FAST = { timeoutMs: 2_000, retry: { limit: 2, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 } } as const;

type TestClient = Client<paths>;

/**
 * A client of the hand-written test paths. Its clock is driven (`driven-clock.ts`) unless the test
 * passes one: a retry's wait resolves at once and is noted, and a cached token expires only when
 * the test moves the clock, so no test waits for, or races, the wall clock.
 */
export function testClient(endpoint: string, overrides: Partial<LogtoClientOptions> = {}, clock: Clock = drivenClock()): TestClient {
  const options = {
    endpoint,
    credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET },
    ...FAST,
    ...overrides,
  } as LogtoClientOptions;
  return createLogtoHttpClient<paths>(options, { clock });
}

// What generated methods do, written out for the hand-written paths.
export const ops = {
  get: (client: TestClient, id: string) =>
    unwrap<TestInvitation>(
      { operationId: 'GetOrganizationInvitation', method: 'GET', path: '/api/organization-invitations/{id}' },
      client.GET('/api/organization-invitations/{id}', { params: { path: { id } } }),
    ),
  list: (client: TestClient) =>
    unwrap<TestInvitation[]>(
      { operationId: 'ListOrganizationInvitations', method: 'GET', path: '/api/organization-invitations' },
      client.GET('/api/organization-invitations', {}),
    ),
  create: (client: TestClient, body: { invitee: string; organizationId: string; expiresAt: number }) =>
    unwrap<TestInvitation>(
      { operationId: 'CreateOrganizationInvitation', method: 'POST', path: '/api/organization-invitations' },
      client.POST('/api/organization-invitations', { body }),
    ),
  delete: (client: TestClient, id: string) =>
    unwrap<void>(
      { operationId: 'DeleteOrganizationInvitation', method: 'DELETE', path: '/api/organization-invitations/{id}' },
      client.DELETE('/api/organization-invitations/{id}', { params: { path: { id } } }),
    ),
  setStatus: (client: TestClient, id: string, status: 'Accepted' | 'Revoked') =>
    unwrap<TestInvitation>(
      { operationId: 'ReplaceOrganizationInvitationStatus', method: 'PUT', path: '/api/organization-invitations/{id}/status' },
      client.PUT('/api/organization-invitations/{id}/status', { params: { path: { id } }, body: { status } }),
    ),
};

export function invitation(id: string): TestInvitation {
  return { id, invitee: 'a@example.com', organizationId: 'org1', status: 'Pending' };
}
