import type { Client } from 'openapi-fetch';
import { createAuthFetch } from '../../src/auth/auth-fetch.js';
import type { paths } from '../../src/generated/schema.js';
import { DEFAULTS } from '../../src/runtime/defaults.js';
import { createPlannedClient } from '../../src/runtime/planned-requests.js';
import { RequestPlan, type OutgoingRequest } from '../../src/runtime/request-plan.js';
import { createResilientFetch } from '../../src/runtime/resilient-fetch.js';
import { resolveRetryPolicy } from '../../src/runtime/retry-policy.js';
import type { Contender } from './contenders.js';
import { INVITATION_ID } from './fake-logto-server.js';

const BENCH_TOKEN = 'bench-token';

export const LAYER_NAMES = {
  directCalls: 'our direct calls alone (no auth, no timeout/retry)',
  resilientFetch: 'our direct calls + timeout/retry fetch',
  authFetch: 'our direct calls + auth fetch',
} as const;

function getInvitation(name: string, client: Client<paths>): Contender {
  return {
    name,
    async call() {
      const { data, response } = await client.GET('/api/organization-invitations/{id}', { params: { path: { id: INVITATION_ID } } });
      if (!data) throw new Error(`${name}: HTTP ${response.status}`);
      return data.id;
    },
  };
}

/** The platform fetch of a plan (or a Request), as our timeout/retry fetch makes it, without the timeout. */
function sendPlain(request: OutgoingRequest, body?: ArrayBuffer): Promise<Response> {
  return request instanceof RequestPlan
    ? globalThis.fetch(request.url, request.initFor(undefined, body))
    : globalThis.fetch(request, body === undefined ? undefined : { body });
}

/**
 * Diagnostics for item 1 (skipped with `--no-breakdown`): our direct calls (how a call of ours is
 * built and read, in place of openapi-fetch) alone, then with one layer of our client at a time,
 * so a per-call cost above target can be traced to the layer that adds it.
 */
export function layerContenders(endpoint: string): Contender[] {
  const authorization = { Authorization: `Bearer ${BENCH_TOKEN}` };
  const direct = createPlannedClient<paths>({ baseUrl: endpoint, fetch: (request) => sendPlain(request), headers: authorization });
  const resilientFetch = createResilientFetch({ timeoutMs: DEFAULTS.timeoutMs, retry: resolveRetryPolicy(undefined) });
  const withResilientFetch = createPlannedClient<paths>({ baseUrl: endpoint, fetch: (request) => resilientFetch(request), headers: authorization });
  const authFetch = createAuthFetch(
    (request, body, answered) => {
      const sent = sendPlain(request, body);
      return answered ? sent.then(answered) : sent;
    },
    { getToken: async () => BENCH_TOKEN, cachedToken: () => BENCH_TOKEN, invalidate: () => undefined },
    () => false,
  );
  const withAuth = createPlannedClient<paths>({ baseUrl: endpoint, fetch: authFetch });
  return [
    getInvitation(LAYER_NAMES.directCalls, direct),
    getInvitation(LAYER_NAMES.resilientFetch, withResilientFetch),
    getInvitation(LAYER_NAMES.authFetch, withAuth),
  ];
}
