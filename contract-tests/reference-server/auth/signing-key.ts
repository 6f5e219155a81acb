import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';

export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
  publicJwk: JWK;
}

/** A fresh ES384 key per start: tokens do not outlive the server that issued them. */
export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  return { privateKey, publicKey, kid, publicJwk };
}
