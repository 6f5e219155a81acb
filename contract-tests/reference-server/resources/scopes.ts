import { generateStandardId } from '../db/ids.js';
import { ApiError, notFound } from '../errors.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guard } from '../validation/guard.js';
import { nullable, number, object, optional, string } from '../validation/schema.js';
import { organizationScopeJson, resourceJson, scopeJson, type OrganizationScopeRow, type ResourceRow, type ScopeRow } from './rows.js';

// What an organization role can grant, so that a role's scopes are stored and listed for real.
// None of these operations is in our spec: the reference server serves them for the recorded
// scenario set (organization-role-scopes), which creates a scope of each kind, grants both to a
// role, and deletes them. ASSUMPTION (KNOWN-DIFFERENCES.md): only what the recording covers is
// Logto's behaviour here (creation, deletion, a taken organization scope name or resource
// indicator); Logto's other refusals on these routes are not reproduced.

const createOrganizationScopeBody = object({ name: string({ min: 1, max: 128 }), description: optional(nullable(string({ max: 256 }))) });

const createOrganizationScope: Handler = async ({ body, services }) => {
  const input = guard('body', createOrganizationScopeBody, body);
  // A taken name trips the unique index: 422 entity.unique_integrity_violation.
  const row = await services.db.read(
    async (db) =>
      (
        await db.query<OrganizationScopeRow>(`insert into organization_scopes (id, name, description) values ($1, $2, $3) returning id, name, description`, [
          generateStandardId(),
          input.name,
          input.description ?? null,
        ])
      ).rows[0],
  );
  return { status: 201, body: organizationScopeJson(row as OrganizationScopeRow) };
};

const deleteOrganizationScope: Handler = async ({ params, services }) => {
  // Roles that granted it stop granting it.
  const deleted = await services.db.read(async (db) => (await db.query(`delete from organization_scopes where id = $1`, [params['id']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

// Logto's create guard (Resources.createGuard without id and isDefault) also takes tenantId,
// type-checked against its column (varchar 21) and then ignored: the tenant is the caller's.
const createResourceBody = object({ name: string({ min: 1 }), indicator: string({ min: 1 }), accessTokenTtl: optional(number()), tenantId: optional(string({ max: 21 })) });

const createResource: Handler = async ({ body, services }) => {
  const input = guard('body', createResourceBody, body);
  const row = await services.db.transaction(async (tx) => {
    // Logto looks the indicator up first and answers with its own code.
    if ((await tx.query(`select 1 from resources where indicator = $1`, [input.indicator])).rows.length > 0) {
      throw new ApiError(422, 'resource.resource_identifier_in_use', { interpolation: { indicator: input.indicator } });
    }
    const { rows } = await tx.query<ResourceRow>(
      `insert into resources (id, name, indicator, access_token_ttl) values ($1, $2, $3, $4) returning id, name, indicator, is_default, access_token_ttl`,
      [generateStandardId(), input.name, input.indicator, input.accessTokenTtl ?? 3600],
    );
    return rows[0] as ResourceRow;
  });
  // A new resource has no scopes yet; Logto says so.
  return { status: 201, body: { ...resourceJson(row), scopes: [] } };
};

const deleteResource: Handler = async ({ params, services }) => {
  // Its scopes go with it, and with them the roles' grants of them.
  const deleted = await services.db.read(async (db) => (await db.query(`delete from resources where id = $1`, [params['id']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

const createScopeBody = object({ name: string({ min: 1, max: 256 }), description: optional(nullable(string())) });

const createResourceScope: Handler = async ({ params, body, services }) => {
  const input = guard('body', createScopeBody, body);
  const row = await services.db.transaction(async (tx) => {
    if ((await tx.query(`select 1 from resources where id = $1`, [params['resourceId']])).rows.length === 0) throw notFound();
    const { rows } = await tx.query<ScopeRow>(
      `insert into scopes (id, resource_id, name, description, created_at) values ($1, $2, $3, $4, $5) returning id, resource_id, name, description, created_at`,
      [generateStandardId(), params['resourceId'], input.name, input.description ?? null, services.now()],
    );
    return rows[0] as ScopeRow;
  });
  return { status: 201, body: scopeJson(row) };
};

export const scopeRoutes: RouteDefinition[] = [
  { path: '/api/organization-scopes', methods: { POST: createOrganizationScope } },
  { path: '/api/organization-scopes/:id', methods: { DELETE: deleteOrganizationScope } },
  { path: '/api/resources', methods: { POST: createResource } },
  { path: '/api/resources/:id', methods: { DELETE: deleteResource } },
  { path: '/api/resources/:resourceId/scopes', methods: { POST: createResourceScope } },
];
