import { describe, expect, it } from 'vitest';
import { createLogtoClient } from '../client.js';
import { operationIndex } from '../generated/apis.js';
import type { LogtoClientOptions } from './options.js';
import { DEFAULTS } from './defaults.js';
import { LogtoConfigError } from './errors.js';
import { resolveOptions } from './options.js';

const credentials = { appId: 'app', appSecret: 'secret-value' };

function configError(options: unknown): LogtoConfigError {
  try {
    createLogtoClient(options as LogtoClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(LogtoConfigError);
    return error as LogtoConfigError;
  }
  throw new Error('expected createLogtoClient to throw');
}

describe('createLogtoClient options', () => {
  it.each([
    ['no options', undefined, 'options', /options object/],
    ['missing endpoint', { credentials }, 'endpoint', /options\.endpoint is required.*https:\/\/your-tenant\.logto\.app/],
    ['non-URL endpoint', { endpoint: 'logto.example.com', credentials }, 'endpoint', /not a valid URL: include the scheme/],
    ['non-http endpoint', { endpoint: 'ftp://logto.example.com', credentials }, 'endpoint', /http: or https:/],
    ['endpoint with user info', { endpoint: 'https://app:secret-value@t.logto.app', credentials }, 'endpoint', /must not contain a user name or password/],
    ['endpoint with a query', { endpoint: 'https://t.logto.app/?tenant=1', credentials }, 'endpoint', /query or fragment/],
    ['endpoint ending in /api', { endpoint: 'https://t.logto.app/api/', credentials }, 'endpoint', /without "\/api".*"https:\/\/t\.logto\.app"/],
    ['neither credentials nor getToken', { endpoint: 'http://localhost:3001' }, 'credentials', /no authentication configured.*LOGTO_M2M_APP_ID/],
    ['both credentials and getToken', { endpoint: 'http://localhost:3001', credentials, getToken: async () => 't' }, 'credentials', /not both/],
    ['missing appSecret', { endpoint: 'http://localhost:3001', credentials: { appId: 'app' } }, 'credentials.appSecret', /LOGTO_M2M_APP_SECRET/],
    ['empty appId', { endpoint: 'http://localhost:3001', credentials: { appId: '', appSecret: 's' } }, 'credentials.appId', /credentials\.appId is required/],
    ['getToken not a function', { endpoint: 'http://localhost:3001', getToken: 'token' }, 'getToken', /must be a function/],
    ['negative timeout', { endpoint: 'http://localhost:3001', credentials, timeoutMs: -1 }, 'timeoutMs', /positive number.*got -1/],
    ['zero timeout', { endpoint: 'http://localhost:3001', credentials, timeoutMs: 0 }, 'timeoutMs', /positive number/],
    ['NaN timeout', { endpoint: 'http://localhost:3001', credentials, timeoutMs: Number.NaN }, 'timeoutMs', /positive number/],
    ['fractional retry limit', { endpoint: 'http://localhost:3001', credentials, retry: { limit: 1.5 } }, 'retry.limit', /non-negative integer/],
    ['negative base delay', { endpoint: 'http://localhost:3001', credentials, retry: { baseDelayMs: -5 } }, 'retry.baseDelayMs', /non-negative/],
    ['negative skew', { endpoint: 'http://localhost:3001', credentials, tokenExpirySkewMs: -1 }, 'tokenExpirySkewMs', /non-negative/],
    ['fetch not a function', { endpoint: 'http://localhost:3001', credentials, fetch: {} }, 'fetch', /must be a function/],
    ['middleware not an array', { endpoint: 'http://localhost:3001', credentials, middleware: {} }, 'middleware', /array/],
  ])('rejects %s naming the option and the fix', (_name, options, option, pattern) => {
    const error = configError(options);
    expect(error.option).toBe(option);
    expect(error.message).toMatch(pattern);
    expect(error.message.startsWith('createLogtoClient: ')).toBe(true);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain(credentials.appSecret);
  });

  it('applies DEFAULTS and normalizes the endpoint', () => {
    const resolved = resolveOptions({ endpoint: 'https://t.logto.app/', credentials });
    expect(resolved).toMatchObject({
      endpoint: 'https://t.logto.app',
      timeoutMs: DEFAULTS.timeoutMs,
      tokenExpirySkewMs: DEFAULTS.tokenExpirySkewMs,
      retry: { limit: DEFAULTS.retry.limit, baseDelayMs: DEFAULTS.retry.baseDelayMs, maxDelayMs: DEFAULTS.retry.maxDelayMs },
      auth: { kind: 'credentials', credentials: { ...credentials, resource: DEFAULTS.resource, scope: DEFAULTS.scope } },
    });
  });

  it('keeps a path prefix for a Logto behind a reverse-proxy path', () => {
    expect(resolveOptions({ endpoint: 'https://example.com/logto/', credentials }).endpoint).toBe('https://example.com/logto');
  });

  it('returns the openapi-fetch client and one object per API tag', () => {
    const logto = createLogtoClient({ endpoint: 'http://localhost:3001', credentials });
    // One object per tag of the spec (37 for Logto 1.42), named as operationIndex names them.
    const apis = [...new Set(Object.values(operationIndex).map((entry) => entry.api))];
    expect(apis.length).toBe(37);
    expect(Object.keys(logto).sort()).toEqual(['client', ...apis].sort());
    expect(typeof logto.client.GET).toBe('function');
    expect(typeof logto.organizationInvitations.getOrganizationInvitation).toBe('function');
  });

  it('DEFAULTS is frozen', () => {
    expect(Object.isFrozen(DEFAULTS)).toBe(true);
    expect(Object.isFrozen(DEFAULTS.retry)).toBe(true);
  });
});
