import type { components } from './generated/schema.js';

// Short names for the schemas callers handle every day.
type Schemas = components['schemas'];

export type OrganizationInvitation = Schemas['OrganizationInvitation'];
export type OrganizationInvitationStatus = Schemas['OrganizationInvitationStatus'];
export type CreateOrganizationInvitationRequest = Schemas['CreateOrganizationInvitationRequest'];
export type ReplaceOrganizationInvitationStatusRequest = Schemas['ReplaceOrganizationInvitationStatusRequest'];
export type OrganizationInvitationMessagePayload = Schemas['OrganizationInvitationMessagePayload'];
export type OrganizationRoleRef = Schemas['OrganizationRoleRef'];
/** The JSON body of a Logto error (`{code, message, data?, details?}`); thrown as `LogtoApiError`. */
export type LogtoErrorBody = Schemas['LogtoError'];
export type Organization = Schemas['Organization'];
export type OrganizationWithRoles = Schemas['OrganizationWithRoles'];
export type CreateOrganizationRequest = Schemas['CreateOrganizationRequest'];
export type OrganizationRole = Schemas['OrganizationRole'];
export type CreateOrganizationRoleRequest = Schemas['CreateOrganizationRoleRequest'];
export type OrganizationMember = Schemas['OrganizationMember'];
export type User = Schemas['User'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
