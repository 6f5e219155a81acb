import { isDeepStrictEqual } from 'node:util';

/**
 * The tenant-wide settings of a Logto tenant: things a run cannot name with its prefix, so it
 * must not change them unless told it may (LOGTO_CONTRACT_ALLOW_SETTINGS=1). For each: how to
 * read it (the census compares the reads before and after a run; a run that may change settings
 * snapshots them first) and how to put a snapshot back.
 *
 * A setting is read by one GET (every page of it when `read.paged`); `select` keeps the part of
 * the answer that is the setting. Restoring sends what `restore` builds from the selected
 * snapshot and what is selected now, in order; the settings are restored in the order of
 * `TENANT_SETTINGS`, which matters where restoring one writes another (see there).
 *
 * Entries named with the suite prefix (`ct-...`, `ct_...`, `ct<runid>...`) are a run's own
 * resources, not part of a setting: the run's tracker or `contract:sweep` deletes them, so a
 * restore neither deletes nor rewrites them (another run may be using them).
 *
 * What is written here was read from Logto's source (1fbc55441f) and checked on a running Logto
 * 1.42: every restore but two was driven there (snapshot, change, the restore's requests, a read
 * equal to the snapshot); the default API resource and default roles were not, as setting either
 * would have reached other runs' tokens and users (they follow the source). Reading every setting
 * before and after whole runs found no value that changes by itself.
 */

interface SettingRequest {
  method: 'PUT' | 'PATCH' | 'DELETE' | 'POST';
  /** The path, with a query string where the request needs one. */
  path: string;
  body?: unknown;
}

export interface TenantSetting {
  /** What messages call it. */
  setting: string;
  /**
   * The GET that reads it whole. `absentStatus` is what that GET answers when the setting is not
   * set (a 404). `paged`: the list is always paged (at most 100 a page), so a reader walks
   * `page=1,2,...&page_size=100` and concatenates the pages.
   */
  read: { path: string; absentStatus?: number; paged?: boolean };
  /** The part of the read that is the setting, when the answer holds more (default: all of it). */
  select?(read: unknown): unknown;
  /**
   * Values of the (selected) read that change without anyone changing the setting, as JSON
   * pointers: the census ignores them. None was seen on Logto 1.42.
   */
  volatile?: readonly string[];
  /**
   * The requests that put `snapshot` back, given what is there now (`current`), both as `select`
   * gives them; `undefined` = absent (the read answered `absentStatus`). Empty when the two are
   * the same. Throws a `TenantSettingError` when the snapshot cannot be put back through the API.
   */
  restore(snapshot: unknown, current: unknown): SettingRequest[];
}

export class TenantSettingError extends Error {
  override name = 'TenantSettingError';
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const same = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b);
const pick = (value: Json, keys: readonly string[]): Json => Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]]));
const omit = (value: Json, keys: readonly string[]): Json => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
const encode = encodeURIComponent;

/**
 * A name a contract run gave: `ct-<runid>-x`, `ct_<runid>_x`, or letters and digits only,
 * `ct<runid>x` (run ids are lower-case letters and digits, 8 of them unless a run chose its own).
 * No language tag starts with `ct` (there is no such language), and a tenant's own letters-only
 * names (custom profile fields) are rarely `ct` and six or more lower-case letters and digits.
 */
export function isRunNamed(name: unknown): boolean {
  return typeof name === 'string' && /^ct(?:[-_]|[0-9a-z]{6,}$)/.test(name);
}

/** The keys of `snapshot` whose values differ in `current`, as one PATCH body (the keys a scenario changed). */
export function changedKeys(snapshot: unknown, current: unknown, omitKeys: readonly string[] = []): Record<string, unknown> | undefined {
  if (!isRecord(snapshot)) return undefined;
  const now = isRecord(current) ? current : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (omitKeys.includes(key)) continue;
    if (!same(value, now[key])) body[key] = value;
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

/** Restores a keyed collection: deletes what was added, writes back what is missing or changed. */
function restoreCollection(
  snapshot: unknown,
  current: unknown,
  keyOf: (entry: Json) => string,
  requests: { remove(entry: Json): SettingRequest; write(entry: Json): SettingRequest },
): SettingRequest[] {
  const before = new Map(records(snapshot).map((entry) => [keyOf(entry), entry]));
  const now = new Map(records(current).map((entry) => [keyOf(entry), entry]));
  const removed = [...now.entries()].filter(([key]) => !before.has(key)).map(([, entry]) => requests.remove(entry));
  const written = [...before.entries()].filter(([key, entry]) => !same(entry, now.get(key))).map(([, entry]) => requests.write(entry));
  return [...removed, ...written];
}

// --- Sign-in experience -------------------------------------------------------------------------

/** Keys Logto validates against each other: when one of a group is restored, the others go with it. */
const SIGN_IN_EXPERIENCE_GROUPS: readonly (readonly string[])[] = [
  ['signIn', 'signUp'],
  ['mfa', 'adaptiveMfa'],
];

function restoreSignInExperience(snapshot: unknown, current: unknown): SettingRequest[] {
  const body = changedKeys(snapshot, current);
  if (!body || !isRecord(snapshot)) return [];
  for (const group of SIGN_IN_EXPERIENCE_GROUPS) {
    if (group.some((key) => key in body)) for (const key of group) if (key in snapshot) body[key] = snapshot[key];
  }
  // A password-expiration object is merged into the stored one unless it says `enabled: false`,
  // so a snapshot without expiration (`{}`) goes back as `{enabled: false}`; `enabledAt` is the
  // server's own (stamped when expiration is switched on, kept while it stays on).
  if ('passwordExpiration' in body && isRecord(body.passwordExpiration) && body.passwordExpiration.enabled !== true) {
    body.passwordExpiration = { ...omit(body.passwordExpiration, ['enabledAt']), enabled: false };
  }
  return [{ method: 'PATCH', path: '/api/sign-in-exp', body }];
}

// --- Connectors ---------------------------------------------------------------------------------

/** What a connector is, of what `GET /api/connectors` answers (the rest comes from its factory). */
const CONNECTOR_FIELDS = ['id', 'connectorId', 'type', 'config', 'metadata', 'syncProfile', 'enableTokenStorage'] as const;

function connectorBody(connector: Json): Json {
  const metadata = isRecord(connector.metadata) && Object.keys(connector.metadata).length > 0 ? { metadata: connector.metadata } : {};
  return { config: connector.config, ...metadata, syncProfile: connector.syncProfile, ...(connector.enableTokenStorage === true ? { enableTokenStorage: true } : {}) };
}

// --- Custom profile fields ----------------------------------------------------------------------

const PROFILE_FIELD_CONTENT = ['type', 'label', 'description', 'required', 'config'] as const;

function profileFieldContent(field: Json): Json {
  const content = pick(field, PROFILE_FIELD_CONTENT);
  if (content.description === null) delete content.description;
  return content;
}

function restoreCustomProfileFields(snapshot: unknown, current: unknown): SettingRequest[] {
  const before = new Map(records(snapshot).map((field) => [String(field.name), field]));
  const now = new Map(records(current).map((field) => [String(field.name), field]));
  const requests: SettingRequest[] = [];
  for (const name of now.keys()) if (!before.has(name)) requests.push({ method: 'DELETE', path: `/api/custom-profile-fields/${encode(name)}` });
  for (const [name, field] of before) {
    const present = now.get(name);
    if (!present) requests.push({ method: 'POST', path: '/api/custom-profile-fields', body: { name, ...profileFieldContent(field) } });
    else if (!same(profileFieldContent(field), profileFieldContent(present))) requests.push({ method: 'PUT', path: `/api/custom-profile-fields/${encode(name)}`, body: profileFieldContent(field) });
  }
  // A field made again gets the next order number: the order goes back last, for every field whose number moved.
  const order = [...before].filter(([name, field]) => now.get(name)?.sieOrder !== field.sieOrder).map(([name, field]) => ({ name, sieOrder: field.sieOrder }));
  if (order.length > 0) requests.push({ method: 'POST', path: '/api/custom-profile-fields/properties/sie-order', body: { order } });
  return requests;
}

// --- CIMD consent-scope ceiling -----------------------------------------------------------------

const CIMD_SCOPE_TYPES = { userScopes: 'user-scopes', organizationScopes: 'organization-scopes', resourceScopes: 'resource-scopes', organizationResourceScopes: 'organization-resource-scopes' } as const;
type CimdGroup = keyof typeof CIMD_SCOPE_TYPES;

/** The ids in each group of the ceiling: user scopes are names, organization scopes have ids, resource scopes sit under their resource. */
function cimdIds(ceiling: unknown): Record<CimdGroup, string[]> {
  const value = isRecord(ceiling) ? ceiling : {};
  const flatten = (group: unknown): string[] => records(group).flatMap((entry) => records(entry.scopes).map((scope) => String(scope.id)));
  return {
    userScopes: Array.isArray(value.userScopes) ? value.userScopes.map(String) : [],
    organizationScopes: records(value.organizationScopes).map((scope) => String(scope.id)),
    resourceScopes: flatten(value.resourceScopes),
    organizationResourceScopes: flatten(value.organizationResourceScopes),
  };
}

function restoreCimdCeiling(snapshot: unknown, current: unknown): SettingRequest[] {
  const before = cimdIds(snapshot);
  const now = cimdIds(current);
  const requests: SettingRequest[] = [];
  const missing: Partial<Record<CimdGroup, string[]>> = {};
  for (const group of Object.keys(CIMD_SCOPE_TYPES) as CimdGroup[]) {
    for (const id of now[group]) if (!before[group].includes(id)) requests.push({ method: 'DELETE', path: `/api/cimd/user-consent-scopes/${CIMD_SCOPE_TYPES[group]}/${encode(id)}` });
    const lost = before[group].filter((id) => !now[group].includes(id));
    if (lost.length > 0) missing[group] = lost;
  }
  if (Object.keys(missing).length > 0) requests.push({ method: 'POST', path: '/api/cimd/user-consent-scopes', body: missing });
  return requests;
}

// --- Logto configs (JWT customizers, actions) ---------------------------------------------------

const JWT_CUSTOMIZER_PATHS: Record<string, string> = { 'jwt.accessToken': 'access-token', 'jwt.clientCredentials': 'client-credentials' };

/** `[{key, value}]` lists of configured keys: each key is PUT back as it was, or deleted when it was not there. */
function restoreKeyedConfigs(base: string, pathOf: (key: string) => string) {
  return (snapshot: unknown, current: unknown): SettingRequest[] =>
    restoreCollection(snapshot, current, (entry) => String(entry.key), {
      remove: (entry) => ({ method: 'DELETE', path: `${base}/${pathOf(String(entry.key))}` }),
      write: (entry) => ({ method: 'PUT', path: `${base}/${pathOf(String(entry.key))}`, body: entry.value }),
    });
}

/** A whole config object written back by one request when it differs. */
const writeBack =
  (method: 'PUT' | 'PATCH', path: string) =>
  (snapshot: unknown, current: unknown): SettingRequest[] =>
    same(snapshot, current) ? [] : [{ method, path, body: snapshot }];

/**
 * Every tenant-wide setting, in the order a restore puts them back: what writes another setting
 * when restored comes before it. Deleting a social connector prunes the sign-in experience's
 * social targets; deleting a custom profile field removes it from the sign-in experience's
 * `signUpProfileFields` and the account center's `profileFields`; deleting the captcha provider
 * turns the sign-in experience's captcha policy off; the sign-in experience's fallback language
 * must be a built-in language or have custom phrases. So: connectors, profile fields, captcha,
 * custom phrases, then the account center and the sign-in experience.
 */
export const TENANT_SETTINGS: readonly TenantSetting[] = [
  {
    // The tenant's own connectors: its e-mail and SMS connectors (one each; creating another
    // replaces it) and social connectors. Run-named ones (`metadata.target` of the standard
    // OAuth 2.0 factory) are resources. A connector put back keeps its id (CreateConnector takes one).
    setting: 'connectors',
    read: { path: '/api/connectors' },
    select: (read) => records(read).filter((connector) => !isRunNamed(isRecord(connector.metadata) ? connector.metadata.target : undefined)).map((connector) => pick(connector, CONNECTOR_FIELDS)),
    restore: (snapshot, current) =>
      restoreCollection(snapshot, current, (connector) => String(connector.id), {
        remove: (connector) => ({ method: 'DELETE', path: `/api/connectors/${encode(String(connector.id))}` }),
        write: (connector) =>
          records(current).some((now) => now.id === connector.id)
            ? { method: 'PATCH', path: `/api/connectors/${encode(String(connector.id))}`, body: connectorBody(connector) }
            : { method: 'POST', path: '/api/connectors', body: { id: connector.id, connectorId: connector.connectorId, ...connectorBody(connector) } },
      }),
  },
  {
    // The catalog and its order. A field made again gets a new id and creation time, so those are
    // not part of the setting.
    setting: 'custom profile fields',
    read: { path: '/api/custom-profile-fields' },
    select: (read) => records(read).filter((field) => !isRunNamed(field.name)).map((field) => pick(field, ['name', 'sieOrder', ...PROFILE_FIELD_CONTENT])),
    restore: restoreCustomProfileFields,
  },
  {
    // One provider or none (404). Its id and timestamps are not the setting (`updatedAt` does not
    // even move on a replace). Deleting it turns the sign-in experience's captcha policy off, which
    // the sign-in experience's restore puts back.
    setting: 'captcha provider',
    read: { path: '/api/captcha-provider', absentStatus: 404 },
    select: (read) => (isRecord(read) ? { config: read.config } : read),
    restore: (snapshot, current) => {
      if (same(snapshot, current)) return [];
      if (snapshot === undefined) return [{ method: 'DELETE', path: '/api/captcha-provider' }];
      return [{ method: 'PUT', path: '/api/captcha-provider', body: snapshot }];
    },
  },
  {
    // One row a language (a real language tag: nothing can carry a run prefix). PUT answers 201
    // on create and on replace. The sign-in experience's fallback language cannot be deleted (409):
    // restore it first when a run made a new phrase language the fallback.
    setting: 'custom phrases',
    read: { path: '/api/custom-phrases' },
    select: (read) => records(read).map((phrase) => pick(phrase, ['languageTag', 'translation'])),
    restore: (snapshot, current) =>
      restoreCollection(snapshot, current, (phrase) => String(phrase.languageTag), {
        remove: (phrase) => ({ method: 'DELETE', path: `/api/custom-phrases/${encode(String(phrase.languageTag))}` }),
        write: (phrase) => ({ method: 'PUT', path: `/api/custom-phrases/${encode(String(phrase.languageTag))}`, body: phrase.translation }),
      }),
  },
  {
    // Keyed by (languageTag, templateType); templates under a run's own language tag are its
    // resources. A template put back keeps its id when the pair still exists (an upsert).
    setting: 'e-mail templates',
    read: { path: '/api/email-templates' },
    select: (read) => records(read).filter((template) => !isRunNamed(template.languageTag)).map((template) => pick(template, ['languageTag', 'templateType', 'details'])),
    restore: (snapshot, current) => {
      const key = (template: Json) => `${String(template.languageTag)}\u0000${String(template.templateType)}`;
      const requests = restoreCollection(snapshot, current, key, {
        remove: (template) => ({ method: 'DELETE', path: `/api/email-templates?languageTag=${encode(String(template.languageTag))}&templateType=${encode(String(template.templateType))}` }),
        write: (template) => ({ method: 'PUT', path: '/api/email-templates', body: { templates: [template] } }),
      });
      // One PUT for every template to write back.
      const deletes = requests.filter((request) => request.method === 'DELETE');
      const templates = requests.filter((request) => request.method === 'PUT').flatMap((request) => (request.body as { templates: unknown[] }).templates);
      return templates.length > 0 ? [...deletes, { method: 'PUT', path: '/api/email-templates', body: { templates } }] : deletes;
    },
  },
  {
    // `[{key: 'jwt.accessToken' | 'jwt.clientCredentials', value}]`, only the configured ones.
    setting: 'JWT customizers',
    read: { path: '/api/configs/jwt-customizer' },
    restore: restoreKeyedConfigs('/api/configs/jwt-customizer', (key) => JWT_CUSTOMIZER_PATHS[key] ?? key),
  },
  {
    // `[{key: 'action.postSignIn' | 'action.postFirstFactorVerification', value}]`, only the configured ones.
    setting: 'actions',
    read: { path: '/api/configs/actions' },
    restore: restoreKeyedConfigs('/api/configs/actions', (key) => key),
  },
  {
    setting: 'ID token extended claims',
    read: { path: '/api/configs/id-token' },
    restore: writeBack('PUT', '/api/configs/id-token'),
  },
  {
    // PATCH merges into the stored object: a key a run added cannot be taken out through the API.
    setting: 'admin console data',
    read: { path: '/api/configs/admin-console' },
    restore: writeBack('PATCH', '/api/configs/admin-console'),
  },
  {
    // The read fills in the default TTL when the tenant has none stored; writing it back stores it.
    setting: 'OIDC session',
    read: { path: '/api/configs/oidc/session' },
    restore: writeBack('PATCH', '/api/configs/oidc/session'),
  },
  {
    // The read answers `{enabled: false}` when the tenant has none stored; writing it back stores it.
    setting: 'CIMD switch',
    read: { path: '/api/configs/cimd' },
    restore: writeBack('PATCH', '/api/configs/cimd'),
  },
  {
    // What CIMD clients may ask users for. A scope deleted meanwhile cannot be put back (its
    // resource or organization scope is gone, and the ceiling's row with it).
    setting: 'CIMD consent-scope ceiling',
    read: { path: '/api/cimd/user-consent-scopes' },
    restore: restoreCimdCeiling,
  },
  {
    setting: 'OIDC signing keys',
    read: { path: '/api/configs/oidc/private-keys' },
    restore: keysCannotBeRestored('OIDC signing keys'),
  },
  {
    setting: 'OIDC cookie keys',
    read: { path: '/api/configs/oidc/cookie-keys' },
    restore: keysCannotBeRestored('OIDC cookie keys'),
  },
  {
    // At most one API resource is the default (its indicator goes into tokens asked for no resource).
    setting: 'default API resource',
    read: { path: '/api/resources' },
    select: (read) => records(read).find((resource) => resource.isDefault === true)?.id ?? null,
    restore: (snapshot, current) => {
      if (same(snapshot, current)) return [];
      if (typeof snapshot === 'string') return [{ method: 'PATCH', path: `/api/resources/${encode(snapshot)}/is-default`, body: { isDefault: true } }];
      return typeof current === 'string' ? [{ method: 'PATCH', path: `/api/resources/${encode(current)}/is-default`, body: { isDefault: false } }] : [];
    },
  },
  {
    // Roles every new user gets. ListRoles is always paged.
    setting: 'default roles',
    read: { path: '/api/roles?type=User', paged: true },
    select: (read) =>
      records(read)
        .filter((role) => role.isDefault === true)
        .map((role) => String(role.id))
        .sort(),
    restore: (snapshot, current) => {
      const before = Array.isArray(snapshot) ? snapshot.map(String) : [];
      const now = Array.isArray(current) ? current.map(String) : [];
      return [
        ...now.filter((id) => !before.includes(id)).map((id): SettingRequest => ({ method: 'PATCH', path: `/api/roles/${encode(id)}`, body: { isDefault: false } })),
        ...before.filter((id) => !now.includes(id)).map((id): SettingRequest => ({ method: 'PATCH', path: `/api/roles/${encode(id)}`, body: { isDefault: true } })),
      ];
    },
  },
  {
    // A singleton (id `default`). PATCH replaces what it is given; `{}` is refused (422), hence a
    // PATCH only of the keys that differ. Profile field names that no longer exist are dropped.
    setting: 'account center',
    read: { path: '/api/account-center' },
    select: (read) => (isRecord(read) ? omit(read, ['tenantId', 'id']) : read),
    restore(snapshot, current) {
      const body = changedKeys(snapshot, current);
      return body ? [{ method: 'PATCH', path: '/api/account-center', body }] : [];
    },
  },
  {
    // A singleton (id `default`), password and username policy included. PATCH replaces what it
    // is given; `{}` is refused (422), hence a PATCH only of the keys that differ (with the keys
    // Logto checks against them). Not exactly restorable: social targets whose connector is gone
    // and sign-up profile fields that no longer exist are dropped; see the password expiration.
    setting: 'sign-in experience',
    read: { path: '/api/sign-in-exp' },
    select: (read) => (isRecord(read) ? omit(read, ['tenantId', 'id']) : read),
    restore: restoreSignInExperience,
  },
];

function keysCannotBeRestored(setting: string): (snapshot: unknown, current: unknown) => SettingRequest[] {
  return (snapshot, current) => {
    if (same(snapshot, current)) return [];
    throw new TenantSettingError(`${setting} changed during the run and cannot be put back: the API never shows a key's secret, so no request restores one. Nothing in the suite rotates or deletes keys; find what did.`);
  };
}

export function tenantSetting(setting: string): TenantSetting {
  const found = TENANT_SETTINGS.find((entry) => entry.setting === setting);
  if (!found) throw new TenantSettingError(`no tenant setting "${setting}" in common/logto/tenant-settings.ts`);
  return found;
}
