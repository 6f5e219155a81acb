// generated from openapi/logto-management.yaml — do not edit; run npm run generate

/**
 * The routes the auth layer is told about: the operations anyone may call (no token is sent), and
 * any token-requiring one whose path a public template would also match. Any other call needs a token.
 */
export const authRoutes: readonly { method: string; path: string; requiresToken: boolean }[] = (
  [
    ['GET', '/api/.well-known/account-center', false],
    ['GET', '/api/.well-known/experience', false],
    ['GET', '/api/.well-known/experience.openapi.json', false],
    ['GET', '/api/.well-known/management.openapi.json', false],
    ['GET', '/api/.well-known/phrases', false],
    ['GET', '/api/.well-known/sign-in-exp', false],
    ['GET', '/api/.well-known/user.openapi.json', false],
    ['GET', '/api/authn/hasura', false],
    ['GET', '/api/saml-applications/{id}/callback', false],
    ['GET', '/api/saml-applications/{id}/metadata', false],
    ['GET', '/api/saml/{id}/authn', false],
    ['GET', '/api/status', false],
    ['GET', '/api/swagger.json', false],
    ['POST', '/api/authn/saml/{connectorId}', false],
    ['POST', '/api/authn/single-sign-on/saml/{connectorId}', false],
    ['POST', '/api/saml/{id}/authn', false],
  ] as const
).map(([method, path, requiresToken]) => ({ method, path, requiresToken }));
