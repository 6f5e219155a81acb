import { readFile } from 'node:fs/promises';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startTestServer, startTimeoutMs, type TestServer } from './harness.js';
import { UPSTREAM_SPEC } from '../../../common/paths.js';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer({ appId: 'test-app-id', appSecret: 'test-app-secret' });
}, startTimeoutMs);
afterAll(() => test.stop());

function tokenRequest(fields: Record<string, string>, authorization?: string) {
  return send(`${test.server.url}/oidc/token`, 'POST', {
    rawBody: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(authorization ? { Authorization: authorization } : {}) },
  });
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const defaultResource = 'https://default.logto.app/api';

describe('POST /oidc/token', () => {
  it('issues an ES384 JWT for HTTP Basic client credentials with iss, aud, sub, client_id', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', resource: defaultResource, scope: 'all' }, basic('test-app-id', 'test-app-secret'));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ expires_in: 3600, token_type: 'Bearer', scope: 'all' });
    const token = response.json.access_token as string;
    expect(decodeProtectedHeader(token).alg).toBe('ES384');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: `${test.server.url}/oidc`, aud: defaultResource, sub: 'test-app-id', client_id: 'test-app-id', scope: 'all' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it('accepts client_id / client_secret form fields', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', resource: defaultResource, scope: 'all', client_id: 'test-app-id', client_secret: 'test-app-secret' });
    expect(response.status).toBe(200);
    expect(typeof response.json.access_token).toBe('string');
  });

  it('answers a wrong secret 401 invalid_client with Logto code and message', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', resource: defaultResource, scope: 'all' }, basic('test-app-id', 'wrong'));
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ error: 'invalid_client', error_description: expect.any(String), code: 'oidc.invalid_client', message: expect.any(String) });
  });

  it('answers an unknown client 401 invalid_client', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', resource: defaultResource, client_id: 'nobody', client_secret: 'x' });
    expect(response.status).toBe(401);
    expect(response.json.code).toBe('oidc.invalid_client');
  });

  it('answers an unknown resource 400 invalid_target', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', resource: 'https://elsewhere.example/api', scope: 'all' }, basic('test-app-id', 'test-app-secret'));
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: 'invalid_target', code: 'oidc.invalid_target' });
  });

  it('rejects other grant types and non-form bodies with 400', async () => {
    const grant = await tokenRequest({ grant_type: 'password', resource: defaultResource }, basic('test-app-id', 'test-app-secret'));
    expect(grant.status).toBe(400);
    expect(grant.json.error).toBe('unsupported_grant_type');
    const json = await send(`${test.server.url}/oidc/token`, 'POST', { body: { grant_type: 'client_credentials' } });
    expect(json.status).toBe(400);
    expect(json.json.error).toBe('invalid_request');
  });

  it('issues a token without scope when scope=all is not asked for, and every API call with it is 403', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', resource: defaultResource }, basic('test-app-id', 'test-app-secret'));
    expect(response.status).toBe(200);
    expect(response.json.scope).toBeUndefined();
    expect(decodeJwt(response.json.access_token).scope).toBeUndefined();
    const call = await test.api('GET', '/api/organization-invitations', { token: response.json.access_token });
    expect(call.status).toBe(403);
    expect(call.json.code).toBe('auth.forbidden');
  });
});

describe('Management API authentication', () => {
  it('401 auth.authorization_header_missing without a header', async () => {
    const response = await test.api('GET', '/api/organization-invitations', { token: null });
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ code: 'auth.authorization_header_missing', message: expect.any(String) });
  });

  it('401 auth.authorization_token_type_not_supported with supportedTypes for another scheme', async () => {
    const response = await test.api('GET', '/api/organization-invitations', { token: null, headers: { Authorization: basic('a', 'b') } });
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ code: 'auth.authorization_token_type_not_supported', data: { supportedTypes: ['Bearer'] } });
  });

  it('401 auth.unauthorized for a garbage token', async () => {
    const response = await test.api('GET', '/api/organization-invitations', { token: 'not-a-jwt' });
    expect(response.status).toBe(401);
    expect(response.json.code).toBe('auth.unauthorized');
  });

  it('401 auth.unauthorized for an expired token', async () => {
    const expired = await test.server.signTestToken({ issuedAt: Math.floor(test.now() / 1000) - 7200, expiresInSeconds: 3600 });
    const response = await test.api('GET', '/api/organization-invitations', { token: expired });
    expect(response.status).toBe(401);
    expect(response.json.code).toBe('auth.unauthorized');
  });

  it('401 auth.unauthorized for a wrong audience or issuer', async () => {
    for (const token of [await test.server.signTestToken({ audience: 'https://other.example/api' }), await test.server.signTestToken({ issuer: 'http://evil.example/oidc' })]) {
      const response = await test.api('GET', '/api/organization-invitations', { token });
      expect(response.status).toBe(401);
      expect(response.json.code).toBe('auth.unauthorized');
    }
  });

  it('401 for a token signed by another server (another key)', async () => {
    const other = await startTestServer();
    try {
      const response = await test.api('GET', '/api/organization-invitations', { token: other.token });
      expect(response.status).toBe(401);
    } finally {
      await other.stop();
    }
  }, 60_000);

  it('accepts a valid token with scope all', async () => {
    const response = await test.api('GET', '/api/organization-invitations');
    expect(response.status).toBe(200);
  });

  it('a short token lifetime is configurable and the token stops working when it runs out, by the server clock', async () => {
    let now = Date.UTC(2030, 0, 1); // a whole second: jose compares whole seconds
    const shortLived = await startTestServer({ tokenTtlSeconds: 5, now: () => now });
    try {
      const { iat, exp } = decodeJwt(shortLived.token);
      expect(iat).toBe(now / 1000);
      expect(exp).toBe(now / 1000 + 5);
      now += 4_999;
      expect((await shortLived.api('GET', '/api/organization-invitations')).status).toBe(200);
      expect(shortLived.server.expiredTokenRefusals()).toBe(0);
      now += 1;
      const response = await shortLived.api('GET', '/api/organization-invitations');
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ code: 'auth.unauthorized', data: { code: 'ERR_JWT_EXPIRED' } });
      expect(shortLived.server.expiredTokenRefusals()).toBe(1);
      expect(shortLived.server.tokensIssuedByScope()).toEqual({ all: 1, none: 0 });
    } finally {
      await shortLived.stop();
    }
  }, 60_000);
});

describe('routing', () => {
  it('GET /api/status answers 204 without a token', async () => {
    const response = await test.api('GET', '/api/status', { token: null });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
  });

  it('an unknown path answers 404 text/plain "Not Found", even without a token', async () => {
    for (const path of ['/api/nope', '/nope', '/api/organization-invitations/x/y/z']) {
      const response = await test.api('GET', path, { token: null });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(response.text).toBe('Not Found');
    }
  });

  it('a known path with an unsupported method answers 405 text/plain with Allow', async () => {
    const response = await test.api('PATCH', '/api/organization-invitations', { token: null });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    const status = await test.api('GET', '/api/organization-invitations/abc/status');
    expect(status.status).toBe(405);
    expect(status.headers.get('allow')).toBe('PUT');
  });

  it('serves the signing key at /oidc/jwks', async () => {
    const response = await send(`${test.server.url}/oidc/jwks`, 'GET');
    expect(response.status).toBe(200);
    expect(response.json.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-384', alg: 'ES384' });
    expect(response.json.keys[0].d).toBeUndefined();
  });
});

describe('the served spec', () => {
  it('GET /api/.well-known/management.openapi.json serves the structure of Logto 1.42\'s spec, as committed in openapi/upstream/, without a token', async () => {
    const response = await test.api('GET', '/api/.well-known/management.openapi.json', { token: null });
    expect(response.status).toBe(200);
    expect(response.json).toEqual(JSON.parse(await readFile(UPSTREAM_SPEC, 'utf8')));
    expect(response.json.paths['/api/organization-invitations']).toBeDefined();
  });
});
