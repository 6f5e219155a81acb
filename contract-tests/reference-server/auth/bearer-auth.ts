import { ApiError } from '../errors.js';
import { verifyAccessToken } from './access-tokens.js';
import type { SigningKey } from './signing-key.js';

export const managementScope = 'all';

/** Logto's koaAuth for the Management API, in its order: header, scheme, token, scope. */
export async function requireManagementAccess(
  authorization: string | undefined,
  key: SigningKey,
  expected: { issuer: string; audience: string },
  now: number,
  onRefused?: (refusal: Record<string, unknown>) => void,
): Promise<void> {
  if (!authorization) throw new ApiError(401, 'auth.authorization_header_missing');
  // Logto checks the prefix only, case-sensitively.
  if (!authorization.startsWith('Bearer')) {
    throw new ApiError(401, 'auth.authorization_token_type_not_supported', { data: { supportedTypes: ['Bearer'] } });
  }
  const token = authorization.slice('Bearer'.length).trim();
  // Logto passes an empty token to jose too, which calls it an invalid JWS.
  const verified = await verifyAccessToken(key, token, expected, now);
  if ('refused' in verified) {
    onRefused?.(verified.refused);
    throw new ApiError(401, 'auth.unauthorized', { data: verified.refused });
  }
  if (!verified.scopes.has(managementScope)) throw new ApiError(403, 'auth.forbidden');
}
