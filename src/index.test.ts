import { describe, expect, it } from 'vitest';
import * as generated from './generated/apis.js';
import * as entry from './index.js';

describe('package entry point', () => {
  it('exports the factory, the error classes and DEFAULTS', () => {
    for (const name of ['createLogtoClient', 'DEFAULTS', 'LogtoApiError', 'LogtoClientError', 'LogtoConfigError', 'LogtoNetworkError', 'LogtoTimeoutError', 'LogtoTokenError']) {
      expect(entry, name).toHaveProperty(name);
    }
  });

  it('exports every generated API class and createApis', () => {
    for (const name of Object.keys(generated)) expect(entry, name).toHaveProperty(name, generated[name as keyof typeof generated]);
    expect(entry.OrganizationInvitationsApi).toBeTypeOf('function');
    expect(entry.createApis).toBeTypeOf('function');
  });

  it('every error class extends LogtoClientError and Error', () => {
    for (const ErrorClass of [entry.LogtoApiError, entry.LogtoConfigError, entry.LogtoNetworkError, entry.LogtoTimeoutError, entry.LogtoTokenError]) {
      expect(ErrorClass.prototype).toBeInstanceOf(entry.LogtoClientError);
      expect(ErrorClass.prototype).toBeInstanceOf(Error);
    }
  });
});
