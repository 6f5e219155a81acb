import { generateShortId } from '../db/ids.js';
import { ApiError, notFound } from '../errors.js';
import { readPage, totalNumberHeader } from '../http/pagination.js';
import type { Handler, RouteDefinition } from '../http/types.js';
import { guard } from '../validation/guard.js';
import { enumOf, literal, nullable, object, optional, record, string, union } from '../validation/schema.js';
import { organizationColumns, organizationJson, userColumns, userJson, type OrganizationRow, type RoleRef, type UserRow } from './rows.js';

// Logto's user guards (its spec serves these as JS regex literals).
const phonePattern = /^\d+$/;
const emailPattern = /^\S+@\S+\.\S+$/;
const usernamePattern = /^[A-Z_a-z]\w*$/;

const profileGuard = object({
  familyName: optional(string()),
  givenName: optional(string()),
  middleName: optional(string()),
  nickname: optional(string()),
  preferredUsername: optional(string()),
  profile: optional(string()),
  website: optional(string()),
  gender: optional(string()),
  birthdate: optional(string()),
  zoneinfo: optional(string()),
  locale: optional(string()),
  address: optional(object({ formatted: optional(string()), streetAddress: optional(string()), locality: optional(string()), region: optional(string()), postalCode: optional(string()), country: optional(string()) })),
});

const createUserBody = object({
  primaryPhone: optional(string({ pattern: phonePattern })),
  primaryEmail: optional(string({ pattern: emailPattern })),
  username: optional(string({ pattern: usernamePattern })),
  password: optional(string({ min: 1 })),
  passwordDigest: optional(string({ max: 256 })),
  passwordAlgorithm: optional(enumOf(['Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy'])),
  name: optional(string()),
  avatar: optional(nullable(union(string({ url: true }), literal('')))),
  customData: optional(record()),
  profile: optional(profileGuard),
});

const createUser: Handler = async ({ body, services }) => {
  const input = guard('body', createUserBody, body);
  const now = services.now();
  const row = await services.db.transaction(async (tx) => {
    // Logto checks each identifier before inserting; the unique indexes catch concurrent creates.
    // E-mails are compared without regard to case; usernames exactly, as a tenant whose sign-in
    // experience keeps Logto's default (case-sensitive usernames) does; phones exactly.
    const taken = async (match: string, value: string | undefined, code: string): Promise<void> => {
      if (value === undefined) return;
      if ((await tx.query(`select 1 from users where ${match}`, [value])).rows.length > 0) throw new ApiError(422, code);
    };
    await taken('username = $1', input.username, 'user.username_already_in_use');
    await taken('lower(primary_email) = lower($1)', input.primaryEmail, 'user.email_already_in_use');
    await taken('primary_phone = $1', input.primaryPhone, 'user.phone_already_in_use');
    // The password itself is never stored: nothing here signs users in.
    const { rows } = await tx.query<UserRow>(
      `insert into users as u (id, username, primary_email, primary_phone, name, avatar, custom_data, profile, has_password, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) returning ${userColumns}`,
      [
        generateShortId(),
        input.username ?? null,
        input.primaryEmail ?? null,
        input.primaryPhone ?? null,
        input.name ?? null,
        input.avatar || null,
        input.customData ?? {},
        input.profile ?? {},
        Boolean(input.password ?? input.passwordDigest),
        now,
      ],
    );
    return rows[0] as UserRow;
  });
  // Logto answers 200 here, not 201.
  return { status: 200, body: userJson(row) };
};

const getUser: Handler = async ({ params, services }) => {
  const row = await services.db.read(async (db) => (await db.query<UserRow>(`select ${userColumns} from users u where u.id = $1`, [params['userId']])).rows[0]);
  if (!row) throw notFound();
  return { status: 200, body: userJson(row) };
};

const deleteUser: Handler = async ({ params, services }) => {
  // Memberships, granted roles and the invitations the user sent or accepted go with it.
  const deleted = await services.db.read(async (db) => (await db.query(`delete from users where id = $1`, [params['userId']])).affectedRows ?? 0);
  if (deleted === 0) throw notFound();
  return { status: 204 };
};

interface MembershipRow extends OrganizationRow {
  organization_roles: RoleRef[];
}

// Not paginated: Logto's route takes no page parameters and returns every organization.
const listUserOrganizations: Handler = async ({ params, services }) => {
  const userId = params['userId'];
  const rows = await services.db.read(async (db) => {
    const user = await db.query(`select 1 from users where id = $1`, [userId]);
    if (user.rows.length === 0) return undefined;
    return (
      await db.query<MembershipRow>(
        `select ${organizationColumns},
           coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name) order by r.name)
                     from organization_role_user_relations rur join organization_roles r on r.id = rur.organization_role_id
                     where rur.organization_id = o.id and rur.user_id = our.user_id), '[]'::json) as organization_roles
         from organization_user_relations our join organizations o on o.id = our.organization_id
         where our.user_id = $1 order by our.created_at, o.id`,
        [userId],
      )
    ).rows;
  });
  // Logto answers 404 for an unknown user here (its served spec lists it).
  if (!rows) throw notFound();
  return { status: 200, body: rows.map((row) => ({ ...organizationJson(row), organizationRoles: row.organization_roles })) };
};

/**
 * Logto's user search (`parseSearchParamsForSearch`) for the one form the sweep sends, `search=<pattern>`:
 * one value, not empty, matched without regard to case as a LIKE pattern the caller writes
 * (`%text%`) against id, e-mail, phone, username and name. An empty or a repeated `search` is a
 * 400 `request.invalid_input` whose `data` is `{}` (Logto wraps the TypeError it throws).
 * ASSUMPTION (KNOWN-DIFFERENCES.md): Logto's other search parameters (`search.<field>`, `mode`,
 * `joint`, `isCaseSensitive`, `excludeRoleId`, ...) are ignored here.
 */
function userSearch(query: URLSearchParams): string | undefined {
  const values = query.getAll('search');
  if (values.length === 0) return undefined;
  const refuse = (why: string): ApiError => new ApiError(400, 'request.invalid_input', { data: {}, interpolation: { details: why } });
  if (values.length > 1) throw refuse('Only one search value is allowed when search mode is not `exact`.');
  if (!values[0]) throw refuse('Search value cannot be empty.');
  return values[0];
}

// Not in our spec; here so a sweep can find what a run left behind. Newest first, as Logto's.
const listUsers: Handler = async ({ query, services }) => {
  const page = readPage(query);
  const search = userSearch(query);
  const where = search !== undefined ? `where u.id ilike $1 or u.primary_email ilike $1 or u.primary_phone ilike $1 or u.username ilike $1 or u.name ilike $1` : '';
  const values = search !== undefined ? [search] : [];
  const result = await services.db.read(async (db) => ({
    total: (await db.query<{ total: number }>(`select count(*)::int as total from users u ${where}`, values)).rows[0]?.total ?? 0,
    rows: (await db.query<UserRow>(`select ${userColumns} from users u ${where} order by u.created_at desc, u.id limit ${page.limit} offset ${page.offset}`, values)).rows,
  }));
  return { status: 200, body: result.rows.map(userJson), headers: totalNumberHeader(result.total) };
};

export const userRoutes: RouteDefinition[] = [
  { path: '/api/users', methods: { GET: listUsers, POST: createUser } },
  { path: '/api/users/:userId', methods: { GET: getUser, DELETE: deleteUser } },
  { path: '/api/users/:userId/organizations', methods: { GET: listUserOrganizations } },
];
