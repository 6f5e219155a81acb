/** RFC 6901 helpers. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

/** Reads `pointer` inside `root`; `undefined` when any step is missing. */
export function readPointer(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return root;
  // Only the URI-fragment form (`#/...`) is percent-encoded.
  const isFragment = pointer.startsWith('#');
  const body = isFragment ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) return undefined;
  let current: unknown = root;
  for (const raw of body.slice(1).split('/')) {
    const token = unescapePointerToken(isFragment ? safeDecode(raw) : raw);
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
    if (current === undefined) return undefined;
  }
  return current;
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
