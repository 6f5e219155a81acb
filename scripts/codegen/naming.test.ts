import { describe, expect, it } from 'vitest';
import { collectApis, fallbackOperationKey } from './collect-operations.js';
import { camelCase, claimUnique, docText, pascalCase, propertyKey, quote, safeParameterName } from './naming.js';

describe('naming', () => {
  it('camelCases operationIds, params and tags the way people write them', () => {
    const written: Record<string, string | undefined> = {
      GetOrganizationInvitation: 'getOrganizationInvitation',
      'Organization invitations': 'organizationInvitations',
      'SAML applications': 'samlApplications',
      CIMD: 'cimd',
      'part-id': 'partId',
      page_size: 'pageSize',
      '2fa-codes': '_2faCodes',
      '!!!': undefined,
    };
    for (const [input, expected] of Object.entries(written)) expect(camelCase(input), input).toBe(expected);
  });

  it('PascalCases tags into class names', () => {
    expect(pascalCase('Organization invitations')).toBe('OrganizationInvitations');
    expect(pascalCase('Sign-in experience')).toBe('SignInExperience');
    expect(pascalCase('Swagger.json')).toBe('SwaggerJson');
    expect(pascalCase('SSO connectors')).toBe('SSOConnectors');
  });

  it('keeps reserved words out of parameter names', () => {
    expect(safeParameterName('class')).toBe('classParam');
    expect(safeParameterName('default')).toBe('defaultParam');
    expect(safeParameterName('id')).toBe('id');
  });

  it('numbers collisions deterministically', () => {
    const taken = new Set<string>(['body']);
    expect(claimUnique('body', taken)).toBe('body2');
    expect(claimUnique('body', taken)).toBe('body3');
    expect(claimUnique('id', taken)).toBe('id');
  });

  it('synthesizes an operation key from method and path', () => {
    expect(fallbackOperationKey('get', '/api/users/{userId}/roles')).toBe('GetApiUsersByUserIdRoles');
    expect(fallbackOperationKey('delete', '/')).toBe('Delete');
  });

  it('escapes literals, keys and doc text', () => {
    expect(quote("it's\\\n")).toBe("'it\\'s\\\\\\n'");
    expect(propertyKey('GetThing')).toBe('GetThing');
    expect(propertyKey('get-thing.part')).toBe("'get-thing.part'");
    expect(propertyKey('__proto__')).toBe("['__proto__']");
    expect(docText('a */ b\r\nc  ')).toEqual(['a *\\/ b', 'c']);
  });

  it('falls back to the method+path name for an operationId without ASCII letters', () => {
    const document = { openapi: '3.0.3', paths: { '/api/things': { get: { operationId: 'получить', tags: ['Вещи'], responses: {} } } } };
    const [api] = collectApis(document, 'inline.yaml');
    expect(api?.className).toBe('UntaggedApi');
    expect(api?.operations.map((operation) => [operation.key, operation.methodName])).toEqual([['получить', 'getApiThings']]);
  });
});
