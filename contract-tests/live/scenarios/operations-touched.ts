/**
 * The operations each hand-written live test file (this folder) sends to: what
 * `contract:live --changed-since` selects a file by (it runs when the spec diff names one of
 * them). Every run checks it one way (a test that sends an operation its file does not list
 * fails, saying what to add: support/touched-operations.ts), and the full run against the
 * embedded reference server the other way (an operation listed that none of the file's tests
 * sent there, of those that server implements, is stale). What the harness deletes after a test
 * is its cleanup, not the test's sending: not listed.
 */
export const OPERATIONS_TOUCHED: Readonly<Record<string, readonly string[]>> = {
  'accept.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationRole', 'CreateUser', 'GetOrganizationInvitation', 'ListOrganizationUsers', 'ListUserOrganizations', 'ReplaceOrganizationInvitationStatus'],
  'auth.live.test.ts': ['AddOrganizationUsers', 'CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationInvitationMessage', 'CreateOrganizationRole', 'CreateUser', 'DeleteOrganization', 'DeleteOrganizationInvitation', 'DeleteOrganizationRole', 'DeleteUser', 'GetOrganization', 'GetOrganizationInvitation', 'GetStatus', 'GetUser', 'ListOrganizationInvitations', 'ListOrganizationUsers', 'ListUserOrganizations', 'ReplaceOrganizationInvitationStatus'],
  'cleanup.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationRole', 'CreateUser', 'DeleteOrganization', 'DeleteOrganizationInvitation', 'DeleteOrganizationRole', 'DeleteUser', 'GetOrganization', 'GetOrganizationInvitation', 'GetUser'],
  'create-errors.live.test.ts': ['AddOrganizationUsers', 'CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationRole', 'CreateUser', 'ListOrganizationInvitations', 'ListOrganizationUsers', 'ReplaceOrganizationInvitationStatus'],
  'email.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationInvitationMessage', 'ListOrganizationInvitations'],
  'expiry.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateUser', 'GetOrganizationInvitation', 'ListOrganizationInvitations', 'ReplaceOrganizationInvitationStatus'],
  'lifecycle.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationInvitationMessage', 'CreateOrganizationRole', 'CreateUser', 'DeleteOrganizationInvitation', 'GetOrganizationInvitation', 'ListOrganizationInvitations', 'ReplaceOrganizationInvitationStatus'],
  'negative-inputs.live.test.ts': ['AddOrganizationUsers', 'CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationInvitationMessage', 'CreateOrganizationRole', 'CreateUser', 'DeleteOrganization', 'DeleteOrganizationInvitation', 'DeleteOrganizationRole', 'DeleteUser', 'GetOrganizationInvitation', 'ListOrganizationInvitations', 'ListOrganizationRoles', 'ListOrganizationUsers', 'ListOrganizations', 'ListUsers', 'ReplaceOrganizationInvitationStatus'],
  'routing-and-cascade.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateUser', 'DeleteOrganization', 'DeleteUser', 'GetOrganization', 'GetOrganizationInvitation', 'GetUser', 'ListOrganizationInvitations', 'ReplaceOrganizationInvitationStatus'],
  'supporting-operations.live.test.ts': ['AddOrganizationUsers', 'CreateOrganization', 'CreateOrganizationRole', 'CreateUser', 'DeleteOrganization', 'DeleteOrganizationRole', 'DeleteUser', 'GetOrganization', 'GetUser', 'ListOrganizationUsers', 'ListUserOrganizations'],
  'sweep.live.test.ts': ['CreateOrganization', 'CreateOrganizationInvitation', 'CreateOrganizationRole', 'CreateUser', 'DeleteOrganization', 'DeleteOrganizationInvitation', 'DeleteOrganizationRole', 'DeleteUser', 'GetOrganization'],
};
