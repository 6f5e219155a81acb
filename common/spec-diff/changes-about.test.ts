import { describe, expect, it } from 'vitest';
import type { Change } from './change.js';
import { changesAboutAnswer, changesAboutRequest, fieldOfPointer } from './changes-about.js';

const change = (kind: string, base: string | undefined, field = '', direction: 'request' | 'response' = 'response'): Change => ({
  class: 'non-breaking',
  kind,
  operationId: 'Op',
  location: '#',
  message: `${kind} ${base ?? ''} ${field}`,
  ...(base ? { subject: { base, field }, direction } : {}),
});

describe('a JSON pointer in the diff\'s field words', () => {
  it('numbers are array items, the body is empty', () => {
    expect(fieldOfPointer('/0/cimdClientId')).toBe('[].cimdClientId');
    expect(fieldOfPointer('/organizationRoles/1/id')).toBe('organizationRoles[].id');
    expect(fieldOfPointer('/')).toBe('');
    expect(fieldOfPointer('')).toBe('');
    expect(fieldOfPointer('/a~1b')).toBe('a/b');
  });
});

describe('which changes are about a place of an answer', () => {
  const added = change('field-added', 'response 200 body', '[].cimdClientId');
  const nested = change('field-added', 'response 200 body', 'emailBlocklistPolicy.customAllowlist');
  const wildcard = change('field-added', 'response 200 body', 'translation.*.x');
  const gone = change('response-removed', 'response 204');
  const schema = change('schema-added', 'response 201 body');
  const request = change('field-added', 'request body', 'appLevelAccessControlEnabled', 'request');

  it('a field: the same field, one inside it or around it, at the same status', () => {
    expect(changesAboutAnswer([added], { what: 'field', status: 200, pointer: '/3/cimdClientId' })).toEqual([added]);
    expect(changesAboutAnswer([added], { what: 'field', status: 201, pointer: '/3/cimdClientId' })).toEqual([]);
    expect(changesAboutAnswer([added], { what: 'field', status: 200, pointer: '/3/name' })).toEqual([]);
    expect(changesAboutAnswer([nested], { what: 'field', status: 200, pointer: '/emailBlocklistPolicy' })).toEqual([nested]);
    expect(changesAboutAnswer([wildcard], { what: 'field', status: 200, pointer: '/translation/de/x' })).toEqual([wildcard]);
    expect(changesAboutAnswer([schema], { what: 'field', status: 201, pointer: '/roleIds' })).toEqual([schema]);
  });

  it('a status: a response that came or went with either status', () => {
    expect(changesAboutAnswer([gone, added], { what: 'status', statuses: [200, 204] })).toEqual([gone]);
    expect(changesAboutAnswer([gone], { what: 'status', statuses: [200, 201] })).toEqual([]);
  });

  it('a content type: the body as a whole', () => {
    expect(changesAboutAnswer([schema, added], { what: 'content type', status: 201 })).toEqual([schema]);
    expect(changesAboutAnswer([added], { what: 'content type', status: 200 })).toEqual([]);
  });

  it('an operation that came or went explains anything about it; a request change nothing about an answer', () => {
    const operation = change('operation-added', undefined);
    expect(changesAboutAnswer([operation, request], { what: 'header', status: 200, name: 'total-number' })).toEqual([operation]);
  });

  it('a request: the top-level body fields and the parameters it sent', () => {
    const parameter = change('parameter-added', 'query parameter `organizationRoleId`', '', 'request');
    expect(changesAboutRequest([request, parameter], { bodyFields: ['appLevelAccessControlEnabled'], parameters: [] })).toEqual([request]);
    expect(changesAboutRequest([request, parameter], { bodyFields: ['name'], parameters: [{ in: 'query', name: 'organizationRoleId' }] })).toEqual([parameter]);
    expect(changesAboutRequest([added], { bodyFields: ['cimdClientId'], parameters: [] })).toEqual([]);
  });
});
