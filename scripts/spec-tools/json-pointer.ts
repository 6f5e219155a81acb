/** RFC 6901 pointers: `#/paths/~1api~1users/post`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointer(...tokens: readonly string[]): string {
  return `#${tokens.map((t) => `/${escapePointerToken(t)}`).join('')}`;
}

export function childPointer(base: string, ...tokens: readonly string[]): string {
  return base + tokens.map((t) => `/${escapePointerToken(t)}`).join('');
}
