import { describe, expect, it } from 'vitest';
import * as entry from './index.js';

describe('package entry point', () => {
  it('exports the factory, the error classes, DEFAULTS and the generated API classes', () => {
    expect(Object.keys(entry).sort()).toEqual(
      [
        'DEFAULTS',
        'LogtoApiError',
        'LogtoClientError',
        'LogtoConfigError',
        'LogtoNetworkError',
        'LogtoTimeoutError',
        'LogtoTokenError',
        'OrganizationInvitationsApi',
        'OrganizationRolesApi',
        'OrganizationsApi',
        'StatusApi',
        'UsersApi',
        'createApis',
        'createLogtoClient',
      ].sort(),
    );
  });

  it('every error class extends LogtoClientError and Error', () => {
    for (const ErrorClass of [entry.LogtoApiError, entry.LogtoConfigError, entry.LogtoNetworkError, entry.LogtoTimeoutError, entry.LogtoTokenError]) {
      expect(ErrorClass.prototype).toBeInstanceOf(entry.LogtoClientError);
      expect(ErrorClass.prototype).toBeInstanceOf(Error);
    }
  });
});
