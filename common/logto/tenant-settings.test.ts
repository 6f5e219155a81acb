import { describe, expect, test } from 'vitest';
import { changedKeys, isRunNamed, TENANT_SETTINGS, tenantSetting, TenantSettingError } from './tenant-settings.js';

/** What a setting's restore sends, for a snapshot and a current read, both as Logto answers them (selected as a reader would). */
function restoreOf(name: string, snapshot: unknown, current: unknown) {
  const setting = tenantSetting(name);
  const select = (read: unknown) => (read === undefined ? undefined : setting.select ? setting.select(read) : read);
  return setting.restore(select(snapshot), select(current));
}

// Reads as Logto 1.42 answered them on a fresh tenant.
const SIGN_IN_EXPERIENCE = {
  tenantId: 'default',
  id: 'default',
  color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8768F8' },
  languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
  signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
  signUp: { identifiers: ['username'], password: true, verify: false },
  supportEmail: null,
  passwordPolicy: {},
  mfa: { factors: [], policy: 'UserControlled' },
  adaptiveMfa: {},
  captchaPolicy: {},
  passwordExpiration: {},
  signUpProfileFields: null,
};
const ACCOUNT_CENTER = { tenantId: 'default', id: 'default', enabled: false, fields: {}, webauthnRelatedOrigins: [], deleteAccountUrl: null, customCss: null, profileFields: null };
const OAUTH2 = (target: string, id: string) => ({
  id,
  connectorId: 'oauth2',
  type: 'Social',
  config: { clientId: 'c' },
  metadata: { target, name: { en: target } },
  syncProfile: false,
  enableTokenStorage: false,
  name: { en: 'OAuth 2.0' },
  logo: 'data:...',
});
const GITHUB = { id: 'gh1', connectorId: 'github-universal', type: 'Social', config: { clientId: 'x', clientSecret: 'y' }, metadata: {}, syncProfile: true, enableTokenStorage: false, target: 'github' };
const FIELD = (name: string, sieOrder: number, label = name) => ({ tenantId: 'default', id: `id-${name}`, name, type: 'Text', label, description: null, required: false, config: { maxLength: 10 }, createdAt: 1, sieOrder });
const TEMPLATE = (languageTag: string, templateType: string, subject: string) => ({ tenantId: 'default', id: `${languageTag}-${templateType}`, languageTag, templateType, details: { subject, content: '<p>{{code}}</p>' }, createdAt: 1 });

describe('TENANT_SETTINGS', () => {
  test('every setting once, each read a GET path of the Management API', () => {
    const names = TENANT_SETTINGS.map((s) => s.setting);
    expect(new Set(names).size).toBe(names.length);
    for (const setting of TENANT_SETTINGS) expect(setting.read.path).toMatch(/^\/api\//);
    expect(names).toEqual(expect.arrayContaining(['sign-in experience', 'account center', 'captcha provider', 'custom phrases', 'e-mail templates', 'custom profile fields', 'JWT customizers', 'actions', 'ID token extended claims', 'admin console data', 'OIDC session', 'CIMD switch', 'CIMD consent-scope ceiling', 'OIDC signing keys', 'OIDC cookie keys', 'default API resource', 'default roles', 'connectors']));
  });

  test('what writes another setting when restored comes before it', () => {
    const at = (name: string) => TENANT_SETTINGS.findIndex((s) => s.setting === name);
    for (const writer of ['connectors', 'custom profile fields', 'captcha provider', 'custom phrases']) expect(at(writer)).toBeLessThan(at('sign-in experience'));
    expect(at('custom profile fields')).toBeLessThan(at('account center'));
  });

  test('a snapshot that is what is there now needs no request', () => {
    const reads: Record<string, unknown> = {
      'sign-in experience': SIGN_IN_EXPERIENCE,
      'account center': ACCOUNT_CENTER,
      'captcha provider': undefined,
      'custom phrases': [{ id: 'p', languageTag: 'ko', translation: { input: { username: 'x' } } }],
      'e-mail templates': [TEMPLATE('en', 'SignIn', 's')],
      'custom profile fields': [FIELD('nickname', 1)],
      'JWT customizers': [{ key: 'jwt.accessToken', value: { script: 's' } }],
      actions: [],
      'ID token extended claims': { enabledExtendedClaims: ['roles'] },
      'admin console data': { signInExperienceCustomized: false, organizationCreated: false },
      'OIDC session': { ttl: 1_209_600 },
      'CIMD switch': { enabled: false },
      'CIMD consent-scope ceiling': { organizationScopes: [], resourceScopes: [], organizationResourceScopes: [], userScopes: ['email'] },
      'OIDC signing keys': [{ id: 'k1', createdAt: 1, signingKeyAlgorithm: 'EC', status: 'Current' }],
      'OIDC cookie keys': [{ id: 'c1', createdAt: 1 }],
      'default API resource': [{ id: 'r1', isDefault: false }],
      'default roles': [{ id: 'role1', isDefault: true }],
      connectors: [GITHUB],
    };
    for (const setting of TENANT_SETTINGS) {
      expect(setting.setting in reads, `a read for ${setting.setting}`).toBe(true);
      expect(restoreOf(setting.setting, reads[setting.setting], structuredClone(reads[setting.setting])), setting.setting).toEqual([]);
    }
  });

  test('an unknown setting is named in the error', () => {
    expect(() => tenantSetting('nope')).toThrow(/no tenant setting "nope"/);
  });
});

describe('restores', () => {
  test('sign-in experience: one PATCH of the keys that differ, never the id', () => {
    const current = { ...SIGN_IN_EXPERIENCE, supportEmail: 'ct-x@example.com', color: { ...SIGN_IN_EXPERIENCE.color, primaryColor: '#000000' } };
    expect(restoreOf('sign-in experience', SIGN_IN_EXPERIENCE, current)).toEqual([{ method: 'PATCH', path: '/api/sign-in-exp', body: { supportEmail: null, color: SIGN_IN_EXPERIENCE.color } }]);
  });

  test('sign-in experience: sign-in goes back with sign-up, MFA with adaptive MFA (Logto checks them together)', () => {
    const current = { ...SIGN_IN_EXPERIENCE, signIn: { methods: [] }, mfa: { factors: ['Totp'], policy: 'PromptAtSignInAndSignUp' } };
    const [request] = restoreOf('sign-in experience', SIGN_IN_EXPERIENCE, current);
    expect(request?.body).toEqual({ signIn: SIGN_IN_EXPERIENCE.signIn, signUp: SIGN_IN_EXPERIENCE.signUp, mfa: SIGN_IN_EXPERIENCE.mfa, adaptiveMfa: {} });
  });

  test('sign-in experience: password expiration that was off is switched off explicitly, without the server-stamped enabledAt', () => {
    const current = { ...SIGN_IN_EXPERIENCE, passwordExpiration: { enabled: true, validPeriodDays: 90, enabledAt: 1_700_000_000_000 } };
    expect(restoreOf('sign-in experience', SIGN_IN_EXPERIENCE, current)[0]?.body).toEqual({ passwordExpiration: { enabled: false } });
    const snapshot = { ...SIGN_IN_EXPERIENCE, passwordExpiration: { enabled: true, validPeriodDays: 30, enabledAt: 1 } };
    expect(restoreOf('sign-in experience', snapshot, current)[0]?.body).toEqual({ passwordExpiration: snapshot.passwordExpiration });
  });

  test('account center: a PATCH of the keys that differ', () => {
    const current = { ...ACCOUNT_CENTER, customCss: '.x{}', fields: { name: 'Edit' } };
    expect(restoreOf('account center', ACCOUNT_CENTER, current)).toEqual([{ method: 'PATCH', path: '/api/account-center', body: { fields: {}, customCss: null } }]);
  });

  test('captcha provider: added is deleted, replaced is put back (its config only)', () => {
    const provider = (siteKey: string) => ({ tenantId: 'default', id: 'cap', config: { type: 'Turnstile', siteKey, secretKey: 's' }, createdAt: 1, updatedAt: 1 });
    expect(restoreOf('captcha provider', undefined, provider('a'))).toEqual([{ method: 'DELETE', path: '/api/captcha-provider' }]);
    expect(restoreOf('captcha provider', provider('a'), provider('b'))).toEqual([{ method: 'PUT', path: '/api/captcha-provider', body: { config: provider('a').config } }]);
    expect(restoreOf('captcha provider', provider('a'), undefined)).toEqual([{ method: 'PUT', path: '/api/captcha-provider', body: { config: provider('a').config } }]);
  });

  test("connectors: an added one is deleted, a changed one patched, a deleted one made again with its id; a run's own are left to it", () => {
    const snapshot = [GITHUB, { ...OAUTH2('tenant-sso', 'o1') }, OAUTH2('ct-run1-x', 'o2')];
    const current = [{ ...GITHUB, config: { clientId: 'changed' } }, OAUTH2('ct-run1-y', 'o3'), { id: 'sms1', connectorId: 'twilio', type: 'Sms', config: {}, metadata: {}, syncProfile: false, enableTokenStorage: false }];
    expect(restoreOf('connectors', snapshot, current)).toEqual([
      { method: 'DELETE', path: '/api/connectors/sms1' },
      { method: 'PATCH', path: '/api/connectors/gh1', body: { config: GITHUB.config, syncProfile: true } },
      { method: 'POST', path: '/api/connectors', body: { id: 'o1', connectorId: 'oauth2', config: { clientId: 'c' }, metadata: { target: 'tenant-sso', name: { en: 'tenant-sso' } }, syncProfile: false } },
    ]);
  });

  test('custom profile fields: added deleted, deleted made again, changed replaced, moved order put back last', () => {
    const snapshot = [FIELD('nickname', 1), FIELD('age', 2), FIELD('cthtsz1234nick', 3)];
    const current = [FIELD('nickname', 5, 'changed'), FIELD('company', 4), FIELD('cthtsz5678x', 6)];
    expect(restoreOf('custom profile fields', snapshot, current)).toEqual([
      { method: 'DELETE', path: '/api/custom-profile-fields/company' },
      { method: 'PUT', path: '/api/custom-profile-fields/nickname', body: { type: 'Text', label: 'nickname', required: false, config: { maxLength: 10 } } },
      { method: 'POST', path: '/api/custom-profile-fields', body: { name: 'age', type: 'Text', label: 'age', required: false, config: { maxLength: 10 } } },
      { method: 'POST', path: '/api/custom-profile-fields/properties/sie-order', body: { order: [{ name: 'nickname', sieOrder: 1 }, { name: 'age', sieOrder: 2 }] } },
    ]);
  });

  test('custom phrases: added deleted, changed put back', () => {
    const phrase = (languageTag: string, username: string) => ({ tenantId: 'default', id: languageTag, languageTag, translation: { input: { username } } });
    expect(restoreOf('custom phrases', [phrase('ko', 'a')], [phrase('ko', 'b'), phrase('de', 'c')])).toEqual([
      { method: 'DELETE', path: '/api/custom-phrases/de' },
      { method: 'PUT', path: '/api/custom-phrases/ko', body: { input: { username: 'a' } } },
    ]);
  });

  test("e-mail templates: added deleted by their pair, the rest put back in one PUT; a run's own are left to it", () => {
    const snapshot = [TEMPLATE('en', 'SignIn', 'a'), TEMPLATE('en', 'Register', 'b')];
    const current = [TEMPLATE('en', 'SignIn', 'changed'), TEMPLATE('de', 'Generic', 'c'), TEMPLATE('cthtsz1234et', 'SignIn', 'run')];
    expect(restoreOf('e-mail templates', snapshot, current)).toEqual([
      { method: 'DELETE', path: '/api/email-templates?languageTag=de&templateType=Generic' },
      {
        method: 'PUT',
        path: '/api/email-templates',
        body: { templates: [{ languageTag: 'en', templateType: 'SignIn', details: { subject: 'a', content: '<p>{{code}}</p>' } }, { languageTag: 'en', templateType: 'Register', details: { subject: 'b', content: '<p>{{code}}</p>' } }] },
      },
    ]);
  });

  test('JWT customizers and actions: added deleted, missing or changed put back, each under its own path', () => {
    expect(restoreOf('JWT customizers', [{ key: 'jwt.clientCredentials', value: { script: 'a' } }], [{ key: 'jwt.accessToken', value: { script: 'b' } }])).toEqual([
      { method: 'DELETE', path: '/api/configs/jwt-customizer/access-token' },
      { method: 'PUT', path: '/api/configs/jwt-customizer/client-credentials', body: { script: 'a' } },
    ]);
    expect(restoreOf('actions', [{ key: 'action.postSignIn', value: { script: 'a', enabled: false } }], [{ key: 'action.postSignIn', value: { script: 'a', enabled: true } }])).toEqual([
      { method: 'PUT', path: '/api/configs/actions/action.postSignIn', body: { script: 'a', enabled: false } },
    ]);
  });

  test('single config objects are written back whole', () => {
    expect(restoreOf('ID token extended claims', { enabledExtendedClaims: ['roles'] }, { enabledExtendedClaims: [] })).toEqual([{ method: 'PUT', path: '/api/configs/id-token', body: { enabledExtendedClaims: ['roles'] } }]);
    expect(restoreOf('admin console data', { organizationCreated: false }, { organizationCreated: true })).toEqual([{ method: 'PATCH', path: '/api/configs/admin-console', body: { organizationCreated: false } }]);
    expect(restoreOf('OIDC session', { ttl: 1_209_600 }, { ttl: 3600 })).toEqual([{ method: 'PATCH', path: '/api/configs/oidc/session', body: { ttl: 1_209_600 } }]);
    expect(restoreOf('CIMD switch', { enabled: false }, { enabled: true })).toEqual([{ method: 'PATCH', path: '/api/configs/cimd', body: { enabled: false } }]);
  });

  test('CIMD ceiling: added scopes deleted by type, missing ones assigned again in one POST', () => {
    const resourceScopes = (...ids: string[]) => [{ resource: { id: 'r1', name: 'r', indicator: 'https://r' }, scopes: ids.map((id) => ({ id, name: id, description: null })) }];
    const snapshot = { userScopes: ['email'], organizationScopes: [{ id: 'os1', name: 'o', description: null }], resourceScopes: resourceScopes('s1'), organizationResourceScopes: [] };
    const current = { userScopes: ['email', 'phone'], organizationScopes: [], resourceScopes: resourceScopes('s1', 's2'), organizationResourceScopes: resourceScopes('s3') };
    expect(restoreOf('CIMD consent-scope ceiling', snapshot, current)).toEqual([
      { method: 'DELETE', path: '/api/cimd/user-consent-scopes/user-scopes/phone' },
      { method: 'DELETE', path: '/api/cimd/user-consent-scopes/resource-scopes/s2' },
      { method: 'DELETE', path: '/api/cimd/user-consent-scopes/organization-resource-scopes/s3' },
      { method: 'POST', path: '/api/cimd/user-consent-scopes', body: { organizationScopes: ['os1'] } },
    ]);
  });

  test('OIDC keys cannot be put back: a change is an error that says so', () => {
    expect(() => restoreOf('OIDC signing keys', [{ id: 'k1' }], [{ id: 'k2' }])).toThrow(TenantSettingError);
    expect(() => restoreOf('OIDC cookie keys', [{ id: 'c1' }], [])).toThrow(/cannot be put back/);
  });

  test('default API resource: the old default is set again, or the new one unset', () => {
    const resources = (defaultId?: string) => ['r1', 'r2'].map((id) => ({ id, isDefault: id === defaultId }));
    expect(restoreOf('default API resource', resources('r1'), resources('r2'))).toEqual([{ method: 'PATCH', path: '/api/resources/r1/is-default', body: { isDefault: true } }]);
    expect(restoreOf('default API resource', resources(), resources('r2'))).toEqual([{ method: 'PATCH', path: '/api/resources/r2/is-default', body: { isDefault: false } }]);
  });

  test('default roles: each role whose isDefault changed is patched back', () => {
    const roles = (...defaults: string[]) => ['a', 'b', 'c'].map((id) => ({ id, isDefault: defaults.includes(id) }));
    expect(restoreOf('default roles', roles('a', 'b'), roles('b', 'c'))).toEqual([
      { method: 'PATCH', path: '/api/roles/c', body: { isDefault: false } },
      { method: 'PATCH', path: '/api/roles/a', body: { isDefault: true } },
    ]);
    expect(tenantSetting('default roles').read.paged).toBe(true);
  });
});

describe('helpers', () => {
  test('isRunNamed: the suite prefix in its three spellings, not a tenant name', () => {
    for (const name of ['ct-htsz1234-x', 'ct_htsz1234_x', 'cthtsz1234et', 'cthtsz1234cpfnick']) expect(isRunNamed(name), name).toBe(true);
    for (const name of ['en', 'zh-CN', 'nickname', 'ctaButton', 'ctname', 'ctx', 'github', undefined]) expect(isRunNamed(name), String(name)).toBe(false);
  });

  test('changedKeys: the snapshot values of the keys that differ, nothing when none does', () => {
    expect(changedKeys({ a: 1, b: { c: 2 }, id: 'x' }, { a: 1, b: { c: 3 }, id: 'y' }, ['id'])).toEqual({ b: { c: 2 } });
    expect(changedKeys({ a: 1 }, { a: 1 })).toBeUndefined();
  });
});
