// The live suite's short names for the client's model types (one source: src/models.ts).
export type {
  OrganizationInvitation as Invitation,
  CreateOrganizationInvitationRequest as CreateInvitationBody,
  Organization,
  OrganizationRole,
  User,
  LogtoErrorBody,
} from '../../../src/models.js';
