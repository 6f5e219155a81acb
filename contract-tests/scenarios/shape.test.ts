import { describe, expect, test } from 'vitest';
import { shapeOf } from './shape.js';

describe('shapeOf', () => {
  test('names every pointer with its JSON type, deeply', () => {
    expect(shapeOf({ id: 'a', n: 1, ok: true, none: null, roles: [{ id: 'r' }], data: {} })).toEqual({
      '': 'object',
      '/data': 'object',
      '/id': 'string',
      '/n': 'number',
      '/none': 'null',
      '/ok': 'boolean',
      '/roles': 'array',
      '/roles/*': 'object',
      '/roles/*/id': 'string',
    });
  });

  test('array elements share one pointer; differing types are joined', () => {
    expect(shapeOf([{ inviterId: null }, { inviterId: 'u' }])).toEqual({ '': 'array', '/*': 'object', '/*/inviterId': 'null|string' });
  });

  test('an empty array has no element pointer; keys with / and ~ are escaped', () => {
    expect(shapeOf({ 'a/b': [], '~': 1 })).toEqual({ '': 'object', '/a~1b': 'array', '/~0': 'number' });
  });
});
