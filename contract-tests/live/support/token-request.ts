/** What a client-credentials request to `{endpoint}/oidc/token` came back with, body parsed when JSON. */
export interface TokenAnswer {
  status: number;
  contentType: string | null;
  body: unknown;
}

interface TokenRequest {
  /** Server root (the upstream, never a proxy in front of the API). */
  endpoint: string;
  appId: string;
  appSecret: string;
  resource: string;
  /** Omit to get Logto's scope-less token, which every API call answers 403. */
  scope?: string;
  timeoutMs?: number;
  /** How the app authenticates: HTTP Basic (default) or `client_id`/`client_secret` form fields. */
  clientAuth?: 'basic' | 'form';
}

export async function requestToken(request: TokenRequest): Promise<TokenAnswer> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', resource: request.resource });
  if (request.scope !== undefined) form.set('scope', request.scope);
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
  if (request.clientAuth === 'form') {
    form.set('client_id', request.appId);
    form.set('client_secret', request.appSecret);
  } else {
    headers.Authorization = `Basic ${Buffer.from(`${encodeURIComponent(request.appId)}:${encodeURIComponent(request.appSecret)}`).toString('base64')}`;
  }
  const response = await fetch(`${request.endpoint}/oidc/token`, {
    method: 'POST',
    headers,
    body: form.toString(),
    signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: callers report the status and content type.
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}

export function accessTokenOf(answer: TokenAnswer): string | undefined {
  if (answer.status !== 200 || answer.body === null || typeof answer.body !== 'object') return undefined;
  const token = (answer.body as Record<string, unknown>).access_token;
  return typeof token === 'string' && token !== '' ? token : undefined;
}

export function oauthErrorOf(answer: TokenAnswer): string | undefined {
  if (answer.body === null || typeof answer.body !== 'object') return undefined;
  const error = (answer.body as Record<string, unknown>).error;
  return typeof error === 'string' ? error : undefined;
}

/**
 * A token step of a scenario (`StepSpec.token`): the app's right or a wrong secret, for its
 * resource or an unknown one, with or without `scope=all`, by HTTP Basic or form fields. The
 * answer keeps the parsed body (which a trace scrubs), never the raw text holding the token.
 */
export async function sendTokenStep(
  app: { upstream: string; appId: string; appSecret: string; resource: string },
  step: { clientAuth: 'basic' | 'form'; secret: 'right' | 'wrong'; resource: 'right' | 'unknown'; scope: 'all' | 'none' },
  timeoutMs = 30_000,
): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const answer = await requestToken({
    endpoint: app.upstream,
    appId: app.appId,
    appSecret: step.secret === 'right' ? app.appSecret : `${app.appSecret}-wrong`,
    resource: step.resource === 'right' ? app.resource : 'https://ct-unknown.example.com/api',
    ...(step.scope === 'all' ? { scope: 'all' } : {}),
    clientAuth: step.clientAuth,
    timeoutMs,
  });
  const json = typeof answer.body === 'string' ? undefined : answer.body;
  return { status: answer.status, headers: new Headers(answer.contentType ? { 'content-type': answer.contentType } : {}), text: json === undefined ? String(answer.body) : '', json };
}
