import { describe, expect, it } from 'vitest';
import { formatIssues } from './guard.js';
import { array, enumOf, literal, nullable, number, object, optional, parse, string, union } from './schema.js';

describe('zod-like validation', () => {
  const schema = object({
    email: string({ email: true }),
    count: optional(number()),
    tags: optional(array(string({ min: 1 }))),
    kind: optional(enumOf(['A', 'B'])),
    note: optional(nullable(string({ max: 3 }))),
    payload: optional(union(object({ link: optional(string()) }), literal(false))),
  });

  it('accepts valid input and strips unknown keys', () => {
    expect(parse(schema, { email: 'a@example.com', extra: 1, note: null, payload: false })).toEqual({ ok: true, value: { email: 'a@example.com', note: null, payload: false } });
  });

  it('reports zod-style issues with paths', () => {
    const result = parse(schema, { count: '1', tags: ['ok', ''], kind: 'C', note: 'long', payload: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['email', 'invalid_type'],
      ['count', 'invalid_type'],
      ['tags.1', 'too_small'],
      ['kind', 'invalid_enum_value'],
      ['note', 'too_big'],
      ['payload', 'invalid_union'],
    ]);
    expect(result.issues[0]?.message).toBe('Required');
    // Logto's formatZodError: one line per issue, joined with newlines, no quoting of types.
    const lines = formatIssues(result.issues).split('\n');
    expect(lines).toHaveLength(result.issues.length);
    expect(lines[0]).toBe('Error in key path "email": (invalid_type) Expected string but received undefined.');
  });

  it('rejects invalid e-mail addresses as zod does', () => {
    for (const email of ['plain', 'a@b', '.a@example.com', 'a..b@example.com', 'a@example.c']) {
      expect(parse(string({ email: true }), email).ok, email).toBe(false);
    }
    for (const email of ['a@example.com', 'A.B+c@Sub.Example.ORG']) expect(parse(string({ email: true }), email).ok, email).toBe(true);
  });

  it('a non-object where an object is expected', () => {
    for (const value of [[], null, 'x', 1]) expect(parse(schema, value).ok).toBe(false);
  });
});
