import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLogto, TEST_APP_ID, TEST_APP_SECRET, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson, sendText, startTestServer, unusedPort, type TestServer } from '../../test/helpers/http-server.js';
import { ops, testClient } from '../../test/helpers/test-client.js';
import { LogtoApiError, LogtoClientError, LogtoConfigError, LogtoTokenError } from './errors.js';
import type { LogtoClientOptions } from './options.js';
import { redact } from './redact.js';

const servers: Array<FakeLogto | TestServer> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const BASIC = Buffer.from(`${TEST_APP_ID}:${TEST_APP_SECRET}`).toString('base64');

/** Every way an error gets printed or shipped. */
function renderings(error: unknown): Record<string, string> {
  const e = error as Error & { toJSON?: () => unknown };
  return {
    message: e.message,
    stack: e.stack ?? '',
    toJSON: JSON.stringify(e.toJSON?.()),
    stringify: JSON.stringify(e),
    inspect: inspect(e, { depth: 10, showHidden: true }),
    string: String(e),
    cause: inspect(e.cause, { depth: 10, showHidden: true }),
  };
}

function expectClean(error: unknown, secrets: string[]): void {
  expect(error).toBeInstanceOf(LogtoClientError);
  for (const [how, text] of Object.entries(renderings(error))) {
    for (const secret of secrets) {
      expect(text.includes(secret), `${how} leaks ${secret.slice(0, 6)}…`).toBe(false);
    }
  }
}

describe('secret redaction', () => {
  it('an API error whose body echoes the bearer token carries no token', async () => {
    const logto = await startFakeLogto({
      api: (req, res) =>
        sendJson(res, 403, {
          code: 'auth.forbidden',
          message: `Forbidden for ${req.headers.authorization}`,
          data: { authorization: req.headers.authorization, token: req.headers.authorization?.slice(7) },
          details: `token=${req.headers.authorization?.slice(7)}`,
        }),
    });
    servers.push(logto);
    const error = await ops.get(testClient(logto.url), 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    const token = logto.issuedTokens[0] ?? 'missing';
    expect(token).not.toBe('missing');
    expectClean(error, [token, TEST_APP_SECRET, BASIC]);
    expect((error as Error).message).toContain('[REDACTED]');
  });

  it('a text error body that echoes the token carries no token', async () => {
    const logto = await startFakeLogto({ api: (req, res) => sendText(res, 500, `upstream said: ${req.headers.authorization}`) });
    servers.push(logto);
    const error = await ops.get(testClient(logto.url, { retry: false }), 'a').catch((e: unknown) => e);
    expectClean(error, [logto.issuedTokens[0] ?? 'missing', TEST_APP_SECRET]);
  });

  it('a second-401 error carries no token', async () => {
    const logto = await startFakeLogto({
      skipAuthCheck: true,
      api: (req, res) => sendJson(res, 401, { code: 'auth.unauthorized', message: `bad token ${req.headers.authorization?.slice(7)}` }),
    });
    servers.push(logto);
    const error = await ops.get(testClient(logto.url), 'a').catch((e: unknown) => e);
    expectClean(error, [...logto.issuedTokens, TEST_APP_SECRET]);
  });

  it('token errors carry neither the secret nor the Basic credentials, even when the server echoes them', async () => {
    const server = await startTestServer((req, res) =>
      sendJson(res, 401, {
        error: 'invalid_client',
        error_description: `bad credentials ${req.headers.authorization} / ${TEST_APP_SECRET}`,
      }),
    );
    servers.push(server);
    const error = await ops.get(testClient(server.url), 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoTokenError);
    expectClean(error, [TEST_APP_SECRET, BASIC]);
  });

  it('a non-JSON token reply that echoes the secret carries no secret', async () => {
    const server = await startTestServer((req, res) => sendText(res, 500, `debug: ${req.body} ${req.headers.authorization}`));
    servers.push(server);
    const error = await ops.get(testClient(server.url), 'a').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_response' });
    expectClean(error, [TEST_APP_SECRET, BASIC]);
  });

  it('an unreachable-endpoint token error carries no secret', async () => {
    const port = await unusedPort();
    const error = await ops.get(testClient(`http://127.0.0.1:${port}`), 'a').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unreachable' });
    expectClean(error, [TEST_APP_SECRET, BASIC]);
  });

  it('a network error after the token was issued carries no token', async () => {
    const logto = await startFakeLogto({ api: (_req, res) => void res.socket?.destroy() });
    servers.push(logto);
    const error = await ops.get(testClient(logto.url), 'a').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LogtoNetworkError' });
    expectClean(error, [...logto.issuedTokens, TEST_APP_SECRET, BASIC]);
  });

  it('a config error never echoes a secret passed in the wrong place', () => {
    const error = (() => {
      try {
        testClient('http://127.0.0.1:1', {
          credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET },
          getToken: async () => 'x',
        } as unknown as Partial<LogtoClientOptions>);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(LogtoConfigError);
    expectClean(error, [TEST_APP_SECRET]);
    let tokenAsTimeout: unknown;
    try {
      testClient('http://127.0.0.1:1', { timeoutMs: 'eyJhbGciOi.secret-ish.value' as unknown as number });
    } catch (e) {
      tokenAsTimeout = e;
    }
    expectClean(tokenAsTimeout, ['eyJhbGciOi.secret-ish.value']);
  });
});

describe('redact()', () => {
  it('masks credentials it has never seen by their shape', () => {
    expect(redact('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [REDACTED]');
    expect(redact('authorization=opaque-value')).toBe('authorization=[REDACTED]');
    expect(redact('got Bearer abc.def-ghi here')).toBe('got Bearer [REDACTED] here');
    expect(redact('header Basic dXNlcjpwYXNz')).toBe('header Basic [REDACTED]');
    expect(redact('jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature end')).toBe('jwt [REDACTED] end');
    expect(redact('{"access_token":"opaque123","x":1}')).toBe('{"access_token":"[REDACTED]","x":1}');
    expect(redact('client_secret=abc&x=1')).toBe('client_secret=[REDACTED]&x=1');
  });

  it('leaves ordinary text alone', () => {
    const text = 'GetOrganizationInvitation failed with 404 Not Found (GET /api/organization-invitations/abc): entity.not_found';
    expect(redact(text)).toBe(text);
  });
});
