// Errors are logged, serialized and shipped to error trackers; nothing secret may ride along.
// Two layers: exact secrets the client has seen (app secret, issued tokens) and patterns that
// look like credentials even when the client never saw them (e.g. a token echoed by a proxy).

const REDACTED = '[REDACTED]';
const MAX_KNOWN_SECRETS = 64;
// Too short to be a credential; redacting them would shred ordinary words.
const MIN_SECRET_LENGTH = 6;

const knownSecrets = new Set<string>();

/** Remember a secret so every later error message has it scrubbed. */
export function registerSecret(secret: string | undefined): void {
  if (!secret || secret.length < MIN_SECRET_LENGTH) return;
  if (knownSecrets.has(secret)) return;
  knownSecrets.add(secret);
  // Tokens rotate hourly; keep the set bounded for long-running processes.
  if (knownSecrets.size > MAX_KNOWN_SECRETS) {
    const oldest = knownSecrets.values().next().value;
    if (oldest !== undefined) knownSecrets.delete(oldest);
  }
}

const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  // Authorization header values.
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  // JWTs (header.payload[.signature]), the shape of every Logto access token.
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*)?/g,
  // key=value / "key": "value" pairs whose key names a credential.
  /((?:access_token|refresh_token|id_token|client_secret|app_?secret|password|authorization)["']?\s*[:=]\s*["']?)(?!Bearer\s|Basic\s|\[REDACTED\])[^"'&\s,}]+/gi,
];

export function redact(text: string): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of CREDENTIAL_PATTERNS) {
    out = out.replace(pattern, (match: string, prefix: unknown) =>
      typeof prefix === 'string' && /[:=]/.test(prefix) ? `${prefix}${REDACTED}` : matchScheme(match),
    );
  }
  return out;
}

function matchScheme(match: string): string {
  const scheme = /^(Bearer|Basic)\s+/i.exec(match);
  return scheme ? `${scheme[0]}${REDACTED}` : REDACTED;
}

/** Deep-copies JSON-like data with every string redacted (error bodies may echo input). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = /^(authorization|access_token|refresh_token|id_token|client_secret|password)$/i.test(key)
      ? REDACTED
      : redactValue(item, depth + 1);
  }
  return out;
}
