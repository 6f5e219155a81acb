import { jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SigningKey } from './signing-key.js';

interface AccessTokenClaims {
  issuer: string;
  audience: string;
  clientId: string;
  /** Space-separated; omitted when the client asked for nothing the resource grants. */
  scope?: string;
  expiresInSeconds: number;
  /** Epoch seconds: the server's clock (tests back-date tokens with it). */
  issuedAt: number;
}

export async function signAccessToken(key: SigningKey, claims: AccessTokenClaims): Promise<string> {
  const { issuedAt } = claims;
  const payload: Record<string, unknown> = { client_id: claims.clientId };
  if (claims.scope) payload['scope'] = claims.scope;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: key.kid })
    .setJti(randomUUID())
    .setSubject(claims.clientId)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + claims.expiresInSeconds)
    .sign(key.privateKey);
}

interface VerifiedToken {
  scopes: Set<string>;
}

/**
 * Why a token was refused, as Logto puts it in the 401's `data`: the JSON of the jose error
 * (`{code, name}`, plus `claim`, `reason` and the token's `payload` for a failed claim check).
 */
interface TokenRefusal {
  refused: Record<string, unknown>;
}

/** A refusal when the token is garbage, forged, expired (by the server's clock, `now` in epoch ms), or for another issuer or audience. */
export async function verifyAccessToken(key: SigningKey, token: string, expected: { issuer: string; audience: string }, now: number): Promise<VerifiedToken | TokenRefusal> {
  try {
    const { payload } = await jwtVerify(token, key.publicKey, {
      currentDate: new Date(now),
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: ['ES384'],
      requiredClaims: ['exp', 'sub'],
    });
    const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
    return { scopes: new Set(scope.split(' ').filter(Boolean)) };
  } catch (error) {
    return { refused: JSON.parse(JSON.stringify(error)) as Record<string, unknown> };
  }
}
