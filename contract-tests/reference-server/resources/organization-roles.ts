import { generateStandardId } from '../db/ids.js';
import { foreignKeyNotFound, notFound } from '../errors.js';
import { readPage, totalNumberHeader } from '../http/pagination.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guard } from '../validation/guard.js';
import { array, enumOf, nullable, object, optional, string } from '../validation/schema.js';
import { organizationRoleJson, type OrganizationRoleRow } from './rows.js';

const createRoleBody = object({
  name: string({ min: 1, max: 128 }),
  description: optional(nullable(string({ max: 256 }))),
  type: optional(enumOf(['User', 'MachineToMachine'])),
  // Logto's served spec marks these required; the server defaults them to [].
  organizationScopeIds: optional(array(string())),
  resourceScopeIds: optional(array(string())),
  // Logto's create guard (OrganizationRoles.createGuard) also takes tenantId, type-checked.
  // ASSUMPTION: its value is not used here (one tenant).
  tenantId: optional(string({ max: 21 })),
});

const createOrganizationRole: Handler = async ({ body, services }) => {
  const input = guard('body', createRoleBody, body);
  // This server has no scopes, so any referenced scope id is a missing foreign key (as in Logto).
  if ((input.organizationScopeIds?.length ?? 0) > 0 || (input.resourceScopeIds?.length ?? 0) > 0) throw foreignKeyNotFound();
  // A taken name trips the unique index: 422 entity.unique_integrity_violation, as Logto.
  const row = await services.db.read(
    async (db) =>
      (
        await db.query<OrganizationRoleRow>(`insert into organization_roles (id, name, description, type) values ($1, $2, $3, $4) returning id, name, description, type`, [
          generateStandardId(),
          input.name,
          input.description ?? null,
          input.type ?? 'User',
        ])
      ).rows[0],
  );
  return { status: 201, body: organizationRoleJson(row as OrganizationRoleRow) };
};

const deleteOrganizationRole: Handler = async ({ params, services }) => {
  // Grants to members and to pending invitations go with it.
  const deleted = await services.db.read(async (db) => (await db.query(`delete from organization_roles where id = $1`, [params['id']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

// Not in our spec; here so a sweep can find what a run left behind. Logto lists each role with its
// scopes; this server has none.
const listOrganizationRoles: Handler = async ({ query, services }) => {
  const page = readPage(query);
  const search = query.get('q');
  const where = search ? `where name ilike $1 or id ilike $1 or description ilike $1` : '';
  const values = search ? [`%${search}%`] : [];
  const result = await services.db.read(async (db) => ({
    total: (await db.query<{ total: number }>(`select count(*)::int as total from organization_roles ${where}`, values)).rows[0]?.total ?? 0,
    rows: (await db.query<OrganizationRoleRow>(`select id, name, description, type from organization_roles ${where} order by name, id limit ${page.limit} offset ${page.offset}`, values)).rows,
  }));
  return { status: 200, body: result.rows.map((row) => ({ ...organizationRoleJson(row), scopes: [], resourceScopes: [] })), headers: totalNumberHeader(result.total) };
};

export const organizationRoleRoutes: RouteDefinition[] = [
  { path: '/api/organization-roles', methods: { GET: listOrganizationRoles, POST: createOrganizationRole } },
  { path: '/api/organization-roles/:id', methods: { DELETE: deleteOrganizationRole } },
];
