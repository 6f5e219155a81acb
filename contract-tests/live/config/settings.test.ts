import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../common/usage-error.js';
import { assertWritesAllowed, readLiveSettings } from './settings.js';
import { parseLiveArgs } from '../runner/live-args.js';

const remote = { LOGTO_ENDPOINT: 'https://tenant.example.com/', LOGTO_M2M_APP_ID: 'app', LOGTO_M2M_APP_SECRET: 'very-secret-value' };

describe('live settings', () => {
  it('no LOGTO_* variable means the embedded reference server', () => {
    expect(readLiveSettings({})).toEqual({ mode: 'reference', seed: undefined });
  });

  it('reads a remote target with the default resource and no trailing slash', () => {
    expect(readLiveSettings({ ...remote, LOGTO_CONTRACT_SEED: '42' })).toMatchObject({
      mode: 'remote',
      endpoint: 'https://tenant.example.com',
      resource: 'https://default.logto.app/api',
      allowWrites: false,
      sendEmail: false,
      emailConnector: undefined,
      seed: 42,
    });
  });

  it.each([
    [{ LOGTO_ENDPOINT: 'https://x.example.com' }, /LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET are not set/],
    [{ ...remote, LOGTO_ENDPOINT: 'localhost:3001' }, /LOGTO_ENDPOINT "localhost:3001" is not an http\(s\) URL/],
    [{ ...remote, LOGTO_ENDPOINT: 'https://x.example.com/api' }, /ends in \/api/],
    [{ ...remote, LOGTO_MANAGEMENT_RESOURCE: 'default' }, /LOGTO_MANAGEMENT_RESOURCE "default" is not a URL/],
    [{ ...remote, LOGTO_CONTRACT_EMAIL_CONNECTOR: 'yes' }, /LOGTO_CONTRACT_EMAIL_CONNECTOR="yes"/],
    [{ ...remote, LOGTO_CONTRACT_ALLOW_WRITES: 'true' }, /LOGTO_CONTRACT_ALLOW_WRITES="true"/],
    [{ LOGTO_CONTRACT_SEED: 'abc' }, /LOGTO_CONTRACT_SEED="abc"/],
    [{ LOGTO_CONTRACT_NUM_RUNS: '0' }, /LOGTO_CONTRACT_NUM_RUNS="0"/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      readLiveSettings(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).not.toContain('very-secret-value');
  });

  it('refuses writes to a remote tenant unless LOGTO_CONTRACT_ALLOW_WRITES=1', () => {
    expect(() => assertWritesAllowed(readLiveSettings(remote))).toThrow(/LOGTO_CONTRACT_ALLOW_WRITES=1/);
    expect(() => assertWritesAllowed(readLiveSettings({ ...remote, LOGTO_CONTRACT_ALLOW_WRITES: '1' }))).not.toThrow();
    expect(() => assertWritesAllowed(readLiveSettings({}))).not.toThrow();
  });
});

describe('contract:live arguments', () => {
  it('passes a shard through and knows the proxy flag', () => {
    expect(parseLiveArgs(['--via-prism-proxy', '--shard=2/3'])).toEqual({ viaPrismProxy: true, shard: '2/3', serial: false, generic: false, wholeApi: false, census: false, spec: undefined, changedSince: undefined, help: false });
    expect(parseLiveArgs(['--shard', '1/2']).shard).toBe('1/2');
  });

  it('--whole-api picks the phases over every operation; with --generic it is refused', () => {
    expect(parseLiveArgs(['--whole-api']).wholeApi).toBe(true);
    expect(() => parseLiveArgs(['--whole-api', '--generic'])).toThrow(/give one/);
  });

  it.each([['--shard=4/3'], ['--shard=0/3'], ['--shard=x'], ['--frobnicate']])('refuses %s', (arg) => {
    expect(() => parseLiveArgs([arg])).toThrow(UsageError);
  });
});
