import { describe, expect, test } from 'vitest';
import { abstractJson, EPOCH_MS, fill, fillJson, PlaceholderError, SECRET, TEXT, type Bindings } from './placeholders.js';

const bindings = (): Bindings => ({ prefix: 'ct-run1-', missingId: 'ct-missing-run1', now: () => 1_000_000_000_000, vars: new Map([['org', 'o12ab34cd56e']]) });

describe('fill', () => {
  test('saved values, run names, upper case, missing ids, padding and the repeat index', () => {
    const b = { ...bindings(), index: 7 };
    expect(fill('/api/organizations/{org}/users', b)).toBe('/api/organizations/o12ab34cd56e/users');
    expect(fill('{run:alice}@example.com', b)).toBe('ct-run1-alice@example.com');
    expect(fill('{RUN:alice}@ExAmPlE.CoM', b)).toBe('CT-RUN1-ALICE@ExAmPlE.CoM');
    expect(fill('{missing}', b)).toBe('ct-missing-run1');
    expect(fill('{chars:3}', b)).toBe('xxx');
    expect(fill('{run:many}-{i}', b)).toBe('ct-run1-many-7');
  });

  test('{fill:N} pads the whole string to exactly N characters, whatever the run prefix', () => {
    for (const prefix of ['ct-run1-', 'ct-gh123456789s3-']) {
      const b = { ...bindings(), prefix };
      expect(String(fill('{run:}{fill:128}', b))).toHaveLength(128);
      expect(String(fill('{run:}{fill:129}', b))).toHaveLength(129);
      expect(String(fill('{run:}{fill:128}', b)).startsWith(prefix)).toBe(true);
    }
    expect(() => fill('{run:}{fill:3}', bindings())).toThrow(/already 8 characters/);
    expect(() => fill('{fill:3}{fill:4}', bindings())).toThrow(/more than one/);
  });

  test('a whole-string time becomes epoch milliseconds from now', () => {
    expect(fill('{time:+7d}', bindings())).toBe(1_000_000_000_000 + 7 * 86_400_000);
    expect(fill('{time:-1s}', bindings())).toBe(1_000_000_000_000 - 1000);
    expect(fillJson({ expiresAt: '{time:+2s}', ids: ['{org}'] }, bindings())).toEqual({ expiresAt: 1_000_000_002_000, ids: ['o12ab34cd56e'] });
  });

  test('double braces are the server\'s own template syntax and go out as written', () => {
    expect(fill('<p>Your code is {{code}}, {run:x}</p>', bindings())).toBe('<p>Your code is {{code}}, ct-run1-x</p>');
  });

  test('an unknown placeholder or a time inside a string is a scenario bug, said as such', () => {
    expect(() => fill('{nope}', bindings())).toThrow(PlaceholderError);
    expect(() => fill('at {time:+1d}', bindings())).toThrow(/whole string/);
  });
});

describe('abstractJson', () => {
  test('run values become their placeholders, timestamps and prose become constants', () => {
    const body = { id: 'o12ab34cd56e', name: 'ct-run1-org', email: 'CT-RUN1-X@EXAMPLE.COM', createdAt: 1_765_000_000_123, count: 3, message: 'Entity not found', data: { issues: [{ message: 'Invalid email' }] }, other: 'ct-missing-run1' };
    expect(abstractJson(body, bindings())).toEqual({
      id: '{org}',
      name: '{run:}org',
      email: '{RUN:}X@EXAMPLE.COM',
      createdAt: EPOCH_MS,
      count: 3,
      message: TEXT,
      data: { issues: [{ message: TEXT }] },
      other: '{missing}',
    });
  });

  test('a stack trace, under any key, is text: a server\'s internals and its machine\'s paths are no part of a trace', () => {
    const error = 'InvalidTarget: invalid_target\n    at checkResource (file:///srv/logto/node_modules/oidc-provider/lib/x.js:73:28)\n    at async token (file:///srv/logto/y.js:1:1)';
    expect(abstractJson({ payload: { error, result: 'Error' } }, bindings())).toEqual({ payload: { error: TEXT, result: 'Error' } });
    expect(abstractJson({ note: 'two lines\nat the second, not a frame' }, bindings())).toEqual({ note: 'two lines\nat the second, not a frame' });
    // Logto 1.40 keeps the error as JSON text: the newlines are written `\n` there.
    expect(abstractJson({ payload: { error: JSON.stringify({ stack: error }) } }, bindings())).toEqual({ payload: { error: TEXT } });
    expect(abstractJson({ note: String.raw`C:\new folder` }, bindings())).toEqual({ note: String.raw`C:\new folder` });
  });

  test('a saved value stands for itself only when it is an id the server made; a run name reads as its prefix, a common value as it is', () => {
    const b: Bindings = { ...bindings(), vars: new Map([['org', 'o12ab34cd56e'], ['lang', 'en'], ['connector', 'ct-run1-oauth']]) };
    expect(abstractJson({ id: 'o12ab34cd56e', fallbackLanguage: 'en', target: 'ct-run1-oauth' }, b)).toEqual({ id: '{org}', fallbackLanguage: 'en', target: '{run:}oauth' });
  });

  test('an id without a single digit is an id too (about one 12-character Logto id in fifty)', () => {
    const b: Bindings = { ...bindings(), vars: new Map([['first', 'bbadndjjhotu'], ['alice', 'pzjbkzcudtko']]) };
    expect(abstractJson({ id: 'bbadndjjhotu', userIds: ['pzjbkzcudtko'] }, b)).toEqual({ id: '{first}', userIds: ['{alice}'] });
  });

  test('tokens and secrets never survive, by key or by look', () => {
    const jwt = 'eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    expect(abstractJson({ access_token: 'opaque', token_type: 'Bearer', nested: [jwt], secret: 's', token: 'one-time', signingKey: 'hmac' }, bindings())).toEqual({
      access_token: SECRET,
      token_type: 'Bearer',
      nested: [SECRET],
      secret: SECRET,
      token: SECRET,
      signingKey: SECRET,
    });
  });
});
