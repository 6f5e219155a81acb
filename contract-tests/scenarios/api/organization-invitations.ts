import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, post, put } from './steps.js';

// The whole-API form: one lifecycle through every operation of the tag. The detailed rules
// (refusals, one pending invitation per invitee, expiry, rate limits...) are the recorded rule set
// in `../invitation-scenarios.ts`.
const INVITATIONS = '/api/organization-invitations';
const has = (id: string) => ({ where: { '/id': id } });

export const ORGANIZATION_INVITATION_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'organization-invitations-lifecycle',
    tag: 'Organization invitations',
    covers: [
      'CreateOrganizationInvitation 201 (no e-mail sent) Pending, with its organization roles; GetOrganizationInvitation returns it',
      'ListOrganizationInvitations (not paginated) filtered by organizationId and by invitee',
      'ReplaceOrganizationInvitationStatus: Revoked; Accepted by the invitee user makes them a member with the invitation roles (both sides)',
      'DeleteOrganizationInvitation 204, then GetOrganizationInvitation 404 and the list no longer holds it',
    ],
    steps: [
      create('organization', 'org', { name: '{run:inv-lc}' }),
      create('organization-role', 'role', { name: '{run:inv-lc-role}' }),
      create('user', 'alice', { name: '{run:inv-lc-alice}' }),
      create('organization-invitation', 'first', {
        name: '{run:inv-lc-alice}',
        refs: { organization: '{org}' },
        body: { organizationRoleIds: ['{role}'] },
        values: { '/organizationId': '{org}', '/status': 'Pending', '/organizationRoles/0/id': '{role}', '/organizationRoles/0/name': '{run:inv-lc-role}' },
      }),
      create('organization-invitation', 'second', { name: '{run:inv-lc-bob}', refs: { organization: '{org}' }, values: { '/status': 'Pending', '/organizationRoles': [] } }),
      get('get', `${INVITATIONS}/{first}`, {
        status: 200,
        values: { '/id': '{first}', '/invitee': '{run:inv-lc-alice}@example.com', '/organizationId': '{org}', '/status': 'Pending', '/organizationRoles/0/id': '{role}' },
      }),
      get('list-by-organization', INVITATIONS, { status: 200, length: { '': 2 }, holds: [has('{first}'), has('{second}')], headers: { 'total-number': null } }, { query: { organizationId: '{org}' } }),
      get('list-by-invitee', INVITATIONS, { status: 200, length: { '': 1 }, holds: [has('{second}')] }, { query: { invitee: '{run:inv-lc-bob}@example.com' } }),
      put('revoke', `${INVITATIONS}/{second}/status`, { status: 'Revoked' }, { status: 200, values: { '/id': '{second}', '/status': 'Revoked' } }),
      get('get-revoked', `${INVITATIONS}/{second}`, { status: 200, values: { '/status': 'Revoked' } }),
      put('accept', `${INVITATIONS}/{first}/status`, { status: 'Accepted', acceptedUserId: '{alice}' }, { status: 200, values: { '/id': '{first}', '/status': 'Accepted', '/acceptedUserId': '{alice}' } }),
      get('get-accepted', `${INVITATIONS}/{first}`, { status: 200, values: { '/status': 'Accepted', '/acceptedUserId': '{alice}' } }),
      get('organization-has-alice', '/api/organizations/{org}/users', { status: 200, holds: [{ where: { '/id': '{alice}', '/organizationRoles/0/id': '{role}' } }] }, { query: { page: '1', page_size: '20' } }),
      get('alice-organizations', '/api/users/{alice}/organizations', { status: 200, holds: [{ where: { '/id': '{org}', '/organizationRoles/0/id': '{role}' } }] }),
      del('delete', `${INVITATIONS}/{second}`, { status: 204 }),
      get('get-deleted', `${INVITATIONS}/{second}`, { status: 404 }),
      get('list-after-delete', INVITATIONS, { status: 200, length: { '': 1 }, holds: [has('{first}')], lacks: [has('{second}')] }, { query: { organizationId: '{org}' } }),
      del('delete-again', `${INVITATIONS}/{second}`, { status: 404 }),
    ],
  },
  {
    name: 'organization-invitation-message',
    tag: 'Organization invitations',
    needsEmailConnector: 'present',
    covers: ["CreateOrganizationInvitationMessage 204: the invitation e-mail is sent again through the tenant's e-mail connector"],
    steps: [
      create('organization', 'org', { name: '{run:inv-msg}' }),
      create('organization-invitation', 'invitation', { name: '{run:inv-msg}', refs: { organization: '{org}' } }),
      post('send-message', `${INVITATIONS}/{invitation}/message`, { link: 'https://example.com/invite' }, { status: 204 }),
    ],
  },
  {
    name: 'organization-invitation-message-without-connector',
    tag: 'Organization invitations',
    needsEmailConnector: 'absent',
    covers: ['CreateOrganizationInvitationMessage cannot succeed without an e-mail connector: 501 connector.not_found'],
    steps: [
      create('organization', 'org', { name: '{run:inv-nomsg}' }),
      create('organization-invitation', 'invitation', { name: '{run:inv-nomsg}', refs: { organization: '{org}' } }),
      post('send-message', `${INVITATIONS}/{invitation}/message`, { link: 'https://example.com/invite' }, { status: 501, values: { '/code': 'connector.not_found' } }),
    ],
  },
];
