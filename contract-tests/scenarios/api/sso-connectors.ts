import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, patch, post } from './steps.js';

const SSO = '/api/sso-connectors';
const has = (id: string) => ({ where: { '/id': id } });

// The SSO connector list cannot be filtered and has no order: its checks are holds/lacks on the
// whole list (no page parameters), never counts, since other runs add theirs at the same time.
export const SSO_CONNECTOR_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'sso-connectors-lifecycle',
    tag: 'SSO connectors',
    covers: [
      'CreateSsoConnector (SAML and OIDC, no config: nothing is fetched) answers 200 with what was sent; GetSsoConnector adds the provider details',
      'ListSsoConnectors holds both; with page parameters it is paged (page_size 1 gives one on each of the first two pages)',
      'UpdateSsoConnector changes name, domains (lower-cased), branding and syncProfile, and GetSsoConnector shows it; a name in use is 409',
      'DeleteSsoConnector 204, then GetSsoConnector 404 and the list no longer holds it',
    ],
    steps: [
      create('sso-connector', 'saml', {
        name: '{run:sso-lc}-saml',
        body: { domains: ['{run:sso-lc}.example.com'], branding: { displayName: 'CT SAML' } },
        values: { '/providerName': 'SAML', '/config': {}, '/domains': ['{run:sso-lc}.example.com'], '/branding': { displayName: 'CT SAML' }, '/syncProfile': false },
      }),
      create('sso-connector', 'oidc', { name: '{run:sso-lc}-oidc', body: { providerName: 'OIDC' }, values: { '/providerName': 'OIDC', '/config': {}, '/domains': [] } }),
      get('get', `${SSO}/{saml}`, {
        status: 200,
        values: { '/id': '{saml}', '/connectorName': '{run:sso-lc}-saml', '/providerName': 'SAML', '/providerType': 'saml', '/name': 'SAML', '/domains': ['{run:sso-lc}.example.com'] },
      }),
      get('get-oidc', `${SSO}/{oidc}`, { status: 200, values: { '/id': '{oidc}', '/providerName': 'OIDC', '/providerType': 'oidc' } }),
      get('list', SSO, { status: 200, holds: [has('{saml}'), has('{oidc}')] }),
      get('list-page-1', SSO, { status: 200, length: { '': 1 } }, { query: page(1, 1) }),
      get('list-page-2', SSO, { status: 200, length: { '': 1 } }, { query: page(2, 1) }),
      post('create-duplicate-name', SSO, { providerName: 'SAML', connectorName: '{run:sso-lc}-saml' }, { status: 409 }),
      patch(
        'update',
        `${SSO}/{saml}`,
        { connectorName: '{run:sso-lc}-saml-renamed', domains: ['{RUN:sso-lc}.Example.com', '{run:sso-lc}-2.example.com'], branding: { displayName: 'CT SAML 2', logo: 'https://example.com/logo.png' }, syncProfile: true },
        {
          status: 200,
          values: {
            '/connectorName': '{run:sso-lc}-saml-renamed',
            '/domains': ['{run:sso-lc}.example.com', '{run:sso-lc}-2.example.com'],
            '/branding': { displayName: 'CT SAML 2', logo: 'https://example.com/logo.png' },
            '/syncProfile': true,
          },
        },
      ),
      get('get-after-update', `${SSO}/{saml}`, {
        status: 200,
        values: { '/connectorName': '{run:sso-lc}-saml-renamed', '/domains': ['{run:sso-lc}.example.com', '{run:sso-lc}-2.example.com'], '/branding/displayName': 'CT SAML 2', '/syncProfile': true },
      }),
      patch('update-nothing', `${SSO}/{saml}`, {}, { status: 200, values: { '/connectorName': '{run:sso-lc}-saml-renamed', '/syncProfile': true } }),
      patch('update-to-name-in-use', `${SSO}/{oidc}`, { connectorName: '{run:sso-lc}-saml-renamed' }, { status: 409 }),
      del('delete', `${SSO}/{oidc}`, { status: 204 }),
      get('get-deleted', `${SSO}/{oidc}`, { status: 404 }),
      get('list-after-delete', SSO, { status: 200, holds: [has('{saml}')], lacks: [has('{oidc}')] }),
      del('delete-again', `${SSO}/{oidc}`, { status: 404 }),
    ],
  },
  {
    name: 'sso-connector-signing-keys',
    tag: 'SSO connectors',
    covers: [
      'CreateSsoConnectorSigningKey: 201, inactive by default, with a certificate and its fingerprints, never the private key',
      'ListSsoConnectorSigningKeys holds the keys; UpdateSsoConnectorSigningKey activates one (and the other stays inactive)',
      'DeleteSsoConnectorSigningKey removes an inactive key (204); the active key cannot be deleted (400)',
      'an OIDC connector has no signing keys: 404',
    ],
    steps: [
      create('sso-connector', 'saml', { name: '{run:sso-keys}-saml' }),
      create('sso-connector', 'oidc', { name: '{run:sso-keys}-oidc', body: { providerName: 'OIDC' } }),
      get('list-empty', `${SSO}/{saml}/signing-keys`, { status: 200, length: { '': 0 } }),
      create('sso-connector-signing-key', 'first', { params: { id: '{saml}' }, body: {}, values: { '/active': false, '/privateKey': undefined } }),
      create('sso-connector-signing-key', 'second', { params: { id: '{saml}' }, values: { '/active': false } }),
      get('list', `${SSO}/{saml}/signing-keys`, {
        status: 200,
        length: { '': 2 },
        holds: [{ where: { '/id': '{first}', '/active': false } }, { where: { '/id': '{second}', '/active': false } }],
      }),
      patch('activate-first', `${SSO}/{saml}/signing-keys/{first}`, { active: true }, { status: 200, values: { '/id': '{first}', '/active': true } }),
      patch('activate-first-again', `${SSO}/{saml}/signing-keys/{first}`, { active: true }, { status: 200, values: { '/id': '{first}', '/active': true } }),
      get('list-after-activate', `${SSO}/{saml}/signing-keys`, {
        status: 200,
        holds: [{ where: { '/id': '{first}', '/active': true } }, { where: { '/id': '{second}', '/active': false } }],
      }),
      del('delete-active', `${SSO}/{saml}/signing-keys/{first}`, { status: 400 }),
      del('delete-inactive', `${SSO}/{saml}/signing-keys/{second}`, { status: 204 }),
      get('list-after-delete', `${SSO}/{saml}/signing-keys`, { status: 200, length: { '': 1 }, holds: [has('{first}')], lacks: [has('{second}')] }),
      del('delete-inactive-again', `${SSO}/{saml}/signing-keys/{second}`, { status: 404 }),
      patch('deactivate-first', `${SSO}/{saml}/signing-keys/{first}`, { active: false }, { status: 200, values: { '/active': false } }),
      get('oidc-has-no-keys', `${SSO}/{oidc}/signing-keys`, { status: 404 }),
    ],
  },
  {
    name: 'sso-connector-providers',
    tag: 'SSO connector providers',
    covers: ['ListSsoConnectorProviders: the SSO providers Logto supports, each with its protocol (OIDC, SAML, and the vendor ones on top)'],
    steps: [
      get('list', '/api/sso-connector-providers', {
        status: 200,
        holds: [
          { where: { '/providerName': 'OIDC', '/providerType': 'oidc' } },
          { where: { '/providerName': 'SAML', '/providerType': 'saml' } },
          { where: { '/providerName': 'AzureAD', '/providerType': 'saml' } },
          { where: { '/providerName': 'GoogleWorkspace', '/providerType': 'oidc' } },
          { where: { '/providerName': 'Okta', '/providerType': 'oidc' } },
        ],
      }),
    ],
  },
];
