import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, patch, post, put } from './steps.js';

const CONFIGS = '/api/configs';
const JWT = `${CONFIGS}/jwt-customizer`;
const ACTIONS = `${CONFIGS}/actions`;

/** An access-token sample as Logto's own tests write it. */
const ACCESS_TOKEN_SAMPLE = { jti: 'ct-jti', aud: 'https://ct.example.com/api', scope: 'read', clientId: 'ct-app', accountId: 'ct-user', grantId: 'ct-grant', gty: 'authorization_code', kind: 'AccessToken' };
/** Adds no claim: while it exists every user access token runs it, and changes nothing. */
const NO_CLAIMS = 'const getCustomJwtClaims = async ({ token, context, environmentVariables }) => { return {}; };';
const CUSTOMIZER = { script: NO_CLAIMS, environmentVariables: { ct: '1' }, contextSample: { user: { id: 'ct-user' } }, tokenSample: ACCESS_TOKEN_SAMPLE };
const DO_NOTHING = 'const runAction = async ({ event }) => undefined;';

export const CONFIG_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'configs-read-and-write-back',
    tag: 'Configs',
    covers: [
      'ListActions, ListJwtCustomizers (only configured keys), GetIdTokenConfig, GetOidcSessionConfig (ttl filled in), GetCimdConfig and GetOidcKeys (private and cookie keys, without their secrets) answer 200',
      'UpdateAdminConsoleConfig writes signInExperienceCustomized back as it was: 200 with it, and GetAdminConsoleConfig reads the same',
      'TestJwtCustomizer runs a script on samples (locally on a self-hosted Logto): 200 with the claims it returns',
      'TestAction runs a script on an event: 200 with a result, 204 when the script returns nothing',
      'RotateOidcKeys and DeleteOidcKey are never sent (irreversible: the old keys cannot be read back)',
    ],
    steps: [
      get('list-actions', ACTIONS, { status: 200 }),
      get('list-jwt-customizers', JWT, { status: 200 }),
      get('admin-console', `${CONFIGS}/admin-console`, { status: 200 }, { keep: { customized: '/signInExperienceCustomized' } }),
      patch('admin-console-write-back', `${CONFIGS}/admin-console`, { signInExperienceCustomized: '{json:customized}' }, { status: 200, values: { '/signInExperienceCustomized': '{json:customized}' } }),
      get('admin-console-after', `${CONFIGS}/admin-console`, { status: 200, values: { '/signInExperienceCustomized': '{json:customized}' } }),
      get('id-token', `${CONFIGS}/id-token`, { status: 200 }),
      get('oidc-session', `${CONFIGS}/oidc/session`, { status: 200 }),
      get('cimd-switch', `${CONFIGS}/cimd`, { status: 200 }),
      get('private-keys', `${CONFIGS}/oidc/private-keys`, { status: 200, values: { '/0/value': undefined } }),
      get('cookie-keys', `${CONFIGS}/oidc/cookie-keys`, { status: 200, values: { '/0/value': undefined } }),
      get('unknown-key-type', `${CONFIGS}/oidc/ct-keys`, { status: 400 }),
      post(
        'test-jwt-customizer',
        `${JWT}/test`,
        {
          tokenType: 'access-token',
          script: 'const getCustomJwtClaims = async ({ token, context, environmentVariables }) => { return { ctClaim: environmentVariables.ct, ctUser: context.user.id, ctAccount: token.accountId }; };',
          token: ACCESS_TOKEN_SAMPLE,
          context: { user: { id: 'ct-user' } },
          environmentVariables: { ct: 'yes' },
        },
        { status: 200, values: { '': { ctClaim: 'yes', ctUser: 'ct-user', ctAccount: 'ct-user' } } },
      ),
      post(
        'test-action',
        `${ACTIONS}/test`,
        { actionType: 'action.postSignIn', script: "const runAction = async ({ event }) => ({ action: 'updateUser', user: { name: event.ct } });", event: { ct: 'ct-name' } },
        { status: 200, values: { '': { action: 'updateUser', user: { name: 'ct-name' } } } },
      ),
      post('test-action-undefined', `${ACTIONS}/test`, { actionType: 'action.postSignIn', script: DO_NOTHING, event: {} }, { status: 204 }),
    ],
  },
  {
    // Tenant-wide: an access-token customizer runs for every user token the tenant issues. This one
    // adds no claim; the scenario runs only where there is none
    // (its first step is a precondition) and deletes it in its last steps.
    name: 'jwt-customizer-lifecycle',
    tag: 'Configs',
    changesSettings: true,
    covers: [
      'UpsertJwtCustomizer answers 201 the first time and 200 after, with the customizer as stored; GetJwtCustomizer returns it and ListJwtCustomizers holds it under jwt.accessToken',
      'UpdateJwtCustomizer needs the script (400 without it) and replaces what it is given',
      'DeleteJwtCustomizer 204, then GetJwtCustomizer 404 and the list no longer holds it',
    ],
    steps: [
      get('get-before', `${JWT}/access-token`, { status: 404 }, { precondition: true }),
      put('create', `${JWT}/access-token`, CUSTOMIZER, { status: 201, values: { '': CUSTOMIZER } }),
      get('get', `${JWT}/access-token`, { status: 200, values: { '': CUSTOMIZER } }),
      get('list', JWT, { status: 200, holds: [{ where: { '/key': 'jwt.accessToken', '/value/script': NO_CLAIMS } }] }),
      patch('update-without-script', `${JWT}/access-token`, { environmentVariables: { ct: '2' } }, { status: 400 }),
      patch('update', `${JWT}/access-token`, { script: NO_CLAIMS, environmentVariables: { ct: '2' } }, { status: 200, values: { '/script': NO_CLAIMS, '/environmentVariables': { ct: '2' } } }),
      get('get-after-update', `${JWT}/access-token`, { status: 200, values: { '/environmentVariables': { ct: '2' } } }),
      put('replace', `${JWT}/access-token`, CUSTOMIZER, { status: 200, values: { '': CUSTOMIZER } }),
      del('delete', `${JWT}/access-token`, { status: 204 }),
      get('get-deleted', `${JWT}/access-token`, { status: 404 }),
      get('list-after-delete', JWT, { status: 200, lacks: [{ where: { '/key': 'jwt.accessToken' } }] }),
      del('delete-again', `${JWT}/access-token`, { status: 404 }),
    ],
  },
  {
    // Tenant-wide: a post-sign-in action runs on every sign-in while enabled. This one is disabled
    // and does nothing; the scenario runs only where there is none
    // (its first step is a precondition) and deletes it in its last steps.
    name: 'actions-lifecycle',
    tag: 'Configs',
    changesSettings: true,
    covers: [
      'UpsertAction answers 201 the first time and 200 after; GetAction returns it and ListActions holds it',
      'UpdateAction merges what it is given into the stored action, and GetAction shows it',
      'DeleteAction 204, then GetAction 404 and the list no longer holds it',
    ],
    steps: [
      get('get-before', `${ACTIONS}/action.postSignIn`, { status: 404 }, { precondition: true }),
      put('create', `${ACTIONS}/action.postSignIn`, { script: DO_NOTHING, enabled: false }, { status: 201, values: { '': { script: DO_NOTHING, enabled: false } } }),
      get('get', `${ACTIONS}/action.postSignIn`, { status: 200, values: { '': { script: DO_NOTHING, enabled: false } } }),
      get('list', ACTIONS, { status: 200, holds: [{ where: { '/key': 'action.postSignIn', '/value/enabled': false } }] }),
      patch('update', `${ACTIONS}/action.postSignIn`, { environmentVariables: { ct: '1' }, onExecutionError: 'allow' }, {
        status: 200,
        values: { '': { script: DO_NOTHING, enabled: false, environmentVariables: { ct: '1' }, onExecutionError: 'allow' } },
      }),
      get('get-after-update', `${ACTIONS}/action.postSignIn`, { status: 200, values: { '/environmentVariables': { ct: '1' }, '/onExecutionError': 'allow', '/enabled': false } }),
      put('replace', `${ACTIONS}/action.postSignIn`, { script: DO_NOTHING, enabled: false }, { status: 200, values: { '': { script: DO_NOTHING, enabled: false } } }),
      put('create-unknown-key', `${ACTIONS}/action.postSignIn`, { script: DO_NOTHING, enabled: false, ctUnknown: true }, { status: 400 }),
      del('delete', `${ACTIONS}/action.postSignIn`, { status: 204 }),
      get('get-deleted', `${ACTIONS}/action.postSignIn`, { status: 404 }),
      get('list-after-delete', ACTIONS, { status: 200, lacks: [{ where: { '/key': 'action.postSignIn' } }] }),
      del('delete-again', `${ACTIONS}/action.postSignIn`, { status: 404 }),
      patch('update-deleted', `${ACTIONS}/action.postSignIn`, { enabled: false }, { status: 404 }),
    ],
  },
  {
    // Each of these is one tenant-wide value: the scenario changes it, reads the change, and
    // writes back what it kept.
    name: 'configs-changes',
    tag: 'Configs',
    changesSettings: true,
    covers: [
      'UpdateAdminConsoleConfig merges: the key it is given changes, the others stay',
      'UpsertIdTokenConfig replaces the extended claims, and GetIdTokenConfig shows it',
      'UpdateOidcSessionConfig changes the session TTL, and GetOidcSessionConfig shows it',
      'each is written back as it was, and reads the same afterwards',
    ],
    steps: [
      get('admin-console-before', `${CONFIGS}/admin-console`, { status: 200 }, { keep: { adminConsole: '', organizationCreated: '/organizationCreated', customized: '/signInExperienceCustomized' } }),
      patch('admin-console-change', `${CONFIGS}/admin-console`, { organizationCreated: true }, { status: 200, values: { '/organizationCreated': true, '/signInExperienceCustomized': '{json:customized}' } }),
      get('admin-console-changed', `${CONFIGS}/admin-console`, { status: 200, values: { '/organizationCreated': true } }),
      patch('admin-console-restore', `${CONFIGS}/admin-console`, { organizationCreated: '{json:organizationCreated}' }, { status: 200, values: { '': '{json:adminConsole}' } }),
      get('id-token-before', `${CONFIGS}/id-token`, { status: 200 }, { keep: { idToken: '' } }),
      put('id-token-change', `${CONFIGS}/id-token`, { enabledExtendedClaims: ['roles'] }, { status: 200, values: { '/enabledExtendedClaims': ['roles'] } }),
      get('id-token-changed', `${CONFIGS}/id-token`, { status: 200, values: { '/enabledExtendedClaims': ['roles'] } }),
      put('id-token-restore', `${CONFIGS}/id-token`, '{json:idToken}', { status: 200, values: { '': '{json:idToken}' } }),
      get('id-token-restored', `${CONFIGS}/id-token`, { status: 200, values: { '': '{json:idToken}' } }),
      get('oidc-session-before', `${CONFIGS}/oidc/session`, { status: 200 }, { keep: { session: '', ttl: '/ttl' } }),
      patch('oidc-session-change', `${CONFIGS}/oidc/session`, { ttl: 86_400 }, { status: 200, values: { '/ttl': 86_400 } }),
      get('oidc-session-changed', `${CONFIGS}/oidc/session`, { status: 200, values: { '/ttl': 86_400 } }),
      patch('oidc-session-restore', `${CONFIGS}/oidc/session`, { ttl: '{json:ttl}' }, { status: 200, values: { '': '{json:session}' } }),
      get('oidc-session-restored', `${CONFIGS}/oidc/session`, { status: 200, values: { '': '{json:session}' } }),
    ],
  },
  {
    // The same writes without a change: each value goes back exactly as it was read, so the
    // setting never differs from what it was, and the default run can check the writes' 2xx.
    name: 'configs-write-back',
    tag: 'Configs',
    covers: [
      'UpsertIdTokenConfig with the extended claims as they are: 200 with them, and GetIdTokenConfig reads the same',
      'UpdateOidcSessionConfig with the session TTL as it is: 200, and GetOidcSessionConfig reads the same',
      'UpdateCimdConfig with the CIMD switch as it is: 200, and GetCimdConfig reads the same',
    ],
    steps: [
      get('id-token-before', `${CONFIGS}/id-token`, { status: 200 }, { keep: { idToken: '' } }),
      put('id-token-write-back', `${CONFIGS}/id-token`, '{json:idToken}', { status: 200, values: { '': '{json:idToken}' } }),
      get('id-token-after', `${CONFIGS}/id-token`, { status: 200, values: { '': '{json:idToken}' } }),
      get('oidc-session-before', `${CONFIGS}/oidc/session`, { status: 200 }, { keep: { session: '', ttl: '/ttl' } }),
      patch('oidc-session-write-back', `${CONFIGS}/oidc/session`, { ttl: '{json:ttl}' }, { status: 200, values: { '': '{json:session}' } }),
      get('oidc-session-after', `${CONFIGS}/oidc/session`, { status: 200, values: { '': '{json:session}' } }),
      get('cimd-before', `${CONFIGS}/cimd`, { status: 200 }, { keep: { cimd: '', cimdEnabled: '/enabled' } }),
      patch('cimd-write-back', `${CONFIGS}/cimd`, { enabled: '{json:cimdEnabled}' }, { status: 200, values: { '': '{json:cimd}' } }),
      get('cimd-after', `${CONFIGS}/cimd`, { status: 200, values: { '': '{json:cimd}' } }),
    ],
  },
  {
    name: 'cimd-ceiling-write-back',
    tag: 'CIMD',
    covers: ['ListCimdUserConsentScopes answers 200 with the four groups; AssignCimdUserConsentScopes with nothing to add is 201 and changes nothing (the user scopes read the same)'],
    steps: [
      get('list', '/api/cimd/user-consent-scopes', { status: 200 }, { keep: { userScopes: '/userScopes' } }),
      post('assign-nothing', '/api/cimd/user-consent-scopes', {}, { status: 201 }),
      get('list-after', '/api/cimd/user-consent-scopes', { status: 200, values: { '/userScopes': '{json:userScopes}' } }),
    ],
  },
  {
    // The ceiling is tenant-wide (what CIMD clients may ask users for), so adding to it changes a
    // setting even though the scopes are the run's own; they are removed in the last steps (and
    // would go with their resource and organization scope anyway).
    name: 'cimd-ceiling-lifecycle',
    tag: 'CIMD',
    changesSettings: true,
    covers: [
      "AssignCimdUserConsentScopes adds a resource scope and an organization scope: 201, and ListCimdUserConsentScopes holds them (the resource scope under its resource)",
      'DeleteCimdUserConsentScope removes each (204), then 404, and the list no longer holds them',
    ],
    steps: [
      create('resource', 'api', { name: '{run:cimd}' }),
      create('resource-scope', 'scope', { name: '{run:cimd}', params: { resourceId: '{api}' } }),
      create('organization-scope', 'orgScope', { name: '{run:cimd-org}' }),
      post('assign', '/api/cimd/user-consent-scopes', { resourceScopes: ['{scope}'], organizationScopes: ['{orgScope}'] }, { status: 201 }),
      get('list', '/api/cimd/user-consent-scopes', {
        status: 200,
        holds: [
          { at: '/resourceScopes', where: { '/resource/id': '{api}', '/scopes/0/id': '{scope}', '/scopes/0/name': '{run:cimd}:read' } },
          { at: '/organizationScopes', where: { '/id': '{orgScope}', '/name': '{run:cimd-org}' } },
        ],
      }),
      del('delete-resource-scope', '/api/cimd/user-consent-scopes/resource-scopes/{scope}', { status: 204 }),
      del('delete-organization-scope', '/api/cimd/user-consent-scopes/organization-scopes/{orgScope}', { status: 204 }),
      get('list-after-delete', '/api/cimd/user-consent-scopes', {
        status: 200,
        lacks: [
          { at: '/resourceScopes', where: { '/resource/id': '{api}' } },
          { at: '/organizationScopes', where: { '/id': '{orgScope}' } },
        ],
      }),
      del('delete-again', '/api/cimd/user-consent-scopes/resource-scopes/{scope}', { status: 404 }),
    ],
  },
];
