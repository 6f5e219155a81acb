import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, patch, post } from './steps.js';

const CONNECTORS = '/api/connectors';
const has = (id: string) => ({ where: { '/id': id } });

/** The GitHub factory's config: client credentials only; building its authorization URI calls nobody. */
const GITHUB_CONFIG = { clientId: 'ct-github-client', clientSecret: 'ct-github-secret' };

export const CONNECTOR_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'connectors-lifecycle',
    tag: 'Connectors',
    covers: [
      'CreateConnector (the standard OAuth 2.0 factory, many instances told apart by metadata.target) answers 200 with what was sent; GetConnector returns it',
      'ListConnectors holds both; `target` narrows to exactly one',
      'UpdateConnector replaces config and metadata (same target), and GetConnector shows it',
      'DeleteConnector 204, then GetConnector 404 and the list no longer holds it',
    ],
    steps: [
      create('connector', 'first', { name: '{run:conn-lc}-1', values: { '/connectorId': 'oauth2', '/type': 'Social', '/isStandard': true, '/target': '{run:conn-lc}-1' } }),
      create('connector', 'second', { name: '{run:conn-lc}-2' }),
      get('get', `${CONNECTORS}/{first}`, {
        status: 200,
        values: { '/id': '{first}', '/connectorId': 'oauth2', '/metadata/target': '{run:conn-lc}-1', '/metadata/name': { en: '{run:conn-lc}-1' }, '/config/clientId': 'ct-client', '/syncProfile': false },
      }),
      get('list', CONNECTORS, { status: 200, holds: [has('{first}'), has('{second}')] }),
      get('list-by-target', CONNECTORS, { status: 200, length: { '': 1 }, holds: [has('{second}')] }, { query: { target: '{run:conn-lc}-2' } }),
      patch(
        'update',
        `${CONNECTORS}/{first}`,
        {
          config: {
            authorizationEndpoint: 'https://example.com/oauth2/authorize',
            tokenEndpoint: 'https://example.com/oauth2/token',
            userInfoEndpoint: 'https://example.com/oauth2/userinfo',
            clientId: 'ct-client-2',
            clientSecret: 'ct-client-secret-2',
            scope: 'openid profile',
          },
          metadata: { target: '{run:conn-lc}-1', name: { en: '{run:conn-lc}-renamed' } },
          syncProfile: true,
        },
        { status: 200, values: { '/id': '{first}', '/config/clientId': 'ct-client-2', '/metadata/name': { en: '{run:conn-lc}-renamed' }, '/syncProfile': true } },
      ),
      get('get-after-update', `${CONNECTORS}/{first}`, {
        status: 200,
        values: { '/config/clientId': 'ct-client-2', '/config/scope': 'openid profile', '/metadata/target': '{run:conn-lc}-1', '/metadata/name': { en: '{run:conn-lc}-renamed' }, '/syncProfile': true },
      }),
      patch('update-target-refused', `${CONNECTORS}/{first}`, { metadata: { target: '{run:conn-lc}-moved', name: { en: '{run:conn-lc}-1' } } }, { status: 400 }),
      del('delete', `${CONNECTORS}/{second}`, { status: 204 }),
      get('get-deleted', `${CONNECTORS}/{second}`, { status: 404 }),
      get('list-after-delete', CONNECTORS, { status: 200, holds: [has('{first}')], lacks: [has('{second}')] }),
      get('list-by-deleted-target', CONNECTORS, { status: 200, length: { '': 0 } }, { query: { target: '{run:conn-lc}-2' } }),
      del('delete-again', `${CONNECTORS}/{second}`, { status: 404 }),
    ],
  },
  {
    name: 'connector-factories',
    tag: 'Connector factories',
    covers: [
      'ListConnectorFactories holds the standard OAuth 2.0 factory and the GitHub factory (both in the official image)',
      'GetConnectorFactory returns one factory by id; an unknown id is 404',
    ],
    steps: [
      get('list', '/api/connector-factories', {
        status: 200,
        holds: [
          { where: { '/id': 'oauth2', '/type': 'Social', '/isStandard': true } },
          { where: { '/id': 'github-universal', '/type': 'Social', '/target': 'github' } },
        ],
      }),
      get('get-oauth2', '/api/connector-factories/oauth2', { status: 200, values: { '/id': 'oauth2', '/type': 'Social', '/isStandard': true, '/platform': 'Universal' } }),
      get('get-github', '/api/connector-factories/github-universal', { status: 200, values: { '/id': 'github-universal', '/target': 'github' } }),
      get('get-missing', '/api/connector-factories/{missing}', { status: 404 }),
    ],
  },
  {
    // The tenant holds one connector per social target for non-standard factories, and GitHub's
    // target cannot carry the run prefix: while it exists no one else can add a GitHub connector.
    name: 'connector-authorization-uri',
    tag: 'Connectors',
    changesSettings: true,
    covers: [
      "CreateConnectorAuthorizationUri: a session-free social connector (GitHub) answers 200 {redirectTo}: the provider's authorize URL with the client id, redirect URI and state sent",
      'the GitHub factory takes one instance: a second is 422',
    ],
    steps: [
      create('connector', 'github', { body: { connectorId: 'github-universal', metadata: undefined, config: GITHUB_CONFIG }, values: { '/connectorId': 'github-universal', '/target': 'github', '/config': GITHUB_CONFIG } }),
      post('create-second-github', CONNECTORS, { connectorId: 'github-universal', config: GITHUB_CONFIG }, { status: 422 }),
      post('authorization-uri', `${CONNECTORS}/{github}/authorization-uri`, { state: 'ct-state', redirectUri: 'https://example.com/callback' }, {
        status: 200,
        values: {
          '/redirectTo': 'https://github.com/login/oauth/authorize?client_id=ct-github-client&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&state=ct-state&scope=read%3Auser+user%3Aemail',
        },
      }),
      del('delete', `${CONNECTORS}/{github}`, { status: 204 }),
      get('get-deleted', `${CONNECTORS}/{github}`, { status: 404 }),
    ],
  },
  {
    name: 'connector-authorization-uri-needs-session',
    tag: 'Connectors',
    covers: ['CreateConnectorAuthorizationUri on the standard OAuth 2.0 connector: it keeps state in an interaction session, which this API does not have (Logto answers 501 connector.not_implemented)'],
    steps: [
      create('connector', 'oauth', { name: '{run:conn-auth}' }),
      post('authorization-uri', `${CONNECTORS}/{oauth}/authorization-uri`, { state: 'ct-state', redirectUri: 'https://example.com/callback' }, { status: 501, values: { '/code': 'connector.not_implemented' } }),
      post('authorization-uri-missing', `${CONNECTORS}/{missing}/authorization-uri`, { state: 'ct-state', redirectUri: 'https://example.com/callback' }, { status: 404 }),
    ],
  },
];
