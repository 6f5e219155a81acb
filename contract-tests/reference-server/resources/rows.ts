// Database rows → the JSON shapes Logto answers with. Timestamps are epoch ms numbers.

const tenantId = 'default';

export interface RoleRef {
  id: string;
  name: string;
}

export interface OrganizationRow {
  id: string;
  name: string;
  description: string | null;
  custom_data: Record<string, unknown>;
  is_mfa_required: boolean;
  color: Record<string, unknown>;
  branding: Record<string, unknown>;
  custom_css: string | null;
  created_at: number;
}

export const organizationColumns = 'o.id, o.name, o.description, o.custom_data, o.is_mfa_required, o.color, o.branding, o.custom_css, o.created_at';

export function organizationJson(row: OrganizationRow) {
  return {
    tenantId,
    id: row.id,
    name: row.name,
    description: row.description,
    customData: row.custom_data,
    isMfaRequired: row.is_mfa_required,
    color: row.color,
    branding: row.branding,
    customCss: row.custom_css,
    createdAt: Number(row.created_at),
  };
}

export interface UserRow {
  id: string;
  username: string | null;
  primary_email: string | null;
  primary_phone: string | null;
  name: string | null;
  avatar: string | null;
  custom_data: Record<string, unknown>;
  identities: Record<string, unknown>;
  profile: Record<string, unknown>;
  application_id: string | null;
  cimd_client_id: string | null;
  is_suspended: boolean;
  has_password: boolean;
  last_sign_in_at: number | null;
  created_at: number;
  updated_at: number;
}

export const userColumns =
  'u.id, u.username, u.primary_email, u.primary_phone, u.name, u.avatar, u.custom_data, u.identities, u.profile, u.application_id, u.cimd_client_id, u.is_suspended, u.has_password, u.last_sign_in_at, u.created_at, u.updated_at';

/** A user as an organization's member list shows it: Logto's `userInfoSelectFields`, in its order. */
export function memberJson(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    primaryEmail: row.primary_email,
    primaryPhone: row.primary_phone,
    name: row.name,
    avatar: row.avatar,
    customData: row.custom_data,
    identities: row.identities,
    lastSignInAt: row.last_sign_in_at === null ? null : Number(row.last_sign_in_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    profile: row.profile,
    applicationId: row.application_id,
    cimdClientId: row.cimd_client_id,
    isSuspended: row.is_suspended,
  };
}

/** A user read on its own (create, get): the member fields plus `hasPassword`. */
export function userJson(row: UserRow) {
  return { ...memberJson(row), hasPassword: row.has_password };
}

export interface OrganizationRoleRow {
  id: string;
  name: string;
  description: string | null;
  type: string;
}

export function organizationRoleJson(row: OrganizationRoleRow) {
  return { tenantId, id: row.id, name: row.name, description: row.description, type: row.type };
}

/** What a role grants, as the role list shows it. */
export interface RoleScopes {
  scopes: Array<{ id: string; name: string }>;
  resource_scopes: Array<{ id: string; name: string; resource: { id: string; name: string } }>;
}

export interface OrganizationScopeRow {
  id: string;
  name: string;
  description: string | null;
}

export function organizationScopeJson(row: OrganizationScopeRow) {
  return { tenantId, id: row.id, name: row.name, description: row.description };
}

export interface ResourceRow {
  id: string;
  name: string;
  indicator: string;
  is_default: boolean;
  access_token_ttl: number;
}

export function resourceJson(row: ResourceRow) {
  return { tenantId, id: row.id, name: row.name, indicator: row.indicator, isDefault: row.is_default, accessTokenTtl: Number(row.access_token_ttl) };
}

export interface ScopeRow {
  id: string;
  resource_id: string;
  name: string;
  description: string | null;
  created_at: number;
}

export function scopeJson(row: ScopeRow) {
  return { tenantId, id: row.id, resourceId: row.resource_id, name: row.name, description: row.description, createdAt: Number(row.created_at) };
}

export interface InvitationRow {
  id: string;
  inviter_id: string | null;
  invitee: string;
  accepted_user_id: string | null;
  organization_id: string;
  status: string;
  created_at: number;
  updated_at: number;
  expires_at: number;
  organization_roles: RoleRef[];
}

export function invitationJson(row: InvitationRow) {
  return {
    tenantId,
    id: row.id,
    inviterId: row.inviter_id,
    invitee: row.invitee,
    acceptedUserId: row.accepted_user_id,
    organizationId: row.organization_id,
    status: row.status,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    expiresAt: Number(row.expires_at),
    organizationRoles: row.organization_roles,
  };
}
