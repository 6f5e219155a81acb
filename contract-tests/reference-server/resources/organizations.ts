import { generateShortId } from '../db/ids.js';
import { foreignKeyNotFound, notExistsWithId, notFound } from '../errors.js';
import { readPage, totalNumberHeader } from '../http/pagination.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guardQuery } from '../http/query.js';
import { guard } from '../validation/guard.js';
import { array, boolean, nullable, number, object, optional, record, string } from '../validation/schema.js';
import { memberJson, organizationColumns, organizationJson, userColumns, type OrganizationRow, type RoleRef, type UserRow } from './rows.js';

// Logto's colour and logo guards (served as JS regex literals / `format: "url"` in its spec).
const hexColor = /^#[\da-f]{3}([\da-f]{3})?$/i;

const createOrganizationBody = object({
  name: string({ min: 1, max: 128 }),
  description: optional(nullable(string({ max: 256 }))),
  customData: optional(record()),
  isMfaRequired: optional(boolean()),
  color: optional(object({ primaryColor: optional(string({ pattern: hexColor })), isDarkModeEnabled: optional(boolean()), darkPrimaryColor: optional(string({ pattern: hexColor })) })),
  branding: optional(object({ logoUrl: optional(string({ url: true })), darkLogoUrl: optional(string({ url: true })), favicon: optional(string({ url: true })), darkFavicon: optional(string({ url: true })) })),
  customCss: optional(nullable(string())),
  // Logto's create guard (Organizations.createGuard without id) also takes these, type-checked.
  // ASSUMPTION: their values are not used here (one tenant; the server's clock for createdAt).
  tenantId: optional(string({ max: 21 })),
  createdAt: optional(number()),
});

// Logto: `z.string().min(1).array().nonempty()`.
const addUsersBody = object({ userIds: array(string({ min: 1 }), { min: 1 }) });

const createOrganization: Handler = async ({ body, services }) => {
  const input = guard('body', createOrganizationBody, body);
  const row = await services.db.read(async (db) => {
    const { rows } = await db.query<OrganizationRow>(
      `insert into organizations as o (id, name, description, custom_data, is_mfa_required, color, branding, custom_css, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${organizationColumns}`,
      [generateShortId(), input.name, input.description ?? null, input.customData ?? {}, input.isMfaRequired ?? false, input.color ?? {}, input.branding ?? {}, input.customCss ?? null, services.now()],
    );
    return rows[0];
  });
  return { status: 201, body: organizationJson(row as OrganizationRow) };
};

const getOrganization: Handler = async ({ params, services }) => {
  const id = params['id'] ?? '';
  const row = await services.db.read(async (db) => (await db.query<OrganizationRow>(`select ${organizationColumns} from organizations o where o.id = $1`, [id])).rows[0]);
  // Organizations use Logto's generic look-up, whose 404 names the table and the id.
  if (!row) throw notExistsWithId('organizations', id);
  return { status: 200, body: organizationJson(row) };
};

const deleteOrganization: Handler = async ({ params, services }) => {
  // Invitations, memberships and granted roles go with it (ON DELETE CASCADE).
  const deleted = await services.db.read(async (db) => (await db.query(`delete from organizations where id = $1`, [params['id']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

const addOrganizationUsers: Handler = async ({ params, body, services }) => {
  const { userIds } = guard('body', addUsersBody, body);
  await services.db.transaction(async (tx) => {
    // An unknown organization or user is a failed foreign key in Logto (422, not 404); the explicit
    // check covers an empty `userIds`, where no insert would trip the constraint.
    const exists = await tx.query(`select 1 from organizations where id = $1`, [params['id']]);
    if (exists.rows.length === 0) throw foreignKeyNotFound();
    // Already-members are ignored, as Logto's relation insert does (`on conflict do nothing`).
    for (const userId of new Set(userIds)) {
      await tx.query(`insert into organization_user_relations (organization_id, user_id, created_at) values ($1, $2, $3) on conflict do nothing`, [params['id'], userId, services.now()]);
    }
  });
  return { status: 201, body: { userIds } };
};

interface MemberRow extends UserRow {
  organization_roles: RoleRef[];
}

const membersQuery = object({ q: optional(string()), organizationRoleId: optional(string({ min: 1 })) });

const listOrganizationUsers: Handler = async ({ params, query, services }) => {
  const page = readPage(query);
  const organizationId = params['id'];
  // An empty organizationRoleId is refused (Logto: `z.string().min(1)`); an empty q searches nothing.
  const { q: search, organizationRoleId: roleId } = guardQuery(query, ['q', 'organizationRoleId'], membersQuery);
  // Logto searches members by id, name, username, e-mail and phone; the role filter keeps members holding it.
  const where = [`our.organization_id = $1`];
  const values: unknown[] = [organizationId];
  if (search) {
    values.push(`%${search}%`);
    where.push(`(u.id ilike $${values.length} or u.name ilike $${values.length} or u.username ilike $${values.length} or u.primary_email ilike $${values.length} or u.primary_phone ilike $${values.length})`);
  }
  if (roleId) {
    values.push(roleId);
    where.push(`exists (select 1 from organization_role_user_relations f where f.organization_id = our.organization_id and f.user_id = u.id and f.organization_role_id = $${values.length})`);
  }
  const result = await services.db.read(async (db) => {
    // Logto does not look the organization up here: an unknown id is an empty page, not a 404.
    const from = `from organization_user_relations our join users u on u.id = our.user_id where ${where.join(' and ')}`;
    const total = await db.query<{ total: number }>(`select count(*)::int as total ${from}`, values);
    // Logto orders members by user id.
    const rows = await db.query<MemberRow>(
      `select ${userColumns},
         coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name) order by r.name)
                   from organization_role_user_relations rur join organization_roles r on r.id = rur.organization_role_id
                   where rur.organization_id = our.organization_id and rur.user_id = u.id), '[]'::json) as organization_roles
       ${from} order by u.id limit ${page.limit} offset ${page.offset}`,
      values,
    );
    return { total: total.rows[0]?.total ?? 0, rows: rows.rows };
  });
  return {
    status: 200,
    body: result.rows.map((row) => ({ ...memberJson(row), organizationRoles: row.organization_roles })),
    headers: totalNumberHeader(result.total),
  };
};

const organizationsQuery = object({ q: optional(string()), showFeatured: optional(string()) });

/** Logto's `yes()`: what turns a query flag on. */
const yes = (value: string | undefined): boolean => value !== undefined && ['1', 'true', 'y', 'yes', 'yep', 'yeah'].includes(value.toLowerCase());

interface FeaturedRow {
  organization_id: string;
  users_count: number;
  featured_users: Array<{ id: string; avatar: string | null; name: string | null }>;
}

// Not in our spec; here so a sweep can find what a run left behind. Logto searches id and name
// (not the description), and with `showFeatured` adds each organization's member count and up to
// three of its members.
const listOrganizations: Handler = async ({ query, services }) => {
  const page = readPage(query);
  const { q: search, showFeatured } = guardQuery(query, ['q', 'showFeatured'], organizationsQuery);
  const where = search ? `where o.id ilike $1 or o.name ilike $1` : '';
  const values = search ? [`%${search}%`] : [];
  const result = await services.db.read(async (db) => {
    const total = (await db.query<{ total: number }>(`select count(*)::int as total from organizations o ${where}`, values)).rows[0]?.total ?? 0;
    // ASSUMPTION: Logto's query has no `order by`; PostgreSQL then returns rows in storage order,
    // which a running Logto showed as oldest first.
    const rows = (await db.query<OrganizationRow>(`select ${organizationColumns} from organizations o ${where} order by o.created_at, o.id limit ${page.limit} offset ${page.offset}`, values)).rows;
    if (!yes(showFeatured) || rows.length === 0) return { total, rows, featured: undefined };
    // ASSUMPTION: which three members Logto features is PostgreSQL's choice (no `order by`); here the first three who joined.
    const featured = await db.query<FeaturedRow>(
      `select o.id as organization_id,
         (select count(*)::int from organization_user_relations r where r.organization_id = o.id) as users_count,
         coalesce((select json_agg(json_build_object('id', f.id, 'avatar', f.avatar, 'name', f.name))
                   from (select u.id, u.avatar, u.name from organization_user_relations r join users u on u.id = r.user_id
                         where r.organization_id = o.id order by r.created_at, u.id limit 3) f), '[]'::json) as featured_users
       from organizations o where o.id = any($1::varchar[])`,
      [rows.map((row) => row.id)],
    );
    return { total, rows, featured: new Map(featured.rows.map((row) => [row.organization_id, row])) };
  });
  const body = result.rows.map((row) => {
    const featured = result.featured?.get(row.id);
    return featured ? { ...organizationJson(row), usersCount: featured.users_count, featuredUsers: featured.featured_users } : organizationJson(row);
  });
  return { status: 200, body, headers: totalNumberHeader(result.total) };
};

export const organizationRoutes: RouteDefinition[] = [
  { path: '/api/organizations', methods: { GET: listOrganizations, POST: createOrganization } },
  { path: '/api/organizations/:id', methods: { GET: getOrganization, DELETE: deleteOrganization } },
  { path: '/api/organizations/:id/users', methods: { GET: listOrganizationUsers, POST: addOrganizationUsers } },
];
