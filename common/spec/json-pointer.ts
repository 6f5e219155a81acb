import { isObject } from './json-object.js';

/**
 * RFC 6901 JSON pointers, in the URI-fragment form `$ref` uses (`#/paths/~1api~1users/post`).
 * Tokens escape `~` as `~0` and `/` as `~1`; a fragment may also percent-encode (`%7B` is `{`).
 */

function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** `['paths', '/a', 'get']` → `#/paths/~1a/get`. */
export function encodePointer(tokens: readonly string[]): string {
  return joinPointer('#', ...tokens);
}

/** Appends tokens to a pointer: `joinPointer('#/paths', '/a')` → `#/paths/~1a`. */
export function joinPointer(base: string, ...tokens: ReadonlyArray<string | number>): string {
  return base + tokens.map((token) => `/${escapePointerToken(String(token))}`).join('');
}

/** The tokens of a same-document pointer (`#`, `#/...`); undefined for anything else (another file, a URL). */
export function decodeLocalRef(ref: string): string[] | undefined {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((token) => unescapePointerToken(percentDecoded(token)));
}

/** A malformed percent escape is kept as written: it then names a key that does not exist. */
function percentDecoded(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

const MISSING = Symbol('missing');

/** Walks `tokens` into `root`; `found: false` only when a step does not exist (a `null` value is found). */
export function resolvePointer(root: unknown, tokens: readonly string[]): { found: true; value: unknown } | { found: false } {
  let current: unknown = root;
  for (const token of tokens) {
    const next: unknown = Array.isArray(current)
      ? /^(0|[1-9]\d*)$/.test(token) && Number(token) < current.length
        ? current[Number(token)]
        : MISSING
      : isObject(current) && Object.hasOwn(current, token)
        ? current[token]
        : MISSING;
    if (next === MISSING) return { found: false };
    current = next;
  }
  return { found: true, value: current };
}

/**
 * The value at `pointer` (fragment `#/...` or plain `/...`; `''` and `#` are the root), undefined
 * when a step is missing. Only the fragment form is percent-decoded.
 */
export function readPointer(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return root;
  const tokens = pointer.startsWith('#')
    ? decodeLocalRef(pointer)
    : pointer.startsWith('/')
      ? pointer.slice(1).split('/').map(unescapePointerToken)
      : undefined;
  if (!tokens) return undefined;
  const result = resolvePointer(root, tokens);
  return result.found ? result.value : undefined;
}
