import { deflateRawSync } from 'node:zlib';
import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, patch, post } from './steps.js';

const SAML = '/api/saml-applications';
const has = (id: string, at?: string) => ({ ...(at ? { at } : {}), where: { '/id': id } });

/**
 * The service provider the SAML application is configured for. Its entity id is fixed, not
 * run-prefixed: an SP-initiated AuthnRequest names it as its Issuer, and Logto answers the sign-in
 * entry points only when the two agree, so the request can be built once, here. (Entity ids are
 * not unique in Logto: concurrent runs may share this one.)
 */
const SP_ENTITY_ID = 'https://sp.example.com/ct-contract-test';
const SP_ACS_URL = 'https://sp.example.com/ct-contract-test/acs';
const HTTP_POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const HTTP_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const EMAIL_NAME_ID = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** An unsigned AuthnRequest from that SP (Logto's IdP metadata says it does not want them signed). */
function authnRequest(issuer: string): string {
  return (
    '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"' +
    ` ID="_ct-contract-test" Version="2.0" IssueInstant="2026-01-01T00:00:00Z" AssertionConsumerServiceURL="${SP_ACS_URL}" ProtocolBinding="${HTTP_POST}">` +
    `<saml:Issuer>${issuer}</saml:Issuer></samlp:AuthnRequest>`
  );
}

/** HTTP-Redirect binding: deflated, then base64 (the query string encodes it). */
const REDIRECT_BINDING_REQUEST = deflateRawSync(Buffer.from(authnRequest(SP_ENTITY_ID))).toString('base64');
/** HTTP-POST binding: base64 only. */
const POST_BINDING_REQUEST = Buffer.from(authnRequest(SP_ENTITY_ID)).toString('base64');
const FOREIGN_ISSUER_REQUEST = Buffer.from(authnRequest('https://other-sp.example.com/ct-contract-test')).toString('base64');

// One scenario, one SAML application at a time: an OSS tenant holds at most three, shared by every
// run on it, so the anonymous sign-in entry points ("SAML applications auth flow") are exercised
// on the same application as its lifecycle rather than on one of their own.
export const SAML_APPLICATION_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'saml-application-lifecycle',
    tag: 'SAML applications',
    covers: [
      'CreateSamlApplication 201 (one active signing secret comes with it); GetSamlApplication and GetApplication return it; ListApplications types=SAML lists it',
      'the generic UpdateApplication and DeleteApplication refuse a SAML application (400 application.saml.use_saml_app_api); DeleteSamlApplication refuses any other (422)',
      'CreateSamlApplication refuses an HTTP-Redirect ACS binding (422)',
      'UpdateSamlApplication sets the SP (entity id, ACS URL, NameID format, attribute mapping), and GetSamlApplication shows it',
      'ListSamlApplicationMetadata: anonymous, 200 text/xml',
      'GetSamlAuthn / CreateSamlAuthn (HTTP-Redirect and HTTP-POST bindings): an AuthnRequest from the configured SP is answered 302 (to the sign-in page), never 2xx; a foreign issuer 400',
      'GetSamlApplicationCallback without the SSO session of the sign-in it ends: 400',
      'SAML secrets: create (inactive), list, the active one cannot be deleted (400), UpdateSamlApplicationSecret activates another (the first is then inactive), DeleteSamlApplicationSecret removes an inactive one',
      'DeleteSamlApplication 204, then GetSamlApplication, the metadata and the list no longer have it',
    ],
    steps: [
      post('create-with-redirect-acs', SAML, { name: '{run:saml-lc}-refused', acsUrl: { binding: HTTP_REDIRECT, url: SP_ACS_URL } }, { status: 422, values: { '/code': 'application.saml.acs_url_binding_not_supported' } }),
      create('saml-application', 'saml', {
        name: '{run:saml-lc}',
        values: { '/type': 'SAML', '/description': 'contract test', '/entityId': null, '/acsUrl': null, '/attributeMapping': {} },
      }),
      get('get', `${SAML}/{saml}`, { status: 200, values: { '/id': '{saml}', '/name': '{run:saml-lc}', '/type': 'SAML', '/description': 'contract test' } }),
      get('get-as-application', '/api/applications/{saml}', {
        status: 200,
        // The OIDC client metadata of a SAML application is Logto's own business: it is shown empty.
        values: { '/id': '{saml}', '/type': 'SAML', '/oidcClientMetadata': { redirectUris: [], postLogoutRedirectUris: [] }, '/isAdmin': false },
      }),
      get('list', '/api/applications', { status: 200, length: { '': 1 }, holds: [{ where: { '/id': '{saml}', '/type': 'SAML' } }], headers: { 'total-number': '1' } }, {
        query: { ...page(1, 20, { 'search.name': '{run:saml-lc}%' }), types: 'SAML' },
      }),
      get('list-other-types', '/api/applications', { status: 200, length: { '': 0 }, headers: { 'total-number': '0' } }, {
        query: { ...page(1, 20, { 'search.name': '{run:saml-lc}%' }), types: ['SPA', 'Traditional', 'Native', 'MachineToMachine'] },
      }),
      patch('update-as-application', '/api/applications/{saml}', { description: 'not this way' }, { status: 400, values: { '/code': 'application.saml.use_saml_app_api' } }),
      del('delete-as-application', '/api/applications/{saml}', { status: 400, values: { '/code': 'application.saml.use_saml_app_api' } }),
      create('application', 'oidc', { name: '{run:saml-other}' }),
      del('delete-oidc-as-saml', `${SAML}/{oidc}`, { status: 422, values: { '/code': 'application.saml.saml_application_only' } }),
      patch('update', `${SAML}/{saml}`, {
        description: 'changed by the contract test',
        entityId: SP_ENTITY_ID,
        acsUrl: { binding: HTTP_POST, url: SP_ACS_URL },
        nameIdFormat: EMAIL_NAME_ID,
        attributeMapping: { email: 'email', name: 'displayName' },
      }, {
        status: 200,
        values: {
          '/name': '{run:saml-lc}',
          '/description': 'changed by the contract test',
          '/entityId': SP_ENTITY_ID,
          '/acsUrl': { binding: HTTP_POST, url: SP_ACS_URL },
          '/nameIdFormat': EMAIL_NAME_ID,
          '/attributeMapping': { email: 'email', name: 'displayName' },
        },
      }),
      get('get-after-update', `${SAML}/{saml}`, {
        status: 200,
        values: { '/description': 'changed by the contract test', '/entityId': SP_ENTITY_ID, '/acsUrl': { binding: HTTP_POST, url: SP_ACS_URL }, '/nameIdFormat': EMAIL_NAME_ID },
      }),
      get('metadata', `${SAML}/{saml}/metadata`, { status: 200, headers: { 'content-type': 'text/xml;charset=utf-8' } }, { auth: 'none' }),
      get('authn-redirect-binding', '/api/saml/{saml}/authn', { status: 302 }, { auth: 'none', query: { SAMLRequest: REDIRECT_BINDING_REQUEST, RelayState: 'ct-relay' } }),
      post('authn-post-binding', '/api/saml/{saml}/authn', { SAMLRequest: POST_BINDING_REQUEST, RelayState: 'ct-relay' }, { status: 302 }, { auth: 'none' }),
      post('authn-foreign-issuer', '/api/saml/{saml}/authn', { SAMLRequest: FOREIGN_ISSUER_REQUEST }, { status: 400, values: { '/code': 'application.saml.auth_request_issuer_not_match' } }, { auth: 'none' }),
      // The callback ends an interactive sign-in: it needs the session cookie the authn step set in
      // a browser and an authorization code of that sign-in.
      get('callback-without-session', `${SAML}/{saml}/callback`, { status: 400, values: { '/code': 'application.saml.sp_initiated_saml_sso_session_not_found_in_cookies' } }, {
        auth: 'none',
        query: { code: 'ct-not-a-code', state: 'ct-not-a-state' },
      }),
      get('secrets', `${SAML}/{saml}/secrets`, { status: 200, length: { '': 1 }, values: { '/0/active': true } }, { save: { first: '/0/id' } }),
      create('saml-application-secret', 'second', { params: { id: '{saml}' }, values: { '/active': false } }),
      get('secrets-after-create', `${SAML}/{saml}/secrets`, {
        status: 200,
        length: { '': 2 },
        holds: [{ where: { '/id': '{first}', '/active': true } }, { where: { '/id': '{second}', '/active': false } }],
      }),
      del('delete-active-secret', `${SAML}/{saml}/secrets/{first}`, { status: 400, values: { '/code': 'application.saml.can_not_delete_active_secret' } }),
      patch('activate-second', `${SAML}/{saml}/secrets/{second}`, { active: true }, { status: 200, values: { '/id': '{second}', '/active': true } }),
      get('secrets-after-activate', `${SAML}/{saml}/secrets`, {
        status: 200,
        holds: [{ where: { '/id': '{first}', '/active': false } }, { where: { '/id': '{second}', '/active': true } }],
      }),
      del('delete-first-secret', `${SAML}/{saml}/secrets/{first}`, { status: 204 }),
      get('secrets-after-delete', `${SAML}/{saml}/secrets`, { status: 200, length: { '': 1 }, holds: [has('{second}')], lacks: [has('{first}')] }),
      del('delete-first-secret-again', `${SAML}/{saml}/secrets/{first}`, { status: 404 }),
      get('metadata-with-second-secret', `${SAML}/{saml}/metadata`, { status: 200, headers: { 'content-type': 'text/xml;charset=utf-8' } }, { auth: 'none' }),
      del('delete', `${SAML}/{saml}`, { status: 204 }),
      get('get-deleted', `${SAML}/{saml}`, { status: 404 }),
      get('metadata-deleted', `${SAML}/{saml}/metadata`, { status: 404 }, { auth: 'none' }),
      get('list-after-delete', '/api/applications', { status: 200, length: { '': 0 }, headers: { 'total-number': '0' } }, {
        query: { ...page(1, 20, { 'search.name': '{run:saml-lc}%' }), types: 'SAML' },
      }),
      del('delete-again', `${SAML}/{saml}`, { status: 404 }),
    ],
  },
];
