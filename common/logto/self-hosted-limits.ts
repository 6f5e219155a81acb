/**
 * The operations a self-hosted Logto (OSS 1.42, no Cloud services) cannot answer with a 2xx to a
 * contract run, and the ones a run must never send: one place, each with the reason and where it
 * was seen. The whole-API scenarios skip nothing on their own account; the coverage report reads
 * this table to say why an operation has only its error paths checked, and every operation here
 * still gets its error-path checks (no token, no scope, unknown ids, invalid bodies), except that
 * a never-send operation gets no request with the run's token at all.
 *
 * Evidence names Logto's source at 1fbc55441f (`packages/core/src/...`) and, once recorded, the
 * trace step that shows the answer (`contract-tests/traces/`).
 */

type LimitKind =
  /** Needs a service of Logto Cloud (Cloudflare hostnames, protected apps, Azure storage). */
  | 'cloud-only'
  /** Needs object storage configured on the server. */
  | 'object-storage'
  /** Needs an external identity provider or a real social provider to vouch for a user. */
  | 'identity-provider'
  /** Needs an end user who signed in interactively (a session, a grant, an authorization code). */
  | 'interactive-sign-in'
  /** Needs an e-mail or SMS connector that delivers; a tenant without one answers 501. */
  | 'message-connector'
  /** Succeeds with a redirect (302), never a 2xx. */
  | 'redirect'
  /** Needs an HTTP receiver the Logto server can reach. */
  | 'reachable-receiver'
  /** Acts only on data older Logto versions wrote. */
  | 'legacy-data'
  /** Cannot be undone: a run never sends it with its token. */
  | 'never-send';

interface OperationLimit {
  operationId: string;
  kind: LimitKind;
  reason: string;
  evidence: string;
}

export const SELF_HOSTED_LIMITS: readonly OperationLimit[] = [
  // Cloud services
  { operationId: 'CreateDomain', kind: 'cloud-only', reason: 'custom domains need the Cloudflare hostname provider, which a self-hosted server lacks: 400 domain.not_configured', evidence: 'libraries/domain.ts (addDomain asserts hostnameProviderConfig)' },
  { operationId: 'CleanupDomains', kind: 'cloud-only', reason: 'needs the Cloudflare hostname provider: 400 domain.not_configured', evidence: 'libraries/domain.ts (cleanup asserts hostnameProviderConfig)' },
  { operationId: 'GetDomain', kind: 'cloud-only', reason: 'no domain can be created without Cloud, so every id is unknown: 404', evidence: 'follows from CreateDomain' },
  { operationId: 'DeleteDomain', kind: 'cloud-only', reason: 'no domain can exist without Cloud: 404', evidence: 'follows from CreateDomain; libraries/domain.ts (deleteDomain needs the hostname provider)' },
  { operationId: 'ListDomainVerificationFiles', kind: 'cloud-only', reason: 'no domain can exist without Cloud: 404', evidence: 'follows from CreateDomain' },
  { operationId: 'ReplaceDomainVerificationFiles', kind: 'cloud-only', reason: 'no domain can exist without Cloud: 404', evidence: 'follows from CreateDomain' },
  { operationId: 'ListApplicationProtectedAppMetadataCustomDomains', kind: 'cloud-only', reason: 'needs a Protected application, which a self-hosted server refuses to create (501 application.protected_app_not_configured)', evidence: 'libraries/protected-app.ts (protected-app provider config is Cloud only)' },
  { operationId: 'CreateApplicationProtectedAppMetadataCustomDomain', kind: 'cloud-only', reason: 'needs a Protected application and the Cloudflare hostname provider', evidence: 'libraries/protected-app.ts (addDomainToRemote)' },
  { operationId: 'DeleteApplicationProtectedAppMetadataCustomDomain', kind: 'cloud-only', reason: 'needs a Protected application with a custom domain', evidence: 'follows from CreateApplicationProtectedAppMetadataCustomDomain' },
  { operationId: 'GetSystemApplicationConfig', kind: 'cloud-only', reason: 'the protected-app domain is configured on Cloud only: 501 application.protected_app_not_configured', evidence: 'routes/system.ts, libraries/protected-app.ts' },
  { operationId: 'UploadCustomUiAssets', kind: 'cloud-only', reason: 'custom UI assets are unzipped by an Azure service of Logto Cloud: 400 storage.not_configured', evidence: 'routes/sign-in-experience/custom-ui-assets/index.ts' },
  // Object storage
  { operationId: 'CreateUserAsset', kind: 'object-storage', reason: 'uploads need object storage configured in the systems table: 400 storage.not_configured', evidence: 'routes/user-assets.ts' },
  // External providers and interactive sign-in
  { operationId: 'AssertSaml', kind: 'identity-provider', reason: 'succeeds (302) only for an assertion a real SAML identity provider signed, for a session a sign-in started', evidence: 'routes/authn.ts (SAML social connector callback)' },
  { operationId: 'AssertSingleSignOnSaml', kind: 'identity-provider', reason: 'succeeds (302) only for an assertion a real SAML identity provider signed', evidence: 'routes/authn.ts (single sign-on SAML callback)' },
  { operationId: 'CreateUserIdentity', kind: 'identity-provider', reason: "asks the social connector's provider who the user is (getUserInfo); only a real provider, or Logto's own mock social connector, answers", evidence: 'routes/admin-user/social.ts' },
  { operationId: 'GetUserSsoIdentity', kind: 'identity-provider', reason: 'enterprise SSO identities are written only by a sign-in through an external identity provider: 404 user.enterprise_sso_identity_not_exists', evidence: 'routes/admin-user/enterprise-sso.ts' },
  { operationId: 'DeleteSecret', kind: 'identity-provider', reason: 'stored token sets are written only by social or enterprise SSO sign-ins with token storage on: nothing to delete, 404', evidence: 'routes/secret.ts' },
  { operationId: 'GetUserSession', kind: 'interactive-sign-in', reason: 'needs an OIDC session of a user who signed in interactively: 404 oidc.session_not_found', evidence: 'routes/admin-user/session.ts' },
  { operationId: 'DeleteUserSession', kind: 'interactive-sign-in', reason: 'needs an OIDC session of a user who signed in interactively: 404', evidence: 'routes/admin-user/session.ts' },
  { operationId: 'DeleteUserGrant', kind: 'interactive-sign-in', reason: 'needs an OIDC grant, given by a user who consented in an interactive flow: 404 oidc.invalid_grant', evidence: 'libraries/session/grant.ts' },
  { operationId: 'GetSamlApplicationCallback', kind: 'interactive-sign-in', reason: 'needs an authorization code from a completed sign-in and the SAML session cookie', evidence: 'routes/saml-application/anonymous.ts' },
  // Redirects
  { operationId: 'GetSamlAuthn', kind: 'redirect', reason: 'success is a 302 to the sign-in page, never a 2xx', evidence: 'routes/saml-application/anonymous.ts' },
  { operationId: 'CreateSamlAuthn', kind: 'redirect', reason: 'success is a 302 to the sign-in page, never a 2xx', evidence: 'routes/saml-application/anonymous.ts' },
  // Message connectors
  { operationId: 'CreateConnectorTest', kind: 'message-connector', reason: 'sends a real message through an e-mail or SMS provider, which needs credentials that deliver', evidence: 'routes/connector/config-testing.ts' },
  { operationId: 'CreateOrganizationInvitationMessage', kind: 'message-connector', reason: 'sends the invitation e-mail: 501 connector.not_found on a tenant without an e-mail connector (the invitation scenarios check both answers)', evidence: 'libraries/connector.ts; contract-tests/traces (without-email-connector/resend)' },
  { operationId: 'CreateVerificationCode', kind: 'message-connector', reason: 'sends a code by e-mail or SMS: 501 connector.not_found without a connector', evidence: 'libraries/connector.ts' },
  { operationId: 'VerifyVerificationCode', kind: 'message-connector', reason: 'needs the code that was delivered, which only the recipient (or a mock connector on the server host) can read', evidence: 'routes/verification-code.ts' },
  // Others
  { operationId: 'CreateHookTest', kind: 'reachable-receiver', reason: 'posts a test payload to the hook URL and needs a 2xx from it', evidence: 'libraries/hook/index.ts (testHook)' },
  { operationId: 'DeleteApplicationLegacySecret', kind: 'legacy-data', reason: 'every application created through the API keeps its secret in the new form: 400 application.no_legacy_secret_found', evidence: 'routes/applications/application-secret.ts' },
  // Never sent
  { operationId: 'RotateOidcKeys', kind: 'never-send', reason: "makes a new signing or cookie key; the old private key cannot be read back, so the tenant's keys cannot be restored", evidence: 'routes/logto-config/index.ts (rotate)' },
  { operationId: 'DeleteOidcKey', kind: 'never-send', reason: "removes a signing or cookie key for good", evidence: 'routes/logto-config/index.ts, libraries/oidc-private-key.ts' },
];

const BY_OPERATION = new Map(SELF_HOSTED_LIMITS.map((limit) => [limit.operationId, limit]));

export function limitOf(operationId: string): OperationLimit | undefined {
  return BY_OPERATION.get(operationId);
}

/** Operations a run never sends with its own token, whatever the body: they cannot be undone. */
export function isNeverSent(operationId: string): boolean {
  return BY_OPERATION.get(operationId)?.kind === 'never-send';
}
