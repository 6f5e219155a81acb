// The storage schema. Constraints do the enforcing (foreign keys, cascades, the one-Pending-
// invitation rule) so concurrent requests get the same answers Logto's PostgreSQL gives.
// Statements are idempotent: they run on every start, also against an existing data directory.

// Version 2: Logto 1.42's column widths for user references, the case-sensitive one-pending
// index, `cimd_client_id`, the role-type check on role grants, and the message-send log.
// Version 3: organization scopes, API resources and their scopes, and the roles' grants of both.
export const schemaVersion = 3;

export const schemaSql = `
create table if not exists reference_server_meta (
  key text primary key,
  value text not null
);

create table if not exists organizations (
  id varchar(21) primary key,
  name varchar(128) not null,
  description varchar(256),
  custom_data jsonb not null default '{}',
  is_mfa_required boolean not null default false,
  color jsonb not null default '{}',
  branding jsonb not null default '{}',
  custom_css text,
  created_at bigint not null
);

create table if not exists users (
  id varchar(12) primary key,
  username varchar(128),
  primary_email varchar(128),
  primary_phone varchar(128),
  name varchar(128),
  avatar varchar(2048),
  custom_data jsonb not null default '{}',
  identities jsonb not null default '{}',
  profile jsonb not null default '{}',
  application_id varchar(21),
  cimd_client_id varchar(2048),
  is_suspended boolean not null default false,
  has_password boolean not null default false,
  last_sign_in_at bigint,
  created_at bigint not null,
  updated_at bigint not null
);
-- E-mails are taken without regard to case (Logto checks lower() before inserting); usernames and
-- phones exactly (Logto's default sign-in experience has case-sensitive usernames).
create unique index if not exists users__username on users (username);
create unique index if not exists users__primary_email on users (lower(primary_email));
create unique index if not exists users__primary_phone on users (primary_phone);

create table if not exists organization_roles (
  id varchar(21) primary key,
  name varchar(128) not null,
  description varchar(256),
  type varchar(64) not null default 'User' check (type in ('User', 'MachineToMachine'))
);
create unique index if not exists organization_roles__name on organization_roles (name);

create or replace function check_organization_role_type(role_id varchar(21), target_type varchar(64)) returns boolean as
$$ begin
  return (select type from organization_roles where id = role_id) = target_type;
end; $$ language plpgsql;

-- User references are varchar(21) in Logto even though user ids have 12 characters, so a longer
-- unknown id is a missing foreign key (422), not a value too long.
create table if not exists organization_user_relations (
  organization_id varchar(21) not null references organizations (id) on update cascade on delete cascade,
  user_id varchar(21) not null references users (id) on update cascade on delete cascade,
  created_at bigint not null,
  primary key (organization_id, user_id)
);

create table if not exists organization_role_user_relations (
  organization_id varchar(21) not null,
  organization_role_id varchar(21) not null references organization_roles (id) on update cascade on delete cascade,
  user_id varchar(21) not null,
  primary key (organization_id, organization_role_id, user_id),
  -- As Logto: only roles of type User can be granted to a user (23514 → entity.db_constraint_violated).
  constraint organization_role_user_relations__role_type check (check_organization_role_type(organization_role_id, 'User')),
  -- Roles are granted to members only; leaving the organization drops them.
  foreign key (organization_id, user_id) references organization_user_relations (organization_id, user_id)
    on update cascade on delete cascade
);

create table if not exists organization_invitations (
  id varchar(21) primary key,
  inviter_id varchar(21) references users (id) on update cascade on delete cascade,
  invitee varchar(256) not null,
  accepted_user_id varchar(21) references users (id) on update cascade on delete cascade,
  organization_id varchar(21) not null references organizations (id) on update cascade on delete cascade,
  status varchar(32) not null check (status in ('Pending', 'Accepted', 'Expired', 'Revoked')),
  created_at bigint not null,
  updated_at bigint not null,
  expires_at bigint not null
);
-- Logto's index compares the invitee as stored: case-sensitive.
create unique index if not exists organization_invitations__invitee_organization_id
  on organization_invitations (invitee, organization_id) where status = 'Pending';
create index if not exists organization_invitations__inviter on organization_invitations (inviter_id);
create index if not exists organization_invitations__accepted_user on organization_invitations (accepted_user_id);

create table if not exists organization_invitation_role_relations (
  organization_invitation_id varchar(21) not null references organization_invitations (id) on update cascade on delete cascade,
  organization_role_id varchar(21) not null references organization_roles (id) on update cascade on delete cascade,
  primary key (organization_invitation_id, organization_role_id)
);

-- What an organization role grants: organization scopes, and scopes of API resources. A role
-- created with a scope id that does not exist trips a foreign key (422), as in Logto.
create table if not exists organization_scopes (
  id varchar(21) primary key,
  name varchar(128) not null,
  description varchar(256)
);
create unique index if not exists organization_scopes__name on organization_scopes (name);

create table if not exists resources (
  id varchar(21) primary key,
  name text not null,
  indicator text not null,
  is_default boolean not null default false,
  access_token_ttl bigint not null default 3600
);
create unique index if not exists resources__indicator on resources (indicator);

create table if not exists scopes (
  id varchar(21) primary key,
  resource_id varchar(21) not null references resources (id) on update cascade on delete cascade,
  name varchar(256) not null,
  description text,
  created_at bigint not null
);
create unique index if not exists scopes__resource_id_name on scopes (resource_id, name);

create table if not exists organization_role_scope_relations (
  organization_role_id varchar(21) not null references organization_roles (id) on update cascade on delete cascade,
  organization_scope_id varchar(21) not null references organization_scopes (id) on update cascade on delete cascade,
  primary key (organization_role_id, organization_scope_id)
);

create table if not exists organization_role_resource_scope_relations (
  organization_role_id varchar(21) not null references organization_roles (id) on update cascade on delete cascade,
  scope_id varchar(21) not null references scopes (id) on update cascade on delete cascade,
  primary key (organization_role_id, scope_id)
);

-- Successful message sends, for Logto's per-recipient send limit (its sentinel_activities).
create table if not exists message_sends (
  recipient text not null,
  sent_at bigint not null
);
create index if not exists message_sends__recipient on message_sends (recipient, sent_at);
`;
