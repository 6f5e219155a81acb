import type { components } from '../../../src/generated/schema.js';

type Schemas = components['schemas'];
export type Invitation = Schemas['OrganizationInvitation'];
export type CreateInvitationBody = Schemas['CreateOrganizationInvitationRequest'];
export type Organization = Schemas['Organization'];
export type OrganizationRole = Schemas['OrganizationRole'];
export type User = Schemas['User'];
export type LogtoErrorBody = Schemas['LogtoError'];
