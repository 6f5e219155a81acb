/**
 * The kinds of resource a contract run creates on a Logto tenant, one entry each: how a scenario
 * creates one, where its id is, how it is named with the run prefix, how a sweep finds it and how
 * it is deleted. Every part of the suite that creates or removes something reads this table: the
 * scenarios (their create steps), the tracker and the run's ledger (what a 2xx create answer
 * created, and the DELETE that removes it), the cleanup after an interrupt, `contract:sweep`, the
 * census and the recorder.
 *
 * What the spec already says is not written here: `routesOf` (./resource-routes.ts) finds a
 * kind's get, update, list and sub-resource operations from its create and delete paths, and a
 * unit test holds every operationId and path below to `openapi/logto-management.yaml`. What is
 * here is only what the spec cannot say: realistic bodies, naming, cascades, the delete order.
 *
 * Facts were read from Logto's source (1fbc55441f, `packages/core/src/routes/`,
 * `packages/schemas/tables/`) and checked by the whole-API scenarios against a running Logto 1.42
 * (`contract-tests/traces/`).
 */

/** A JSON template in the scenario placeholder language (`{run:x}`, `{name}`, `{ref:kind}`...). */
type Template = unknown;

export interface ResourceKind {
  /** What ledgers, sweeps and messages call it. */
  kind: string;
  /** The spec tag its operations sit under. */
  tag: string;
  /** The operation whose 2xx answer creates one. */
  create: { operationId: string; method: 'POST' | 'PUT'; path: string; status: number; body: Template };
  /**
   * Where the new one's key is: a JSON pointer into the create answer (`/id`, `/name`; with a
   * `*` segment first when the answer is a list of them, one each), or `path:<param>` when the create request's
   * path names it (an upsert keyed by its path).
   */
  key: string;
  /** Other operations whose 2xx answer creates some (a batch), each with where the keys are. */
  alsoCreatedBy?: ReadonlyArray<{ operationId: string; method: 'POST' | 'PUT'; path: string; key: string }>;
  /**
   * The DELETE that removes one. Its last path parameter takes the key; every other parameter
   * takes the value of the parameter of the same name in the create request's path.
   */
  delete: { operationId: string; path: string };
  /** Deleted with its owner (the database cascades): no DELETE of its own when the owner goes too. */
  ownedBy?: string;
  /**
   * How a sweep finds what a crashed run left: a GET (placeholders `{prefix}`: `ct-<runid>-`,
   * `{prefix_}`: `ct_<runid>_`, `{prefixa}`: `ct<runid>`) and the fields that carry the prefix.
   * A kind without `find` is owned by another and goes with it.
   */
  find?: {
    path: string;
    fields: readonly string[];
    paged: boolean;
    /** Its names are letters and digits only (`ct<runid>...`): the bare suite prefix `ct-` cannot tell them from others. */
    alphanumericOnly?: boolean;
  };
}

/**
 * Every kind, in the order a cleanup deletes them: what refers to others first. (Logto cascades
 * almost everything, so the order matters only where it does not: SAML applications first, as an
 * OSS tenant holds at most three.)
 */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  {
    kind: 'saml-application',
    tag: 'SAML applications',
    create: { operationId: 'CreateSamlApplication', method: 'POST', path: '/api/saml-applications', status: 201, body: { name: '{name}', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteSamlApplication', path: '/api/saml-applications/{id}' },
    find: { path: '/api/applications?types=SAML&search.name={prefix}%25', fields: ['/name'], paged: true },
  },
  {
    kind: 'saml-application-secret',
    tag: 'SAML applications',
    // A signing certificate; created inactive. The active one cannot be deleted on its own
    // (400), so a secret goes with its application unless a scenario made it inactive first.
    create: { operationId: 'CreateSamlApplicationSecret', method: 'POST', path: '/api/saml-applications/{id}/secrets', status: 201, body: { lifeSpanInYears: 1 } },
    key: '/id',
    delete: { operationId: 'DeleteSamlApplicationSecret', path: '/api/saml-applications/{id}/secrets/{secretId}' },
    ownedBy: 'saml-application',
  },
  {
    kind: 'organization-invitation',
    tag: 'Organization invitations',
    create: {
      operationId: 'CreateOrganizationInvitation',
      method: 'POST',
      path: '/api/organization-invitations',
      status: 201,
      body: { invitee: '{name}@example.com', organizationId: '{ref:organization}', expiresAt: '{time:+7d}', messagePayload: false },
    },
    key: '/id',
    delete: { operationId: 'DeleteOrganizationInvitation', path: '/api/organization-invitations/{id}' },
    find: { path: '/api/organization-invitations', fields: ['/invitee'], paged: false },
  },
  {
    kind: 'one-time-token',
    tag: 'One-time tokens',
    create: { operationId: 'AddOneTimeTokens', method: 'POST', path: '/api/one-time-tokens', status: 201, body: { email: '{name}@example.com', expiresIn: 600 } },
    key: '/id',
    delete: { operationId: 'DeleteOneTimeToken', path: '/api/one-time-tokens/{id}' },
    find: { path: '/api/one-time-tokens', fields: ['/email'], paged: false },
  },
  {
    kind: 'hook',
    tag: 'Hooks',
    create: {
      operationId: 'CreateHook',
      method: 'POST',
      path: '/api/hooks',
      status: 201,
      // Disabled: an enabled hook fires on every matching change any test makes.
      body: { name: '{name}', events: ['User.Created'], config: { url: 'https://example.com/ct-hook', headers: { 'x-ct': '1' } }, enabled: false },
    },
    key: '/id',
    delete: { operationId: 'DeleteHook', path: '/api/hooks/{id}' },
    find: { path: '/api/hooks', fields: ['/name'], paged: false },
  },
  {
    kind: 'sso-connector',
    tag: 'SSO connectors',
    // Without `config` nothing is fetched from an identity provider.
    create: { operationId: 'CreateSsoConnector', method: 'POST', path: '/api/sso-connectors', status: 200, body: { providerName: 'SAML', connectorName: '{name}' } },
    key: '/id',
    delete: { operationId: 'DeleteSsoConnector', path: '/api/sso-connectors/{id}' },
    find: { path: '/api/sso-connectors', fields: ['/connectorName'], paged: false },
  },
  {
    kind: 'sso-connector-signing-key',
    tag: 'SSO connectors',
    create: { operationId: 'CreateSsoConnectorSigningKey', method: 'POST', path: '/api/sso-connectors/{id}/signing-keys', status: 201, body: { active: false } },
    key: '/id',
    delete: { operationId: 'DeleteSsoConnectorSigningKey', path: '/api/sso-connectors/{id}/signing-keys/{keyId}' },
    ownedBy: 'sso-connector',
  },
  {
    kind: 'connector',
    tag: 'Connectors',
    // The standard OAuth 2.0 factory takes many instances, told apart by `metadata.target`. Never
    // an e-mail or SMS factory: creating one replaces the tenant's connector of that type.
    create: {
      operationId: 'CreateConnector',
      method: 'POST',
      path: '/api/connectors',
      status: 200,
      body: {
        connectorId: 'oauth2',
        metadata: { target: '{name}', name: { en: '{name}' } },
        config: {
          authorizationEndpoint: 'https://example.com/oauth/authorize',
          tokenEndpoint: 'https://example.com/oauth/token',
          userInfoEndpoint: 'https://example.com/oauth/userinfo',
          clientId: 'ct-client',
          clientSecret: 'ct-client-secret',
        },
      },
    },
    key: '/id',
    delete: { operationId: 'DeleteConnector', path: '/api/connectors/{id}' },
    find: { path: '/api/connectors', fields: ['/metadata/target'], paged: false },
  },
  {
    kind: 'mock-social-connector',
    tag: 'Connectors',
    // Logto's mock social connector (linked only in Logto's own test setups; scenarios using it say
    // `needsConnectorFactory`): its `getUserInfo` answers from the data it is given, so
    // CreateUserIdentity links an identity without an identity provider. A non-standard factory
    // takes no metadata and one instance per tenant, so it is named by its id (the run prefix).
    // Its 2xx create is noted as a `connector` (same operation, same DELETE).
    create: {
      operationId: 'CreateConnector',
      method: 'POST',
      path: '/api/connectors',
      status: 200,
      body: { connectorId: 'mock-social-connector', id: '{name}', config: { clientId: 'ct-client', clientSecret: 'ct-client-secret' } },
    },
    key: '/id',
    delete: { operationId: 'DeleteConnector', path: '/api/connectors/{id}' },
    find: { path: '/api/connectors', fields: ['/id'], paged: false },
  },
  {
    kind: 'application',
    tag: 'Applications',
    create: { operationId: 'CreateApplication', method: 'POST', path: '/api/applications', status: 200, body: { name: '{name}', type: 'MachineToMachine', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteApplication', path: '/api/applications/{id}' },
    find: { path: '/api/applications?search.name={prefix}%25&types=MachineToMachine&types=Traditional&types=SPA&types=Native', fields: ['/name'], paged: true },
  },
  {
    kind: 'application-secret',
    tag: 'Applications',
    create: { operationId: 'CreateApplicationSecret', method: 'POST', path: '/api/applications/{id}/secrets', status: 201, body: { name: '{name}' } },
    key: '/name',
    delete: { operationId: 'DeleteApplicationSecret', path: '/api/applications/{id}/secrets/{name}' },
    ownedBy: 'application',
  },
  {
    kind: 'organization',
    tag: 'Organizations',
    create: { operationId: 'CreateOrganization', method: 'POST', path: '/api/organizations', status: 201, body: { name: '{name}', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteOrganization', path: '/api/organizations/{id}' },
    find: { path: '/api/organizations?q={prefix}', fields: ['/name'], paged: true },
  },
  {
    kind: 'organization-role',
    tag: 'Organization roles',
    create: { operationId: 'CreateOrganizationRole', method: 'POST', path: '/api/organization-roles', status: 201, body: { name: '{name}', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteOrganizationRole', path: '/api/organization-roles/{id}' },
    find: { path: '/api/organization-roles?q={prefix}', fields: ['/name'], paged: true },
  },
  {
    kind: 'organization-scope',
    tag: 'Organization scopes',
    create: { operationId: 'CreateOrganizationScope', method: 'POST', path: '/api/organization-scopes', status: 201, body: { name: '{name}', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteOrganizationScope', path: '/api/organization-scopes/{id}' },
    find: { path: '/api/organization-scopes?q={prefix}', fields: ['/name'], paged: false },
  },
  {
    kind: 'role',
    tag: 'Roles',
    // `isDefault` stays false: a default role is given to every user any test creates afterwards.
    create: { operationId: 'CreateRole', method: 'POST', path: '/api/roles', status: 200, body: { name: '{name}', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteRole', path: '/api/roles/{id}' },
    find: { path: '/api/roles?search.name={prefix}%25', fields: ['/name'], paged: true },
  },
  {
    kind: 'resource',
    tag: 'Resources',
    create: { operationId: 'CreateResource', method: 'POST', path: '/api/resources', status: 201, body: { name: '{name}', indicator: 'https://{name}.example.com/api' } },
    key: '/id',
    delete: { operationId: 'DeleteResource', path: '/api/resources/{id}' },
    find: { path: '/api/resources', fields: ['/name'], paged: false },
  },
  {
    kind: 'resource-scope',
    tag: 'Resources',
    create: { operationId: 'CreateResourceScope', method: 'POST', path: '/api/resources/{resourceId}/scopes', status: 201, body: { name: '{name}:read', description: 'contract test' } },
    key: '/id',
    delete: { operationId: 'DeleteResourceScope', path: '/api/resources/{resourceId}/scopes/{scopeId}' },
    ownedBy: 'resource',
  },
  {
    kind: 'email-template',
    tag: 'Email templates',
    // Keyed by (languageTag, templateType). The language tag is the name: letters and digits of the
    // run's own (`{runa:x}`, at most 16 characters). Logto picks a template by the language an
    // e-mail is sent in, then the sign-in experience's fallback language (checked on Logto 1.42:
    // libraries/connector.ts getI18nEmailTemplate), so a template under a tag no one uses is never
    // sent to anyone. The answer is the rows written, each a template.
    create: {
      operationId: 'ReplaceEmailTemplates',
      method: 'PUT',
      path: '/api/email-templates',
      status: 200,
      body: { templates: [{ languageTag: '{name}', templateType: 'SignIn', details: { subject: 'ct sign-in', content: '<p>{{code}}</p>', contentType: 'text/html' } }] },
    },
    key: '/*/id',
    delete: { operationId: 'DeleteEmailTemplate', path: '/api/email-templates/{id}' },
    find: { path: '/api/email-templates', fields: ['/languageTag'], paged: false, alphanumericOnly: true },
  },
  {
    kind: 'custom-profile-field',
    tag: 'Custom profile fields',
    // Names are letters and digits only. Not harmless: while the sign-in experience's
    // `signUpProfileFields` is null (as on a fresh tenant), sign-up collects the whole catalog
    // (checked on Logto 1.42: the public sign-in experience lists every field under
    // `customProfileFields`), optional fields included. Scenarios that create one change a
    // setting (`changesSettings`); `required: false` at least lets a sign-up skip it.
    create: {
      operationId: 'CreateCustomProfileField',
      method: 'POST',
      path: '/api/custom-profile-fields',
      status: 201,
      body: { name: '{name}', type: 'Text', label: 'ct field', required: false, config: { placeholder: 'ct', minLength: 1, maxLength: 50 } },
    },
    key: '/name',
    // A batch answers its fields in the order sent: each is one of these.
    alsoCreatedBy: [{ operationId: 'CreateCustomProfileFieldsBatch', method: 'POST', path: '/api/custom-profile-fields/batch', key: '/*/name' }],
    delete: { operationId: 'DeleteCustomProfileFieldByName', path: '/api/custom-profile-fields/{name}' },
    find: { path: '/api/custom-profile-fields', fields: ['/name'], paged: false, alphanumericOnly: true },
  },
  {
    kind: 'user',
    tag: 'Users',
    create: { operationId: 'CreateUser', method: 'POST', path: '/api/users', status: 200, body: { primaryEmail: '{name}@example.com', name: '{name}' } },
    key: '/id',
    delete: { operationId: 'DeleteUser', path: '/api/users/{userId}' },
    find: { path: '/api/users?search=%25{prefix}%25', fields: ['/primaryEmail', '/name'], paged: true },
  },
  {
    kind: 'user-personal-access-token',
    tag: 'Users',
    create: { operationId: 'CreateUserPersonalAccessToken', method: 'POST', path: '/api/users/{userId}/personal-access-tokens', status: 201, body: { name: '{name}' } },
    key: '/name',
    delete: { operationId: 'DeleteUserPersonalAccessToken', path: '/api/users/{userId}/personal-access-tokens/{name}' },
    ownedBy: 'user',
  },
  {
    kind: 'user-identity',
    tag: 'Users',
    // A social identity stored as given: no connector is asked.
    create: { operationId: 'ReplaceUserIdentity', method: 'PUT', path: '/api/users/{userId}/identities/{target}', status: 201, body: { userId: '{name}-external', details: { email: '{name}@example.com' } } },
    key: 'path:target',
    delete: { operationId: 'DeleteUserIdentity', path: '/api/users/{userId}/identities/{target}' },
    ownedBy: 'user',
  },
];

class ResourceModelError extends Error {
  override name = 'ResourceModelError';
}

const BY_KIND = new Map(RESOURCE_KINDS.map((kind) => [kind.kind, kind]));

export function resourceKind(kind: string): ResourceKind {
  const found = BY_KIND.get(kind);
  if (!found) throw new ResourceModelError(`no resource kind "${kind}" in common/logto/resource-kinds.ts`);
  return found;
}

/** The kind a 2xx answer of `operationId` creates, with that operation's path, method and key, if it creates one. */
export function kindCreatedBy(operationId: string): { kind: ResourceKind; method: 'POST' | 'PUT'; path: string; key: string } | undefined {
  for (const kind of RESOURCE_KINDS) {
    if (kind.create.operationId === operationId) return { kind, method: kind.create.method, path: kind.create.path, key: kind.key };
    const also = kind.alsoCreatedBy?.find((c) => c.operationId === operationId);
    if (also) return { kind, ...also };
  }
  return undefined;
}

/** The kind `operationId` deletes, if it is a kind's DELETE. */
export function kindDeletedBy(operationId: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((kind) => kind.delete.operationId === operationId);
}
