import type { Queryable } from '../db/database.js';
import { generateStandardId } from '../db/ids.js';
import { sendRateLimited } from '../email/message-rate-limit.js';
import { invalidRequest, notFound } from '../errors.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guardQuery } from '../http/query.js';
import { guard } from '../validation/guard.js';
import { array, enumOf, literal, nullable, number, object, optional, string, union } from '../validation/schema.js';
import { invitationJson, type InvitationRow } from './rows.js';

// Logto's sendMessagePayloadGuard: four optional strings, any other field kept as it is.
const messagePayloadGuard = object({ code: optional(string()), link: optional(string()), locale: optional(string()), uiLocales: optional(string()) }, { passthrough: true });

const createInvitationBody = object({
  inviterId: optional(nullable(string({ max: 21 }))),
  // Logto replaces the column's guard (max 256) with `z.string().email()`: a longer address passes
  // the guard and the column refuses it (422 entity.value_too_long).
  invitee: string({ email: true }),
  organizationId: string({ min: 1, max: 21 }),
  expiresAt: number(),
  organizationRoleIds: optional(array(string())),
  // `false` (the default) sends nothing; an object is the e-mail template payload.
  messagePayload: optional(union(messagePayloadGuard, literal(false))),
});

const replaceStatusBody = object({
  acceptedUserId: optional(nullable(string({ max: 21 }))),
  status: enumOf(['Accepted', 'Revoked']),
});

// Status is computed on read: a Pending row past its expiry is Expired, stored status untouched
// (Logto: `expires_at < now()`, so an invitation is still pending at its expiry millisecond).
const selectInvitations = `
  select i.id, i.inviter_id, i.invitee, i.accepted_user_id, i.organization_id,
    case when i.status = 'Pending' and i.expires_at < $1 then 'Expired' else i.status end as status,
    i.created_at, i.updated_at, i.expires_at,
    coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name) order by r.name)
              from organization_invitation_role_relations rr join organization_roles r on r.id = rr.organization_role_id
              where rr.organization_invitation_id = i.id), '[]'::json) as organization_roles
  from organization_invitations i`;

async function findInvitation(db: Queryable, id: string, now: number): Promise<InvitationRow | undefined> {
  return (await db.query<InvitationRow>(`${selectInvitations} where i.id = $2`, [now, id])).rows[0];
}

const listQuery = object({
  organizationId: optional(string()),
  inviterId: optional(string()),
  invitee: optional(string()),
});

const listInvitations: Handler = async ({ query, services }) => {
  // A repeated filter is an array, which the string guard refuses (400).
  const filters = guardQuery(query, ['organizationId', 'inviterId', 'invitee'], listQuery);
  const now = services.now();
  const where: string[] = [];
  const values: unknown[] = [now];
  // Logto adds a condition only for a filter with a value (`conditionalSql`): an empty one filters nothing.
  if (filters.organizationId) {
    values.push(filters.organizationId);
    where.push(`i.organization_id = $${values.length}`);
  }
  if (filters.inviterId) {
    values.push(filters.inviterId);
    where.push(`i.inviter_id = $${values.length}`);
  }
  if (filters.invitee) {
    values.push(filters.invitee);
    where.push(`lower(i.invitee) = lower($${values.length})`);
  }
  // Facts are silent on order; Logto's query sorts newest first.
  const sql = `${selectInvitations}${where.length > 0 ? ` where ${where.join(' and ')}` : ''} order by i.created_at desc, i.id`;
  const rows = await services.db.read(async (db) => (await db.query<InvitationRow>(sql, values)).rows);
  return { status: 200, body: rows.map(invitationJson) };
};

const createInvitation: Handler = async ({ body, services }) => {
  const input = guard('body', createInvitationBody, body);
  const now = services.now();
  if (input.expiresAt <= now) throw invalidRequest(400, 'The value of `expiresAt` must be in the future.');
  // Logto's column is a timestamp with millisecond precision on read: fractions of a ms are dropped.
  const expiresAt = Math.trunc(input.expiresAt);
  const messagePayload = input.messagePayload === undefined || input.messagePayload === false ? undefined : input.messagePayload;
  const row = await services.db.transaction(async (tx) => {
    // Logto's `isMember` compares the primary e-mail exactly: another case is not a member.
    const member = await tx.query(
      `select 1 from organization_user_relations our join users u on u.id = our.user_id
       where our.organization_id = $1 and u.primary_email = $2 limit 1`,
      [input.organizationId, input.invitee],
    );
    if (member.rows.length > 0) throw invalidRequest(422, 'The invitee is already a member of the organization.');
    // Stale Pending rows would hold the one-Pending slot forever; Logto retires them first, matching
    // the invitee without regard to case and leaving `updated_at` alone.
    await tx.query(
      `update organization_invitations set status = 'Expired'
       where organization_id = $1 and lower(invitee) = lower($2) and status = 'Pending' and expires_at < $3`,
      [input.organizationId, input.invitee, now],
    );
    const id = generateStandardId();
    // Unknown organization/inviter → 23503, a second Pending invitation → 23505: both mapped to Logto's 422s.
    await tx.query(
      `insert into organization_invitations (id, inviter_id, invitee, accepted_user_id, organization_id, status, created_at, updated_at, expires_at)
       values ($1, $2, $3, null, $4, 'Pending', $5, $5, $6)`,
      [id, input.inviterId ?? null, input.invitee, input.organizationId, now, expiresAt],
    );
    for (const roleId of new Set(input.organizationRoleIds ?? [])) {
      await tx.query(`insert into organization_invitation_role_relations (organization_invitation_id, organization_role_id) values ($1, $2) on conflict do nothing`, [id, roleId]);
    }
    // Sent inside the transaction: without a connector (501) or over the send limit (429) the
    // invitation is rolled back.
    if (messagePayload) {
      const context = await templateContext(tx, input.organizationId, input.inviterId ?? null);
      await sendRateLimited(tx, services.email, { to: input.invitee, type: 'OrganizationInvitation', payload: { ...context, ...messagePayload } }, now);
    }
    return findInvitation(tx, id, now);
  });
  return { status: 201, body: invitationJson(row as InvitationRow) };
};

const getInvitation: Handler = async ({ params, services }) => {
  const row = await services.db.read((db) => findInvitation(db, params['id'] ?? '', services.now()));
  if (!row) throw notFound();
  return { status: 200, body: invitationJson(row) };
};

const deleteInvitation: Handler = async ({ params, services }) => {
  const deleted = await services.db.read(async (db) => (await db.query(`delete from organization_invitations where id = $1`, [params['id']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

const replaceStatus: Handler = async ({ params, body, services }) => {
  const input = guard('body', replaceStatusBody, body);
  const id = params['id'] ?? '';
  const now = services.now();
  // `updatedAt` becomes the server's clock at the change (Logto: `Date.now()` in
  // libraries/organization-invitation.ts), which may be the creation's millisecond.
  // Logto's order: for Accepted, `acceptedUserId` must be given (422) before anything is read;
  // then the invitation (404), then a final status (422), and only then the accepting user (404)
  // and its e-mail (422, compared without regard to case).
  if (input.status === 'Accepted' && !input.acceptedUserId) throw invalidRequest(422, 'The `acceptedUserId` is required when accepting an invitation.');
  const row = await services.db.transaction(async (tx) => {
    const invitation = await findInvitation(tx, id, now);
    if (!invitation) throw notFound();
    if (invitation.status !== 'Pending') throw invalidRequest(422, 'The status of the invitation cannot be changed anymore.');
    if (input.status === 'Accepted') {
      const acceptedUserId = input.acceptedUserId as string;
      const user = (await tx.query<{ primary_email: string | null }>(`select primary_email from users where id = $1`, [acceptedUserId])).rows[0];
      if (!user) throw notFound();
      if (user.primary_email?.toLowerCase() !== invitation.invitee.toLowerCase()) {
        throw invalidRequest(422, 'The accepted user must have the same email as the invitee.');
      }
      // Already a member (possible: membership is checked case-sensitively at creation) is fine.
      await tx.query(`insert into organization_user_relations (organization_id, user_id, created_at) values ($1, $2, $3) on conflict do nothing`, [invitation.organization_id, acceptedUserId, now]);
      // A MachineToMachine role fails the grant's role-type check: 422 entity.db_constraint_violated,
      // and the whole acceptance rolls back.
      await tx.query(
        `insert into organization_role_user_relations (organization_id, organization_role_id, user_id)
         select $1, rr.organization_role_id, $2 from organization_invitation_role_relations rr where rr.organization_invitation_id = $3
         on conflict do nothing`,
        [invitation.organization_id, acceptedUserId, id],
      );
      await tx.query(`update organization_invitations set status = 'Accepted', accepted_user_id = $3, updated_at = $2 where id = $1`, [id, now, acceptedUserId]);
    } else {
      await tx.query(`update organization_invitations set status = 'Revoked', updated_at = $2 where id = $1`, [id, now]);
    }
    return findInvitation(tx, id, now);
  });
  return { status: 200, body: invitationJson(row as InvitationRow) };
};

/**
 * What Logto adds to every invitation e-mail's payload (the caller's payload wins on a clash):
 * the organization's id, name and branding and, when there is one, the inviter's public profile.
 */
async function templateContext(db: Queryable, organizationId: string, inviterId: string | null): Promise<Record<string, unknown>> {
  const organization = (await db.query<{ id: string; name: string; branding: unknown }>(`select id, name, branding from organizations where id = $1`, [organizationId])).rows[0];
  const inviter = inviterId
    ? (
        await db.query<{ id: string; avatar: string | null; name: string | null; primaryEmail: string | null; primaryPhone: string | null; username: string | null; profile: unknown }>(
          `select id, avatar, name, primary_email as "primaryEmail", primary_phone as "primaryPhone", username, profile from users where id = $1`,
          [inviterId],
        )
      ).rows[0]
    : undefined;
  // Logto builds the context best-effort: a missing organization or inviter gives no context at all.
  if (!organization || (inviterId && !inviter)) return {};
  return { organization, ...(inviter ? { inviter } : {}) };
}

const resendMessage: Handler = async ({ params, body, services }) => {
  const payload = guard('body', messagePayloadGuard, body);
  const now = services.now();
  await services.db.transaction(async (tx) => {
    // The invitation's status does not matter: Logto resends for any invitation that exists.
    const invitation = await findInvitation(tx, params['id'] ?? '', now);
    if (!invitation) throw notFound();
    const context = await templateContext(tx, invitation.organization_id, invitation.inviter_id);
    await sendRateLimited(tx, services.email, { to: invitation.invitee, type: 'OrganizationInvitation', payload: { ...context, ...payload } }, now);
  });
  return { status: 204 };
};

export const organizationInvitationRoutes: RouteDefinition[] = [
  { path: '/api/organization-invitations', methods: { GET: listInvitations, POST: createInvitation } },
  { path: '/api/organization-invitations/:id', methods: { GET: getInvitation, DELETE: deleteInvitation } },
  { path: '/api/organization-invitations/:id/status', methods: { PUT: replaceStatus } },
  { path: '/api/organization-invitations/:id/message', methods: { POST: resendMessage } },
];
