import path from 'node:path';
import { decodeJwt } from 'jose';
import { describe, expect } from 'vitest';
import { expectLogtoError, expectRawError } from '../support/expect-answer.js';
import { isCarried, loadCarriedOperations } from '../../../common/carried-operations.js';
import { loadConformance } from '../support/conformance.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import { liveTest as test } from '../support/live-test.js';
import type { Session } from '../support/session.js';
import { accessTokenOf, requestToken } from '../support/token-request.js';

function withoutToken(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  const { access_token: _token, ...rest } = body as Record<string, unknown>;
  return rest;
}

type Call = (s: Session, authorization: string | null) => Promise<{ status: number; json: unknown; text: string }>;

/** One request per invitation operation; auth is checked before anything else, so ids need not exist. */
function invitationCalls(s: Session): Array<[string, Call]> {
  const id = s.names.missingId();
  const body = { invitee: s.names.email('invitee'), organizationId: s.names.missingId(), expiresAt: Date.now() + 60_000 };
  return [
    ['ListOrganizationInvitations', (x, a) => x.raw('GET', `/api/organization-invitations?organizationId=${id}`, { authorization: a, invalid: true })],
    ['CreateOrganizationInvitation', (x, a) => x.raw('POST', '/api/organization-invitations', { json: body, authorization: a, invalid: true })],
    ['GetOrganizationInvitation', (x, a) => x.raw('GET', `/api/organization-invitations/${id}`, { authorization: a, invalid: true })],
    ['DeleteOrganizationInvitation', (x, a) => x.raw('DELETE', `/api/organization-invitations/${id}`, { authorization: a, invalid: true })],
    ['ReplaceOrganizationInvitationStatus', (x, a) => x.raw('PUT', `/api/organization-invitations/${id}/status`, { json: { status: 'Revoked' }, authorization: a, invalid: true })],
    ['CreateOrganizationInvitationMessage', (x, a) => x.raw('POST', `/api/organization-invitations/${id}/message`, { json: {}, authorization: a, invalid: true })],
  ];
}

describe.concurrent('authentication and authorization', () => {
  test('no Authorization header is 401 auth.authorization_header_missing on every invitation operation', async ({ live }) => {
    const s = live.main;
    for (const [name, call] of invitationCalls(s)) {
      const answer = await call(s, null);
      expect(answer.status, name).toBe(401);
      expectRawError(answer, 401, 'auth.authorization_header_missing');
    }
  });

  test('a scheme other than Bearer is 401 auth.authorization_token_type_not_supported', async ({ live }) => {
    const s = live.main;
    for (const [, call] of invitationCalls(s)) {
      const error = expectRawError(await call(s, `Basic ${Buffer.from('ct:nothing').toString('base64')}`), 401, 'auth.authorization_token_type_not_supported');
      expect(error.data).toMatchObject({ supportedTypes: ['Bearer'] });
    }
  });

  test('a token that does not verify (garbage, tampered signature, wrong audience, expired) is 401 auth.unauthorized', async ({ live }) => {
    const s = live.main;
    const real = await s.token();
    const tampered = `${real.slice(0, -6)}${real.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    const candidates = ['garbage', tampered, ...(live.plan.main.forgedTokens ? Object.values(live.plan.main.forgedTokens) : [])];
    for (const token of candidates) {
      for (const [, call] of invitationCalls(s)) {
        const error = expectRawError(await call(s, `Bearer ${token}`), 401, 'auth.unauthorized');
        // Logto puts the verifier's (jose's) error in `data`: its code and class name.
        expect(error.data).toMatchObject({ code: expect.stringMatching(/^ERR_J/), name: expect.any(String) });
      }
    }
  });

  test('a valid token without scope "all" is 403 auth.forbidden on every invitation operation', async ({ live }) => {
    const s = live.main;
    const answer = await requestToken({ endpoint: s.target.upstream, appId: s.target.appId, appSecret: s.target.appSecret, resource: s.target.resource });
    const token = accessTokenOf(answer);
    expect(token, `token request without scope answered ${answer.status}`).toBeTypeOf('string');
    for (const [name, call] of invitationCalls(s)) {
      const result = await call(s, `Bearer ${token as string}`);
      expect(result.status, name).toBe(403);
      expectRawError(result, 403, 'auth.forbidden');
    }
  });

  test('the token endpoint issues a JWT for the resource with scope all (issuer, audience, subject)', async ({ live }) => {
    const t = live.plan.main;
    const answer = await requestToken({ endpoint: t.upstream, appId: t.appId, appSecret: t.appSecret, resource: t.resource, scope: 'all' });
    expect(answer.status).toBe(200);
    // Compared without the token itself, so a failure message cannot print it.
    expect(typeof accessTokenOf(answer)).toBe('string');
    // The lifetime is the API resource's setting (3600 s on a new Logto tenant): a positive number of seconds, matching the token.
    expect(withoutToken(answer.body)).toMatchObject({ expires_in: expect.any(Number), token_type: 'Bearer', scope: 'all' });
    const claims = decodeJwt(accessTokenOf(answer) as string);
    const lifetime = (answer.body as { expires_in: number }).expires_in;
    expect(lifetime).toBeGreaterThan(0);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(lifetime);
    expect(claims).toMatchObject({ iss: `${t.upstream}/oidc`, aud: t.resource, sub: t.appId, client_id: t.appId });
    // Client authentication by form fields works as well as HTTP Basic.
    const byForm = await requestToken({ endpoint: t.upstream, appId: t.appId, appSecret: t.appSecret, resource: t.resource, scope: 'all', clientAuth: 'form' });
    expect(byForm.status).toBe(200);
    expect(typeof accessTokenOf(byForm)).toBe('string');
    expect(withoutToken(byForm.body)).toMatchObject({ token_type: 'Bearer', scope: 'all' });
  });

  test('the token endpoint refuses a wrong secret (401 invalid_client) and an unknown resource (400 invalid_target)', async ({ live }) => {
    const t = live.plan.main;
    const wrongSecret = await requestToken({ endpoint: t.upstream, appId: t.appId, appSecret: `${t.appSecret}x`, resource: t.resource, scope: 'all' });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body).toMatchObject({ error: 'invalid_client', code: 'oidc.invalid_client', message: expect.any(String) });
    const unknownResource = await requestToken({ endpoint: t.upstream, appId: t.appId, appSecret: t.appSecret, resource: 'https://ct-unknown.example.com/api', scope: 'all' });
    expect(unknownResource.status).toBe(400);
    expect(unknownResource.body).toMatchObject({ error: 'invalid_target', code: 'oidc.invalid_target' });
  });

  test('GetStatus needs no token and answers 204', async ({ live }) => {
    const s = live.main;
    const answer = await s.raw('GET', '/api/status', { authorization: null });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    const typed = await s.clientWith(null, { invalid: false }).GET('/api/status');
    expect(typed.response.status).toBe(204);
  });

  test('every secured carried operation refuses a missing token (401) and a token without scope (403)', async ({ live }) => {
    const s = live.main;
    const { index } = await loadConformance();
    // A scope-less token per operation: one token for the whole loop could expire on a server
    // whose tokens are short-lived, and the 401 would be mistaken for the answer under test.
    const scopelessToken = async (): Promise<string | undefined> =>
      accessTokenOf(await requestToken({ endpoint: s.target.upstream, appId: s.target.appId, appSecret: s.target.appSecret, resource: s.target.resource }));
    // The carried operations (the ones the reference server implements); the generic phase checks
    // every operation of the spec for the same refusals.
    const carried = await loadCarriedOperations(path.join(REPO_ROOT, 'openapi', 'carried-operations.json'));
    const secured = index.operations.filter((op) => op.security.length > 0 && isCarried(op, carried));
    expect(secured.length).toBeGreaterThan(6);
    for (const op of secured) {
      const scopeless = await scopelessToken();
      expect(scopeless).toBeTypeOf('string');
      // Authentication comes before routing parameters and bodies: ids need not exist.
      const path = op.path.replace(/\{[^}]+\}/g, s.names.missingId());
      const json = op.requestBody ? {} : undefined;
      expectRawError(await s.raw(op.method.toUpperCase(), path, { json, authorization: null, invalid: true }), 401, 'auth.authorization_header_missing');
      expectRawError(await s.raw(op.method.toUpperCase(), path, { json, authorization: `Bearer ${scopeless as string}`, invalid: true }), 403, 'auth.forbidden');
    }
    expectLogtoError(await s.clientWith('Bearer garbage').POST('/api/organizations', { body: { name: s.names.organization() } }), 401, 'auth.unauthorized');
  });
});
