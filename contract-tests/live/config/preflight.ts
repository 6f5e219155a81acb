import { UsageError } from '../../../common/usage-error.js';
import type { RemoteSettings } from './settings.js';
import { accessTokenOf, oauthErrorOf, requestToken, type TokenAnswer } from '../support/token-request.js';

const PREFLIGHT_TIMEOUT_MS = 15_000;

/**
 * Proves the remote settings work before any test runs: the server answers, the credentials get a
 * token, the token is accepted by the Management API. Each failure names the variable to fix.
 * Returns a working access token.
 */
export async function preflightRemote(settings: RemoteSettings): Promise<string> {
  await checkReachable(settings.endpoint);
  const answer = await fetchTokenOrExplain(settings);
  const token = accessTokenOf(answer);
  if (!token) {
    throw new UsageError(
      `${settings.endpoint}/oidc/token answered ${answer.status} without an access_token; check that LOGTO_ENDPOINT is the Logto server root and LOGTO_M2M_APP_ID a machine-to-machine app.`,
    );
  }
  await checkTokenAccepted(settings, token);
  return token;
}

async function checkReachable(endpoint: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${endpoint}/api/status`, { signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) });
  } catch (error) {
    throw new UsageError(
      `Cannot reach LOGTO_ENDPOINT ${endpoint} (${describeNetworkError(error)}); check the scheme, host and port and that the server is running and reachable from here.`,
    );
  }
  await response.body?.cancel().catch(() => undefined);
  if (response.status !== 204 && response.status !== 200) {
    throw new UsageError(
      `LOGTO_ENDPOINT ${endpoint} answered ${response.status} at /api/status instead of 204; set LOGTO_ENDPOINT to the Logto server root (e.g. https://your-tenant.logto.app), not an admin console or another site.`,
    );
  }
}

async function fetchTokenOrExplain(settings: RemoteSettings): Promise<TokenAnswer> {
  let answer: TokenAnswer;
  try {
    answer = await requestToken({ ...settings, scope: 'all', timeoutMs: PREFLIGHT_TIMEOUT_MS });
  } catch (error) {
    throw new UsageError(
      `Cannot reach ${settings.endpoint}/oidc/token (${describeNetworkError(error)}); check LOGTO_ENDPOINT and that the server is running.`,
    );
  }
  if (answer.status === 200) return answer;
  const oauthError = oauthErrorOf(answer);
  if (oauthError === 'invalid_client' || answer.status === 401) {
    throw new UsageError(
      `Logto rejected the credentials (${answer.status} ${oauthError ?? 'unauthorized'}): check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET; the app must be a machine-to-machine app of this tenant and the secret current.`,
    );
  }
  if (oauthError === 'invalid_target') {
    throw new UsageError(
      `Logto does not know the resource "${settings.resource}" (400 invalid_target): set LOGTO_MANAGEMENT_RESOURCE to https://default.logto.app/api on Logto OSS or https://{tenantId}.logto.app/api on Logto Cloud.`,
    );
  }
  if (oauthError === undefined && typeof answer.body === 'string') {
    throw new UsageError(
      `${settings.endpoint}/oidc/token answered ${answer.status} (${answer.contentType ?? 'no content type'}), not a Logto token answer; set LOGTO_ENDPOINT to the Logto server root.`,
    );
  }
  throw new UsageError(
    `The token request failed (${answer.status}${oauthError ? ` ${oauthError}` : ''}); check LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET and LOGTO_MANAGEMENT_RESOURCE.`,
  );
}

async function checkTokenAccepted(settings: RemoteSettings, token: string): Promise<void> {
  // A filter that matches nothing: proves the token works without reading the tenant's data.
  const probe = `${settings.endpoint}/api/organization-invitations?organizationId=ct-preflight-none`;
  let response: Response;
  try {
    response = await fetch(probe, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) });
  } catch (error) {
    throw new UsageError(`Cannot reach LOGTO_ENDPOINT ${settings.endpoint} (${describeNetworkError(error)}); check that the server is reachable.`);
  }
  await response.body?.cancel().catch(() => undefined);
  if (response.status === 403) {
    throw new UsageError(
      `The token of LOGTO_M2M_APP_ID is refused by the Management API (403): assign the app a machine-to-machine role with the Management API permission "all".`,
    );
  }
  if (response.status === 401) {
    throw new UsageError(
      `The Management API does not accept the token (401): check that LOGTO_MANAGEMENT_RESOURCE is this tenant's Management API indicator.`,
    );
  }
  if (response.status !== 200) {
    throw new UsageError(
      `GET /api/organization-invitations answered ${response.status} at LOGTO_ENDPOINT ${settings.endpoint}; check that it is a Logto server with organizations (Logto 1.18 or later).`,
    );
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${PREFLIGHT_TIMEOUT_MS / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
