/** `application/json; charset=utf-8` → `application/json`. */
export function essence(contentType: string | undefined): string | undefined {
  const value = contentType?.split(';')[0]?.trim().toLowerCase();
  return value ? value : undefined;
}

export function mediaTypeMatches(documented: string, actual: string): boolean {
  const d = documented.toLowerCase();
  if (d === '*/*' || d === actual) return true;
  if (d.endsWith('/*')) return actual.startsWith(d.slice(0, -1));
  return false;
}

export function isJsonMediaType(type: string): boolean {
  return /^application\/([\w.+-]+\+)?json$/.test(type) || type === 'application/problem+json';
}
