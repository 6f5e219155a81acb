/** `"/^\\d+$/i"` → `{ source: '^\\d+$', flags: 'i' }`: a JavaScript regex literal pasted into `pattern`. */
export function parseRegexLiteral(pattern: string): { source: string; flags: string } | undefined {
  const match = /^\/(.+)\/([dgimsuvy]*)$/s.exec(pattern);
  if (!match || match[1] === undefined) return undefined;
  return { source: match[1], flags: match[2] ?? '' };
}

/** Whether `source` compiles the way Ajv compiles patterns (unicode mode). */
export function compilesAsUnicodeRegex(source: string, flags = ''): boolean {
  try {
    new RegExp(source, `u${flags}`);
    return true;
  } catch {
    return false;
  }
}
