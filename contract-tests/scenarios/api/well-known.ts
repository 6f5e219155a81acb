import type { ScenarioSpec } from '../step-spec.js';
import { get, post } from './steps.js';

const WELL_KNOWN = '/api/.well-known';
const anonymous = { auth: 'none' as const };

export const WELL_KNOWN_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'well-known-public-reads',
    tag: 'Well-known',
    covers: [
      'the public reads answer 200 without a token: the sign-in experience (its settings, the connectors and the profile-field catalog), the experience settings, the phrases of a language, the account center',
      'the three OpenAPI documents (experience, management, user) are OpenAPI 3.0.1 with their titles',
    ],
    steps: [
      get('sign-in-exp', `${WELL_KNOWN}/sign-in-exp`, { status: 200, values: { '/id': 'default' } }, anonymous),
      get('experience', `${WELL_KNOWN}/experience`, { status: 200, values: { '/id': 'default' } }, anonymous),
      get('phrases', `${WELL_KNOWN}/phrases`, { status: 200, values: { '/translation/input/username': 'Username' } }, { ...anonymous, query: { lng: 'en' } }),
      get('account-center', `${WELL_KNOWN}/account-center`, { status: 200, values: { '/id': 'default' } }, anonymous),
      get('experience-openapi', `${WELL_KNOWN}/experience.openapi.json`, { status: 200, values: { '/openapi': '3.0.1', '/info/title': 'Logto experience API references' } }, anonymous),
      get('management-openapi', `${WELL_KNOWN}/management.openapi.json`, { status: 200, values: { '/openapi': '3.0.1', '/info/title': 'Logto API references' } }, anonymous),
      get('user-openapi', `${WELL_KNOWN}/user.openapi.json`, { status: 200, values: { '/openapi': '3.0.1', '/info/title': 'Logto user API references' } }, anonymous),
    ],
  },
  {
    name: 'status',
    tag: 'Status',
    covers: ['GetStatus answers 204 without a token or a body'],
    steps: [get('status', '/api/status', { status: 204 }, anonymous)],
  },
  {
    name: 'swagger-json',
    tag: 'Swagger.json',
    covers: ['GetSwaggerJson answers the whole OpenAPI 3.0.1 document without a token'],
    steps: [get('swagger', '/api/swagger.json', { status: 200, values: { '/openapi': '3.0.1', '/info/title': 'Logto API references' } }, anonymous)],
  },
  {
    name: 'authn-hasura',
    tag: 'Authn',
    covers: ['GetHasuraAuth without a user token answers 200 {} (no Hasura claims), whatever the resource'],
    steps: [get('hasura-anonymous', '/api/authn/hasura', { status: 200, values: { '': {} } }, { ...anonymous, query: { resource: 'https://{run:hasura}.example.com/api' } })],
  },
  {
    name: 'authn-saml-assertions',
    tag: 'Authn',
    covers: [
      'AssertSingleSignOnSaml for a connector that does not exist is 404 (a 302 needs an assertion signed by a real identity provider)',
      'AssertSaml for a connector that does not exist: Logto answers 422 session.invalid_connector_id (a 302 needs a SAML social connector and a real identity provider)',
    ],
    steps: [
      post('sso-saml-missing-connector', '/api/authn/single-sign-on/saml/{missing}', { SAMLResponse: 'ct', RelayState: 'ct' }, { status: 404 }, anonymous),
      post('social-saml-missing-connector', '/api/authn/saml/{missing}', { SAMLResponse: 'ct', RelayState: 'ct' }, { status: 422, values: { '/code': 'session.invalid_connector_id' } }, anonymous),
    ],
  },
];
