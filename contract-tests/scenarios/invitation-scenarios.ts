import type { ScenarioSpec, StepSpec } from './step-spec.js';

/**
 * The recorded scenario set: one deterministic walk through every rule we hold about the
 * Organization Invitations API and the operations it leans on. It is recorded from real Logto
 * (`npm run contract:record`) into `contract-tests/traces/`, and replayed against the reference
 * server in `npm test`; the recording, not this file, says what the answers are.
 *
 * Sources of the rules: `shared/logto-facts.md`, Logto's own integration tests
 * (`packages/integration-tests/src/tests/api/organization/organization-invitation.*.test.ts`),
 * and the three beliefs real Logto proved wrong (oversized body, case-sensitive uniqueness, the
 * organization's 404 code). Every scenario lists what it covers.
 *
 * Names carry the run prefix (`{run:...}`), e-mails are @example.com, and every entity a step
 * creates is deleted when its scenario ends, whatever happened.
 */

const INVITATIONS = '/api/organization-invitations';

const post = (name: string, path: string, body: unknown, extra: Partial<StepSpec> = {}): StepSpec => ({ name, method: 'POST', path, body, ...extra });
const get = (name: string, path: string, extra: Partial<StepSpec> = {}): StepSpec => ({ name, method: 'GET', path, ...extra });
const del = (name: string, path: string): StepSpec => ({ name, method: 'DELETE', path });
const status = (name: string, id: string, body: unknown): StepSpec => ({ name, method: 'PUT', path: `${INVITATIONS}/${id}/status`, body });

const organization = (save: string, name = save): StepSpec => post(`create-${save}`, '/api/organizations', { name: `{run:${name}}`, description: 'contract trace' }, { save: { [save]: '/id' } });
const role = (save: string): StepSpec => post(`create-${save}`, '/api/organization-roles', { name: `{run:${save}}`, description: 'contract trace' }, { save: { [save]: '/id' } });
const user = (save: string, primaryEmail = `{run:${save}}@example.com`): StepSpec =>
  post(`create-${save}`, '/api/users', { primaryEmail, name: `{run:${save}}` }, { save: { [save]: '/id' } });
/** A pending invitation sent without e-mail, a week from now. */
const invite = (name: string, fields: Record<string, unknown>, extra: Partial<StepSpec> = {}): StepSpec =>
  post(name, INVITATIONS, { invitee: `{run:${name}}@example.com`, expiresAt: '{time:+7d}', messagePayload: false, ...fields }, extra);

const tokenStep = (name: string, token: NonNullable<StepSpec['token']>): StepSpec => ({ name, method: 'POST', path: '/oidc/token', token });

export const SCENARIO_SET: ScenarioSpec[] = [
  {
    name: 'token-endpoint',
    covers: [
      'facts: client credentials by HTTP Basic or form fields: 200 {access_token, expires_in, token_type, scope}',
      'facts: a wrong secret is 401 invalid_client; an unknown resource is 400 invalid_target',
      'facts: without scope=all the token is issued with no scope',
    ],
    steps: [
      tokenStep('basic', { clientAuth: 'basic', secret: 'right', resource: 'right', scope: 'all' }),
      tokenStep('form-fields', { clientAuth: 'form', secret: 'right', resource: 'right', scope: 'all' }),
      tokenStep('without-scope', { clientAuth: 'basic', secret: 'right', resource: 'right', scope: 'none' }),
      tokenStep('wrong-secret', { clientAuth: 'basic', secret: 'wrong', resource: 'right', scope: 'all' }),
      tokenStep('wrong-secret-form-fields', { clientAuth: 'form', secret: 'wrong', resource: 'right', scope: 'all' }),
      tokenStep('unknown-resource', { clientAuth: 'basic', secret: 'right', resource: 'unknown', scope: 'all' }),
    ],
  },
  {
    name: 'auth',
    covers: ['facts: Authorization header missing / other scheme / garbage token: 401 with its code', 'facts: a token without scope all: 403 auth.forbidden', 'facts: GET /api/status is public, 204'],
    steps: [
      get('no-header', INVITATIONS, { query: { organizationId: '{missing}' }, auth: 'none' }),
      get('basic-scheme', INVITATIONS, { query: { organizationId: '{missing}' }, auth: 'basic-scheme' }),
      get('garbage-token', INVITATIONS, { query: { organizationId: '{missing}' }, auth: 'garbage' }),
      get('token-without-scope-all', INVITATIONS, { query: { organizationId: '{missing}' }, auth: 'no-scope' }),
      post('create-without-header', INVITATIONS, { invitee: '{run:noauth}@example.com', organizationId: '{missing}', expiresAt: '{time:+7d}' }, { auth: 'none' }),
      get('status-without-token', '/api/status', { auth: 'none' }),
    ],
  },
  {
    name: 'routing',
    covers: ['facts: an unknown path is 404 text/plain, with or without a token', 'facts: an unsupported method is 405 text/plain with Allow'],
    steps: [
      get('unknown-path', '/api/{run:nowhere}'),
      get('unknown-path-without-token', '/api/{run:nowhere}', { auth: 'none' }),
      { name: 'method-not-allowed', method: 'PATCH', path: INVITATIONS, body: {} },
      { name: 'method-not-allowed-by-id', method: 'PATCH', path: `${INVITATIONS}/{missing}`, body: {} },
    ],
  },
  {
    name: 'organizations',
    covers: ['supporting: CreateOrganization 201 and its full shape', 'GetOrganization 200 / 404 entity.not_exists_with_id (belief 3)', 'DeleteOrganization 204 / 404', 'ListOrganizationUsers, AddOrganizationUsers shapes and refusals', 'limits: organization name length, required name'],
    steps: [
      organization('org'),
      post('create-with-custom-data', '/api/organizations', { name: '{run:org2}', description: 'contract trace', customData: { team: 'ct', seats: 3 } }, { save: { org2: '/id' } }),
      post('create-without-name', '/api/organizations', { description: 'contract trace' }),
      post('create-with-empty-name', '/api/organizations', { name: '' }),
      post('create-name-128', '/api/organizations', { name: '{run:}{chars:100}' }, { save: { org3: '/id' } }),
      post('create-name-129', '/api/organizations', { name: '{run:}{chars:129}' }),
      get('get', '/api/organizations/{org}'),
      get('get-missing', '/api/organizations/{missing}'),
      get('list-by-prefix', '/api/organizations', { query: { q: '{run:org}', page: '1', page_size: '1' } }),
      get('list-users-empty', '/api/organizations/{org}/users'),
      get('list-users-of-missing', '/api/organizations/{missing}/users'),
      user('member'),
      post('add-user', '/api/organizations/{org}/users', { userIds: ['{member}'] }),
      post('add-user-again', '/api/organizations/{org}/users', { userIds: ['{member}'] }),
      post('add-missing-user', '/api/organizations/{org}/users', { userIds: ['{missing}'] }),
      post('add-user-to-missing', '/api/organizations/{missing}/users', { userIds: ['{member}'] }),
      post('add-users-not-a-list', '/api/organizations/{org}/users', { userIds: '{member}' }),
      get('list-users', '/api/organizations/{org}/users'),
      get('list-users-paged', '/api/organizations/{org}/users', { query: { page: '1', page_size: '1' } }),
      del('delete', '/api/organizations/{org}'),
      get('get-deleted', '/api/organizations/{org}'),
      del('delete-again', '/api/organizations/{org}'),
      del('delete-missing', '/api/organizations/{missing}'),
    ],
  },
  {
    name: 'organization-roles',
    covers: ['supporting: CreateOrganizationRole 201 and its shape', 'facts: a taken role name is 422 entity.unique_integrity_violation', 'DeleteOrganizationRole 204 / 404', 'limits: role name required'],
    steps: [
      role('role'),
      post('create-same-name', '/api/organization-roles', { name: '{run:role}' }),
      post('create-without-name', '/api/organization-roles', { description: 'contract trace' }),
      post('create-without-defaulted-arrays', '/api/organization-roles', { name: '{run:role2}' }, { save: { role2: '/id' } }),
      del('delete', '/api/organization-roles/{role}'),
      del('delete-again', '/api/organization-roles/{role}'),
      del('delete-missing', '/api/organization-roles/{missing}'),
    ],
  },
  {
    name: 'users',
    covers: ['supporting: CreateUser 200 and the full user shape', 'facts: an e-mail in use is 422 user.email_already_in_use', 'GetUser 200 / 404', 'DeleteUser 204 / 404', 'ListUserOrganizations 200 / 404'],
    steps: [
      user('user'),
      post('create-same-email', '/api/users', { primaryEmail: '{run:user}@example.com' }),
      post('create-invalid-email', '/api/users', { primaryEmail: 'not-an-email' }),
      post('create-with-username', '/api/users', { username: 'ct_{i}user', name: '{run:named}' }, { save: { named: '/id' } }),
      get('get', '/api/users/{user}'),
      get('get-missing', '/api/users/{missing}'),
      get('list-organizations-empty', '/api/users/{user}/organizations'),
      get('list-organizations-of-missing', '/api/users/{missing}/organizations'),
      del('delete', '/api/users/{user}'),
      get('get-deleted', '/api/users/{user}'),
      del('delete-again', '/api/users/{user}'),
      del('delete-missing', '/api/users/{missing}'),
    ],
  },
  {
    name: 'invitation-lifecycle',
    covers: [
      'facts: create 201 with the full entity; GET by id 200 equals it (integration: get by id)',
      'facts: messagePayload is optional (served spec says required)',
      'facts: list filters organizationId, inviterId, invitee combine with AND; invitee is case-insensitive (integration: get by invitee)',
      'facts: unknown query parameters and body fields are ignored',
      'facts: Revoked is final: 422 request.invalid_input (integration: ended invitation)',
      'facts: delete 204, then 404 entity.not_found on get, delete, status and message',
    ],
    steps: [
      organization('org'),
      organization('other'),
      role('role'),
      user('inviter'),
      invite('invitation', { organizationId: '{org}', inviterId: '{inviter}', organizationRoleIds: ['{role}'] }, { save: { invitation: '/id' } }),
      post('create-without-message-payload', INVITATIONS, { invitee: '{run:nopayload}@example.com', organizationId: '{org}', expiresAt: '{time:+7d}' }, { save: { second: '/id' } }),
      invite('create-with-null-inviter', { organizationId: '{other}', inviterId: null, unknownField: 'ignored' }),
      get('get', `${INVITATIONS}/{invitation}`),
      get('list-by-organization', INVITATIONS, { query: { organizationId: '{org}' } }),
      get('list-by-inviter', INVITATIONS, { query: { inviterId: '{inviter}' } }),
      get('list-by-invitee-upper-case', INVITATIONS, { query: { invitee: '{RUN:invitation}@EXAMPLE.COM' } }),
      get('list-by-organization-and-invitee', INVITATIONS, { query: { organizationId: '{other}', invitee: '{run:invitation}@example.com' } }),
      get('list-with-unknown-parameter', INVITATIONS, { query: { organizationId: '{org}', shoeSize: '44' } }),
      status('revoke', '{invitation}', { status: 'Revoked' }),
      get('get-revoked', `${INVITATIONS}/{invitation}`),
      status('revoke-again', '{invitation}', { status: 'Revoked' }),
      status('accept-revoked', '{invitation}', { status: 'Accepted', acceptedUserId: '{inviter}' }),
      del('delete', `${INVITATIONS}/{invitation}`),
      get('get-deleted', `${INVITATIONS}/{invitation}`),
      del('delete-again', `${INVITATIONS}/{invitation}`),
      status('status-of-deleted', '{invitation}', { status: 'Revoked' }),
      post('message-of-deleted', `${INVITATIONS}/{invitation}/message`, { link: 'https://example.com/invite' }),
      get('get-missing', `${INVITATIONS}/{missing}`),
    ],
  },
  {
    name: 'create-refusals',
    covers: [
      'facts: body validation first: wrong types, missing fields, invitee not an e-mail: 400 guard.invalid_input (integration: invalid email)',
      'facts: expiresAt not in the future: 400 request.invalid_input (integration: past expiration)',
      'facts: unknown organization, inviter or role: 422 entity.relation_foreign_key_not_found, nothing written (integration: invalid organization id)',
      'facts: a body that is not JSON: 400 with a code-less body',
      'belief 1: a JSON body over the parser limit is 404 text/plain on real Logto, not 413',
    ],
    steps: [
      organization('org'),
      role('role'),
      invite('invitee-not-an-email', { organizationId: '{org}', invitee: 'not-an-email' }),
      invite('invitee-empty', { organizationId: '{org}', invitee: '' }),
      post('invitee-missing', INVITATIONS, { organizationId: '{org}', expiresAt: '{time:+7d}' }),
      post('organization-missing', INVITATIONS, { invitee: '{run:refused}@example.com', expiresAt: '{time:+7d}' }),
      post('expiry-missing', INVITATIONS, { invitee: '{run:refused}@example.com', organizationId: '{org}' }),
      invite('expiry-a-string', { organizationId: '{org}', expiresAt: 'tomorrow' }),
      invite('role-ids-not-a-list', { organizationId: '{org}', organizationRoleIds: '{role}' }),
      invite('message-payload-a-string', { organizationId: '{org}', messagePayload: 'yes' }),
      invite('expiry-in-the-past', { organizationId: '{org}', invitee: '{run:refused}@example.com', expiresAt: '{time:-1d}' }),
      invite('expiry-one-second-ago', { organizationId: '{org}', invitee: '{run:refused}@example.com', expiresAt: '{time:-1s}' }),
      invite('unknown-organization', { organizationId: '{missing}', invitee: '{run:refused}@example.com' }),
      invite('unknown-role', { organizationId: '{org}', invitee: '{run:refused}@example.com', organizationRoleIds: ['{role}', '{missing}'] }),
      invite('unknown-inviter', { organizationId: '{org}', invitee: '{run:refused}@example.com', inviterId: '{missing}' }),
      get('nothing-written', INVITATIONS, { query: { invitee: '{run:refused}@example.com' } }),
      { name: 'malformed-json', method: 'POST', path: INVITATIONS, raw: { text: '{"invitee": ' } },
      { name: 'body-over-one-mebibyte', method: 'POST', path: INVITATIONS, raw: { oversizedBytes: 1_100_000 } },
      { name: 'status-body-over-one-mebibyte', method: 'PUT', path: `${INVITATIONS}/{missing}/status`, raw: { oversizedBytes: 1_100_000 } },
      { name: 'organization-body-over-one-mebibyte', method: 'POST', path: '/api/organizations', raw: { oversizedBytes: 1_100_000 } },
      invite('references-exist', { organizationId: '{org}', invitee: '{run:refused}@example.com', organizationRoleIds: ['{role}'] }),
    ],
  },
  {
    name: 'one-pending-per-invitee',
    covers: [
      'facts: a second pending invitation for (organization, invitee) is 422 entity.unique_integrity_violation (integration: same email)',
      'belief 2: the rule is case-sensitive on real Logto: a differently cased invitee is a new invitation',
      'facts: the same invitee may be invited to another organization (integration: different organizations)',
      'facts: the rule holds under concurrent creates (partial unique index)',
      'facts: only Pending counts: after a revoke the invitee can be invited again',
    ],
    steps: [
      organization('org'),
      organization('other'),
      invite('first', { organizationId: '{org}', invitee: '{run:dup}@example.com' }, { save: { first: '/id' } }),
      invite('same-invitee', { organizationId: '{org}', invitee: '{run:dup}@example.com' }),
      invite('same-invitee-other-case', { organizationId: '{org}', invitee: '{RUN:dup}@ExAmPlE.CoM' }),
      invite('same-invitee-other-organization', { organizationId: '{other}', invitee: '{run:dup}@example.com' }),
      invite('concurrent-creates', { organizationId: '{org}', invitee: '{run:race}@example.com' }, { concurrent: 6 }),
      status('revoke-first', '{first}', { status: 'Revoked' }),
      invite('after-revoke', { organizationId: '{org}', invitee: '{run:dup}@example.com' }),
      get('list', INVITATIONS, { query: { organizationId: '{org}' } }),
    ],
  },
  {
    name: 'already-a-member',
    covers: ['facts: an invitee who is a member by primary e-mail is 422 request.invalid_input (integration: already a member)'],
    steps: [
      organization('org'),
      user('member'),
      post('add-member', '/api/organizations/{org}/users', { userIds: ['{member}'] }),
      invite('invite-member', { organizationId: '{org}', invitee: '{run:member}@example.com' }),
      invite('invite-member-other-case', { organizationId: '{org}', invitee: '{RUN:member}@EXAMPLE.COM' }),
      get('nothing-written', INVITATIONS, { query: { organizationId: '{org}' } }),
    ],
  },
  {
    name: 'accept',
    covers: [
      'facts: Accepted needs acceptedUserId: 422 request.invalid_input',
      'facts: an unknown accepting user is 404 entity.not_found (integration: invalid user id)',
      'facts: a user whose e-mail is not the invitee is 422 (integration: different email); the match is case-insensitive',
      'facts: accepting adds the user with the roles (integration: accept, accept with roles); Accepted is final',
      'facts: a status other than Accepted or Revoked is 400 guard.invalid_input',
    ],
    steps: [
      organization('org'),
      role('role'),
      invite('invitation', { organizationId: '{org}', invitee: '{RUN:acceptor}@example.com', organizationRoleIds: ['{role}'] }, { save: { invitation: '/id' } }),
      invite('without-roles', { organizationId: '{org}', invitee: '{run:plain}@example.com' }, { save: { plain: '/id' } }),
      user('stranger'),
      user('acceptor'),
      user('plainuser', '{run:plain}@example.com'),
      status('status-expired', '{invitation}', { status: 'Expired' }),
      status('status-pending', '{invitation}', { status: 'Pending' }),
      status('status-missing', '{invitation}', {}),
      status('accept-without-user', '{invitation}', { status: 'Accepted' }),
      status('accept-unknown-user', '{invitation}', { status: 'Accepted', acceptedUserId: '{missing}' }),
      status('accept-other-email', '{invitation}', { status: 'Accepted', acceptedUserId: '{stranger}' }),
      status('accept', '{invitation}', { status: 'Accepted', acceptedUserId: '{acceptor}' }),
      get('get-accepted', `${INVITATIONS}/{invitation}`),
      get('user-organizations', '/api/users/{acceptor}/organizations'),
      get('organization-users', '/api/organizations/{org}/users'),
      status('accept-again', '{invitation}', { status: 'Accepted', acceptedUserId: '{acceptor}' }),
      status('revoke-accepted', '{invitation}', { status: 'Revoked' }),
      status('accept-without-roles', '{plain}', { status: 'Accepted', acceptedUserId: '{plainuser}' }),
      get('user-organizations-without-roles', '/api/users/{plainuser}/organizations'),
      invite('invite-after-accept', { organizationId: '{org}', invitee: '{RUN:acceptor}@example.com' }),
    ],
  },
  {
    name: 'expiry',
    covers: [
      'facts: a Pending invitation past expiresAt reads as Expired (integration: expire invitations)',
      'facts: Expired is final: 422 request.invalid_input',
      'facts: a new invitation after expiry succeeds (stale Pending rows are marked Expired first)',
    ],
    steps: [
      organization('org'),
      invite('soon', { organizationId: '{org}', invitee: '{run:soon}@example.com', expiresAt: '{time:+2s}' }, { save: { soon: '/id' } }),
      get('get-before-expiry', `${INVITATIONS}/{soon}`),
      get('get-after-expiry', `${INVITATIONS}/{soon}`, { waitMs: 3_000 }),
      get('list-after-expiry', INVITATIONS, { query: { organizationId: '{org}' } }),
      status('accept-expired', '{soon}', { status: 'Revoked' }),
      invite('invite-again', { organizationId: '{org}', invitee: '{run:soon}@example.com' }),
      get('list-both', INVITATIONS, { query: { organizationId: '{org}' } }),
    ],
  },
  {
    name: 'no-pagination',
    covers: ['integration: the invitation list has no pagination (30 invitations, one answer)'],
    steps: [
      organization('org'),
      invite('thirty', { organizationId: '{org}', invitee: '{run:many}-{i}@example.com' }, { concurrent: 30 }),
      get('list-all', INVITATIONS, { query: { organizationId: '{org}', page: '1', page_size: '5' } }),
    ],
  },
  {
    name: 'cascade',
    covers: ['facts: deleting a user deletes the invitations the user sent or accepted', 'facts: deleting an organization deletes its invitations; then 404 entity.not_exists_with_id (belief 3)'],
    steps: [
      organization('org'),
      user('inviter'),
      user('acceptor'),
      invite('sent', { organizationId: '{org}', inviterId: '{inviter}' }, { save: { sent: '/id' } }),
      invite('accepted', { organizationId: '{org}', invitee: '{run:acceptor}@example.com' }, { save: { accepted: '/id' } }),
      invite('untouched', { organizationId: '{org}' }, { save: { untouched: '/id' } }),
      status('accept', '{accepted}', { status: 'Accepted', acceptedUserId: '{acceptor}' }),
      del('delete-inviter', '/api/users/{inviter}'),
      del('delete-acceptor', '/api/users/{acceptor}'),
      get('sent-is-gone', `${INVITATIONS}/{sent}`),
      get('accepted-is-gone', `${INVITATIONS}/{accepted}`),
      get('untouched-remains', INVITATIONS, { query: { organizationId: '{org}' } }),
      del('delete-organization', '/api/organizations/{org}'),
      get('untouched-is-gone', `${INVITATIONS}/{untouched}`),
      get('organization-is-gone', '/api/organizations/{org}'),
      get('list-of-deleted-organization', INVITATIONS, { query: { organizationId: '{org}' } }),
    ],
  },
  {
    name: 'without-email-connector',
    needsEmailConnector: 'absent',
    covers: ['facts: a messagePayload object without an e-mail connector is 501 connector.not_found and nothing is created (integration: email connector not set)', 'facts: resend without a connector is 501'],
    steps: [
      organization('org'),
      invite('create-with-message', { organizationId: '{org}', invitee: '{run:mail}@example.com', messagePayload: { link: 'https://example.com/invite' } }),
      get('nothing-written', INVITATIONS, { query: { organizationId: '{org}' } }),
      invite('create-without-message', { organizationId: '{org}', invitee: '{run:mail}@example.com' }, { save: { invitation: '/id' } }),
      post('resend', `${INVITATIONS}/{invitation}/message`, { link: 'https://example.com/invite' }),
      post('resend-missing', `${INVITATIONS}/{missing}/message`, { link: 'https://example.com/invite' }),
    ],
  },
  {
    name: 'with-email-connector',
    needsEmailConnector: 'present',
    covers: [
      'integration: create with sending e-mail, resend after creating',
      'integration (rate limit): the 11th send to one recipient within 10 minutes is 429 request.message_rate_limited',
      'facts: resend body {code?, link?, locale?, uiLocales?} is validated',
    ],
    steps: [
      organization('org'),
      invite('create-with-message', { organizationId: '{org}', invitee: '{run:mail}@example.com', messagePayload: { link: 'https://example.com/invite', locale: 'en' } }, { save: { invitation: '/id' } }),
      post('resend', `${INVITATIONS}/{invitation}/message`, { link: 'https://example.com/again' }),
      post('resend-empty-body', `${INVITATIONS}/{invitation}/message`, {}),
      post('resend-link-a-number', `${INVITATIONS}/{invitation}/message`, { link: 5 }),
      post('resend-missing', `${INVITATIONS}/{missing}/message`, { link: 'https://example.com/invite' }),
      invite('for-rate-limit', { organizationId: '{org}', invitee: '{run:limited}@example.com' }, { save: { limited: '/id' } }),
      post('resend-eleven-times', `${INVITATIONS}/{limited}/message`, { link: 'https://example.com/invite' }, { repeat: 11 }),
      invite('create-with-message-rate-limited', { organizationId: '{org}', invitee: '{RUN:limited}@EXAMPLE.com', messagePayload: { link: 'https://example.com/invite' } }),
    ],
  },
];
