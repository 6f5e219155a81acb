import { describe, expect, it } from 'vitest';
import type { Census } from '../census/census.js';
import { unreadSettings } from './before-tests.js';

const setting = (name: string, path: string, fingerprint: string | null, note?: string) => ({ what: 'setting' as const, name, path, count: null, fingerprint, ...(note ? { note } : {}) });

describe('unreadSettings', () => {
  const snapshot: Census = {
    entries: [
      setting('OIDC session', '/api/configs/oidc/session', null, 'GET answered 500'),
      setting('actions', '/api/configs/actions', null, 'GET answered 404'),
      setting('default roles', '/api/roles?type=User', null, 'GET answered 0'),
      setting('captcha provider', '/api/captcha-provider', 'absent'),
      setting('JWT customizers', '/api/configs/jwt-customizer', 'f00d'),
      { what: 'list', name: 'ListUsers', path: '/api/users', count: null, fingerprint: null, note: 'GET answered 500' },
    ],
    settings: new Map(),
  };

  it('names every setting that could not be read, and only settings', async () => {
    expect(await unreadSettings(snapshot, undefined)).toEqual(['OIDC session (GET answered 500)', 'actions (GET answered 404)', 'default roles (GET answered 0)']);
  });

  it("leaves out a setting whose read the target's own spec lacks (an older Logto): there is nothing to change", async () => {
    const gap = { compared: 'Logto 1.40.0 against ours', notServed: ['ListActions'], changes: {} };
    expect(await unreadSettings(snapshot, gap)).toEqual(['OIDC session (GET answered 500)', 'default roles (GET answered 0)']);
  });
});
