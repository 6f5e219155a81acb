import createClient from 'openapi-fetch';
import { createLogtoClient } from '../../src/index.js';
import { createLogtoCore, getOrganizationInvitation } from '../../src/operations.js';
import type { paths } from '../../src/generated/schema.js';
import { INVITATION_ID } from './fake-logto-server.js';

/** The names of our two forms in the bench's tables. */
export const OURS = { full: 'ours, full client', small: 'ours, small form' } as const;

/** One way of making the same GET /api/organization-invitations/{id} call. */
export interface Contender {
  name: string;
  /** Resolves with the invitation's id, so a contender that silently fails cannot look fast. */
  call(): Promise<string>;
}

// Made-up credentials for the local stand-in; the server accepts anything.
const BENCH_APP = { appId: 'bench-app', appSecret: 'bench-secret' };
const BENCH_TOKEN = 'bench-token';
const MANAGEMENT_RESOURCE = 'https://default.logto.app/api';

export function rawFetchContender(endpoint: string): Contender {
  const url = `${endpoint}/api/organization-invitations/${encodeURIComponent(INVITATION_ID)}`;
  const headers = { Authorization: `Bearer ${BENCH_TOKEN}`, Accept: 'application/json' };
  return {
    name: 'raw fetch',
    async call() {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}`);
      return idOf(await response.json());
    },
  };
}

export function openapiFetchContender(endpoint: string): Contender {
  const client = createClient<paths>({ baseUrl: endpoint, headers: { Authorization: `Bearer ${BENCH_TOKEN}` } });
  return {
    name: 'openapi-fetch',
    async call() {
      const { data, response } = await client.GET('/api/organization-invitations/{id}', { params: { path: { id: INVITATION_ID } } });
      if (!data) throw new Error(`openapi-fetch: HTTP ${response.status}`);
      return data.id;
    },
  };
}

/** The full client: cached client-credentials token, retry/timeout wrapper, error mapping, generated method. */
export function oursContender(endpoint: string): Contender {
  const logto = createLogtoClient({ endpoint, credentials: BENCH_APP });
  return {
    name: OURS.full,
    async call() {
      const invitation = await logto.organizationInvitations.getOrganizationInvitation(INVITATION_ID);
      return invitation.id;
    },
  };
}

/** The small form: the same operation as a function over `createLogtoCore`'s runtime. */
export function oursSmallFormContender(endpoint: string): Contender {
  const logto = createLogtoCore({ endpoint, credentials: BENCH_APP });
  return {
    name: OURS.small,
    async call() {
      const invitation = await getOrganizationInvitation(logto, INVITATION_ID);
      return invitation.id;
    },
  };
}

/**
 * `@logto/api`'s management client (engines: Node ^22.14 || ^24). Loaded lazily so that, should it
 * not run on this Node, the bench reports why and measures the rest.
 */
export async function logtoApiContender(endpoint: string): Promise<Contender> {
  const { createManagementApi } = await import('@logto/api/management');
  const { apiClient } = createManagementApi('default', {
    clientId: BENCH_APP.appId,
    clientSecret: BENCH_APP.appSecret,
    baseUrl: endpoint,
    apiIndicator: MANAGEMENT_RESOURCE,
  });
  return {
    name: '@logto/api',
    async call() {
      const { data, response } = await apiClient.GET('/api/organization-invitations/{id}', { params: { path: { id: INVITATION_ID } } });
      if (!data) throw new Error(`@logto/api: HTTP ${response.status}`);
      return idOf(data);
    },
  };
}

function idOf(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string') return body.id;
  throw new Error('response body has no string id');
}
