/**
 * Identifier rules for generated code. Everything here is pure and deterministic so the
 * same spec always yields the same names (generate:check depends on it).
 */

const RESERVED_WORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

/** Splits on anything that is not an ASCII letter or digit; keeps each word's own casing. */
function words(raw: string): string[] {
  return raw.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Lower-cases a word's leading capital run the way people write camelCase:
 * `GetUser` → `getUser`, `SAMLApplications` → `samlApplications`, `CIMD` → `cimd`.
 */
function lowerLeading(word: string): string {
  const run = /^[A-Z]+/.exec(word)?.[0].length ?? 0;
  if (run === 0) return word;
  if (run === word.length) return word.toLowerCase();
  const cut = run === 1 ? 1 : run - 1;
  return word.slice(0, cut).toLowerCase() + word.slice(cut);
}

/** `Organization invitations` → `OrganizationInvitations`; undefined when no usable characters. */
export function pascalCase(raw: string): string | undefined {
  const parts = words(raw);
  if (parts.length === 0) return undefined;
  return withSafeStart(parts.map(upperFirst).join(''));
}

/** `GetOrganizationInvitation` → `getOrganizationInvitation`; `user-id` → `userId`. */
export function camelCase(raw: string): string | undefined {
  const parts = words(raw);
  const [first, ...rest] = parts;
  if (first === undefined) return undefined;
  return withSafeStart(lowerLeading(first) + rest.map(upperFirst).join(''));
}

/** Identifiers cannot start with a digit: `2fa` → `_2fa`. */
function withSafeStart(identifier: string): string {
  return /^[0-9]/.test(identifier) ? `_${identifier}` : identifier;
}

/** Reserved words cannot be parameter names; they get a `Param` suffix (`class` → `classParam`). */
export function safeParameterName(identifier: string): string {
  return RESERVED_WORDS.has(identifier) ? `${identifier}Param` : identifier;
}

/** First free name among `base`, `base2`, `base3`, ...; records it in `taken`. */
export function claimUnique(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let counter = 2; taken.has(candidate); counter += 1) candidate = `${base}${counter}`;
  taken.add(candidate);
  return candidate;
}

export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) && !RESERVED_WORDS.has(text);
}

/** A single-quoted TypeScript string literal. */
export function quote(text: string): string {
  return `'${text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (char) => {
    if (char === '\\') return '\\\\';
    if (char === "'") return "\\'";
    if (char === '\n') return '\\n';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}'`;
}

/** An object key: bare when it is a valid identifier, quoted otherwise. */
export function propertyKey(text: string): string {
  if (text === '__proto__') return `[${quote(text)}]`; // a plain key would set the prototype
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) ? text : quote(text);
}

/** Text safe inside a `/** ... *\/` block. */
export function docText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replaceAll('*/', '*\\/')
    .split('\n')
    .map((line) => line.trimEnd());
}
