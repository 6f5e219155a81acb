// The client snippets of README.md ("Using the client"), compiled by `npm run typecheck` so they cannot rot.
// Never executed, nor exported: nothing calls it, the compiler reads it.
import {
  createLogtoClient,
  LogtoApiError,
  LogtoNetworkError,
  LogtoTimeoutError,
  LogtoTokenError,
  type components,
  type CreateOrganizationInvitationRequest,
  type OrganizationInvitation,
  type paths,
} from '../../src/index.js';
import { createLogtoCore, getUser } from '../../src/operations.js';

async function readmeSnippets(): Promise<void> {
  const logto = createLogtoClient({
    endpoint: process.env.LOGTO_ENDPOINT!,
    credentials: { appId: process.env.LOGTO_M2M_APP_ID!, appSecret: process.env.LOGTO_M2M_APP_SECRET! },
  });

  // The small form.
  const core = createLogtoCore({
    endpoint: process.env.LOGTO_ENDPOINT!,
    credentials: { appId: process.env.LOGTO_M2M_APP_ID!, appSecret: process.env.LOGTO_M2M_APP_SECRET! },
  });
  const user = await getUser(core, 'user_id');
  const sameUser = await logto.users.getUser('user_id');
  console.log(user.id === sameUser.id, (await getUser(logto.client, 'user_id')).id);

  for await (const user of logto.users.listUsersIterate()) {
    console.log(user.id, user.primaryEmail);
  }
  for await (const member of logto.organizations.listOrganizationUsersIterate('org_id', { q: 'ada', page_size: 20 })) {
    console.log(member.id, member.organizationRoles.map((role) => role.name));
  }

  const invitation = await logto.organizationInvitations.createOrganizationInvitation({
    invitee: 'alice@example.com',
    organizationId: 'org_id',
    expiresAt: Date.now() + 7 * 24 * 60 * 60 * 1000,
    organizationRoleIds: ['role_id'],
    messagePayload: false,
  });
  console.log(invitation.id, invitation.status);

  await logto.organizationInvitations.createOrganizationInvitationMessage(invitation.id, {
    link: 'https://app.example.com/invitations/accept',
    locale: 'en',
  });
  await logto.organizationInvitations.deleteOrganizationInvitation(invitation.id);
  const current: OrganizationInvitation = await logto.organizationInvitations.getOrganizationInvitation(invitation.id);
  const pending = (
    await logto.organizationInvitations.listOrganizationInvitations({ organizationId: 'org_id', invitee: 'Alice@Example.com' })
  ).filter((i) => i.status === 'Pending');
  await logto.organizationInvitations.replaceOrganizationInvitationStatus(current.id, { status: 'Revoked' });
  await logto.organizationInvitations.replaceOrganizationInvitationStatus(current.id, { status: 'Accepted', acceptedUserId: 'user_id' });
  console.log(pending.length);

  try {
    await logto.organizationInvitations.getOrganizationInvitation('missing');
  } catch (error) {
    if (error instanceof LogtoApiError) {
      console.log(error.status, error.code, error.apiMessage, error.data, error.details, error.operationId, error.path, error.urlPath);
    } else if (error instanceof LogtoTokenError) {
      console.log(error.code);
    } else if (error instanceof LogtoTimeoutError || error instanceof LogtoNetworkError) {
      console.log(error.message);
    }
  }

  const metrics = { record: (_status: number): void => undefined };
  const myFetch = (request: Request): Promise<Response> => fetch(request);
  const tuned = createLogtoClient({
    endpoint: 'http://localhost:3001',
    credentials: { appId: 'id', appSecret: 'secret' },
    timeoutMs: 10_000,
    retry: { limit: 3, baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 30_000 },
    tokenExpirySkewMs: 30_000,
    fetch: myFetch,
    middleware: [{ onResponse: ({ response }) => void metrics.record(response.status) }],
  });
  const withToken = createLogtoClient({ endpoint: 'http://localhost:3001', getToken: async () => 'token' });
  await withToken.status.getStatus();
  await tuned.client.GET('/api/organization-invitations', { params: { query: { organizationId: 'o' } } });

  const request: CreateOrganizationInvitationRequest = { invitee: 'a@example.com', organizationId: 'o', expiresAt: 1, messagePayload: false };
  const schemaName: keyof components['schemas'] = 'OrganizationInvitation';
  const pathName: keyof paths = '/api/organization-invitations';
  console.log(request, schemaName, pathName);
}
