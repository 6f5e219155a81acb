import { generateStandardId } from '../db/ids.js';
import { notFound } from '../errors.js';
import { readPage, totalNumberHeader } from '../http/pagination.js';
import { guardQuery } from '../http/query.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guard } from '../validation/guard.js';
import { array, enumOf, nullable, object, optional, string } from '../validation/schema.js';
import { organizationRoleJson, type OrganizationRoleRow, type RoleScopes } from './rows.js';

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

/**
 * As Logto's `createRoleWithScopes`: the role and its grants in one transaction. A scope id that
 * does not exist trips the grant's foreign key (422 `entity.relation_foreign_key_not_found`) and
 * nothing is stored; a taken name trips the unique index (422 `entity.unique_integrity_violation`).
 */
const createOrganizationRole: Handler = async ({ body, services }) => {
  const input = guard('body', createRoleBody, body);
  const row = await services.db.transaction(async (tx) => {
    const id = generateStandardId();
    const { rows } = await tx.query<OrganizationRoleRow>(`insert into organization_roles (id, name, description, type) values ($1, $2, $3, $4) returning id, name, description, type`, [
      id,
      input.name,
      input.description ?? null,
      input.type ?? 'User',
    ]);
    for (const scopeId of new Set(input.organizationScopeIds ?? [])) {
      await tx.query(`insert into organization_role_scope_relations (organization_role_id, organization_scope_id) values ($1, $2)`, [id, scopeId]);
    }
    for (const scopeId of new Set(input.resourceScopeIds ?? [])) {
      await tx.query(`insert into organization_role_resource_scope_relations (organization_role_id, scope_id) values ($1, $2)`, [id, scopeId]);
    }
    return rows[0] as OrganizationRoleRow;
  });
  return { status: 201, body: organizationRoleJson(row) };
};

const deleteOrganizationRole: Handler = async ({ params, services }) => {
  // Grants to members and to pending invitations go with it.
  const deleted = await services.db.read(async (db) => (await db.query(`delete from organization_roles where id = $1`, [params['id']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

const listQuery = object({ q: optional(string()) });

/**
 * Not in our spec; here so a sweep can find what a run left behind, and to show what a role
 * grants. Logto searches id, name and description, orders by name, and lists each role with its
 * organization scopes and its resource scopes (each with its resource), by id.
 */
const listOrganizationRoles: Handler = async ({ query, services }) => {
  const page = readPage(query);
  const { q: search } = guardQuery(query, ['q'], listQuery);
  const where = search ? `where r.name ilike $1 or r.id ilike $1 or r.description ilike $1` : '';
  const values = search ? [`%${search}%`] : [];
  const result = await services.db.read(async (db) => ({
    total: (await db.query<{ total: number }>(`select count(*)::int as total from organization_roles r ${where}`, values)).rows[0]?.total ?? 0,
    rows: (
      await db.query<OrganizationRoleRow & RoleScopes>(
        `select r.id, r.name, r.description, r.type,
           coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name) order by s.id)
                     from organization_role_scope_relations rs join organization_scopes s on s.id = rs.organization_scope_id
                     where rs.organization_role_id = r.id), '[]'::json) as scopes,
           coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name, 'resource', json_build_object('id', a.id, 'name', a.name)) order by s.id)
                     from organization_role_resource_scope_relations rs join scopes s on s.id = rs.scope_id join resources a on a.id = s.resource_id
                     where rs.organization_role_id = r.id), '[]'::json) as resource_scopes
         from organization_roles r ${where} order by r.name, r.id limit ${page.limit} offset ${page.offset}`,
        values,
      )
    ).rows,
  }));
  return {
    status: 200,
    body: result.rows.map((row) => ({ ...organizationRoleJson(row), scopes: row.scopes, resourceScopes: row.resource_scopes })),
    headers: totalNumberHeader(result.total),
  };
};

export const organizationRoleRoutes: RouteDefinition[] = [
  { path: '/api/organization-roles', methods: { GET: listOrganizationRoles, POST: createOrganizationRole } },
  { path: '/api/organization-roles/:id', methods: { DELETE: deleteOrganizationRole } },
];
