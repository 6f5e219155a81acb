import type { Queryable } from '../db/database.js';
import { generateStandardId } from '../db/ids.js';
import { invalidRequest, notFound } from '../errors.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guard } from '../validation/guard.js';
import { array, enumOf, literal, nullable, number, object, optional, string, union } from '../validation/schema.js';
import { invitationJson, type InvitationRow } from './rows.js';

const messagePayloadGuard = object({ code: optional(string()), link: optional(string()), locale: optional(string()), uiLocales: optional(string()) });

const createInvitationBody = object({
  inviterId: optional(nullable(string({ max: 21 }))),
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

// Status is computed on read: a Pending row past its expiry is Expired, stored status untouched.
const selectInvitations = `
  select i.id, i.inviter_id, i.invitee, i.accepted_user_id, i.organization_id,
    case when i.status = 'Pending' and i.expires_at <= $1 then 'Expired' else i.status end as status,
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

function singleValues(query: URLSearchParams, names: string[]): Record<string, unknown> {
  // A repeated parameter arrives as an array (as koa's querystring does) and fails the string guard.
  const values: Record<string, unknown> = {};
  for (const name of names) {
    const all = query.getAll(name);
    if (all.length === 1) values[name] = all[0];
    else if (all.length > 1) values[name] = all;
  }
  return values;
}

const listInvitations: Handler = async ({ query, services }) => {
  const filters = guard('query', listQuery, singleValues(query, ['organizationId', 'inviterId', 'invitee']));
  const now = services.now();
  const where: string[] = [];
  const values: unknown[] = [now];
  if (filters.organizationId !== undefined) {
    values.push(filters.organizationId);
    where.push(`i.organization_id = $${values.length}`);
  }
  if (filters.inviterId !== undefined) {
    values.push(filters.inviterId);
    where.push(`i.inviter_id = $${values.length}`);
  }
  if (filters.invitee !== undefined) {
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
    const member = await tx.query(
      `select 1 from organization_user_relations our join users u on u.id = our.user_id
       where our.organization_id = $1 and lower(u.primary_email) = lower($2) limit 1`,
      [input.organizationId, input.invitee],
    );
    if (member.rows.length > 0) throw invalidRequest(422, 'The invitee is already a member of the organization.');
    // Stale Pending rows would hold the one-Pending slot forever; retire them first.
    await tx.query(
      `update organization_invitations set status = 'Expired', updated_at = $3
       where organization_id = $1 and lower(invitee) = lower($2) and status = 'Pending' and expires_at <= $3`,
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
    // Sent inside the transaction: without a connector the 501 rolls the invitation back.
    if (messagePayload) await services.email.send({ to: input.invitee, type: 'OrganizationInvitation', payload: messagePayload });
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

/** Never let two requests' updates land in the same millisecond: `updatedAt` must visibly change. */
const nextUpdatedAt = `greatest($2::bigint, updated_at + 1)`;

const replaceStatus: Handler = async ({ params, body, services }) => {
  const input = guard('body', replaceStatusBody, body);
  const id = params['id'] ?? '';
  const now = services.now();
  const row = await services.db.transaction(async (tx) => {
    let acceptedUserId: string | undefined;
    if (input.status === 'Accepted') {
      // Logto checks the accepting user before it looks at the invitation.
      if (!input.acceptedUserId) throw invalidRequest(422, 'The `acceptedUserId` is required when accepting an invitation.');
      const user = (await tx.query<{ primary_email: string | null }>(`select primary_email from users where id = $1`, [input.acceptedUserId])).rows[0];
      if (!user) throw notFound();
      const invitation = await findInvitation(tx, id, now);
      if (!invitation) throw notFound();
      if (user.primary_email?.toLowerCase() !== invitation.invitee.toLowerCase()) {
        throw invalidRequest(422, 'The accepted user must have the same email as the invitee.');
      }
      acceptedUserId = input.acceptedUserId;
    }
    const invitation = await findInvitation(tx, id, now);
    if (!invitation) throw notFound();
    if (invitation.status !== 'Pending') throw invalidRequest(422, `The invitation is ${invitation.status}; only a Pending invitation can change status.`);
    if (acceptedUserId !== undefined) {
      await tx.query(`insert into organization_user_relations (organization_id, user_id, created_at) values ($1, $2, $3) on conflict do nothing`, [invitation.organization_id, acceptedUserId, now]);
      await tx.query(
        `insert into organization_role_user_relations (organization_id, organization_role_id, user_id)
         select $1, rr.organization_role_id, $2 from organization_invitation_role_relations rr where rr.organization_invitation_id = $3
         on conflict do nothing`,
        [invitation.organization_id, acceptedUserId, id],
      );
      await tx.query(`update organization_invitations set status = 'Accepted', accepted_user_id = $3, updated_at = ${nextUpdatedAt} where id = $1`, [id, now, acceptedUserId]);
    } else {
      await tx.query(`update organization_invitations set status = 'Revoked', updated_at = ${nextUpdatedAt} where id = $1`, [id, now]);
    }
    return findInvitation(tx, id, now);
  });
  return { status: 200, body: invitationJson(row as InvitationRow) };
};

const resendMessage: Handler = async ({ params, body, services }) => {
  const payload = guard('body', messagePayloadGuard, body);
  const invitation = await services.db.read((db) => findInvitation(db, params['id'] ?? '', services.now()));
  if (!invitation) throw notFound();
  await services.email.send({ to: invitation.invitee, type: 'OrganizationInvitation', payload });
  return { status: 204 };
};

export const organizationInvitationRoutes: RouteDefinition[] = [
  { path: '/api/organization-invitations', methods: { GET: listInvitations, POST: createInvitation } },
  { path: '/api/organization-invitations/:id', methods: { GET: getInvitation, DELETE: deleteInvitation } },
  { path: '/api/organization-invitations/:id/status', methods: { PUT: replaceStatus } },
  { path: '/api/organization-invitations/:id/message', methods: { POST: resendMessage } },
];
