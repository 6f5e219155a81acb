// A small zod-like validator. Logto validates with zod, and its 400 `guard.invalid_input` carries
// zod's issues in `data.issues`, so the issue codes and messages below mirror zod's.

type IssuePath = Array<string | number>;

export interface ValidationIssue {
  code: string;
  path: IssuePath;
  message: string;
  [extra: string]: unknown;
}

export interface Schema<T> {
  readonly optional: boolean;
  check(value: unknown, path: IssuePath, issues: ValidationIssue[]): T;
}

type Infer<S> = S extends Schema<infer T> ? T : never;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function invalidType(expected: string, value: unknown, path: IssuePath): ValidationIssue {
  const received = typeName(value);
  return {
    code: 'invalid_type',
    expected,
    received,
    path,
    message: received === 'undefined' ? 'Required' : `Expected ${expected}, received ${received}`,
  };
}

// zod's e-mail pattern (v3.22+), so "valid email" means what Logto's guard means by it.
const emailPattern = /^(?!\.)(?!.*\.\.)([A-Z0-9_'+\-.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9-]*\.)+[A-Z]{2,}$/i;

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

interface StringRules {
  min?: number;
  max?: number;
  email?: boolean;
  url?: boolean;
  pattern?: RegExp;
}

export function string(rules: StringRules = {}): Schema<string> {
  return {
    optional: false,
    check(value, path, issues) {
      if (typeof value !== 'string') {
        issues.push(invalidType('string', value, path));
        return '';
      }
      if (rules.min !== undefined && value.length < rules.min) {
        issues.push({ code: 'too_small', minimum: rules.min, type: 'string', inclusive: true, exact: false, path, message: `String must contain at least ${rules.min} character(s)` });
      }
      if (rules.max !== undefined && value.length > rules.max) {
        issues.push({ code: 'too_big', maximum: rules.max, type: 'string', inclusive: true, exact: false, path, message: `String must contain at most ${rules.max} character(s)` });
      }
      if (rules.email && !emailPattern.test(value)) {
        issues.push({ code: 'invalid_string', validation: 'email', path, message: 'Invalid email' });
      }
      if (rules.url && !isUrl(value)) {
        issues.push({ code: 'invalid_string', validation: 'url', path, message: 'Invalid url' });
      }
      if (rules.pattern && !rules.pattern.test(value)) {
        issues.push({ code: 'invalid_string', validation: 'regex', path, message: 'Invalid' });
      }
      return value;
    },
  };
}

export function number(): Schema<number> {
  return {
    optional: false,
    check(value, path, issues) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push(invalidType('number', value, path));
        return 0;
      }
      return value;
    },
  };
}

export function boolean(): Schema<boolean> {
  return {
    optional: false,
    check(value, path, issues) {
      if (typeof value !== 'boolean') {
        issues.push(invalidType('boolean', value, path));
        return false;
      }
      return value;
    },
  };
}

export function literal<const T extends string | number | boolean>(expected: T): Schema<T> {
  return {
    optional: false,
    check(value, path, issues) {
      if (value !== expected) {
        issues.push({ code: 'invalid_literal', expected, received: value === undefined ? 'undefined' : value, path, message: `Invalid literal value, expected ${JSON.stringify(expected)}` });
      }
      return expected;
    },
  };
}

export function enumOf<const T extends string>(options: readonly T[]): Schema<T> {
  return {
    optional: false,
    check(value, path, issues) {
      if (typeof value !== 'string') {
        issues.push(invalidType('string', value, path));
        return options[0] as T;
      }
      if (!(options as readonly string[]).includes(value)) {
        const expected = options.map((option) => `'${option}'`).join(' | ');
        issues.push({ code: 'invalid_enum_value', options: [...options], received: value, path, message: `Invalid enum value. Expected ${expected}, received '${value}'` });
      }
      return value as T;
    },
  };
}

/** `min` is zod's `.nonempty()` / `.min(n)` on an array. */
export function array<T>(item: Schema<T>, rules: { min?: number } = {}): Schema<T[]> {
  return {
    optional: false,
    check(value, path, issues) {
      if (!Array.isArray(value)) {
        issues.push(invalidType('array', value, path));
        return [];
      }
      if (rules.min !== undefined && value.length < rules.min) {
        issues.push({ code: 'too_small', minimum: rules.min, type: 'array', inclusive: true, exact: false, path, message: `Array must contain at least ${rules.min} element(s)` });
      }
      return value.map((element, index) => item.check(element, [...path, index], issues));
    },
  };
}

/** Any JSON object (zod `z.record(z.unknown())`, Logto's "arbitrary" custom data). */
export function record(): Schema<Record<string, unknown>> {
  return {
    optional: false,
    check(value, path, issues) {
      if (typeName(value) !== 'object') {
        issues.push(invalidType('object', value, path));
        return {};
      }
      return value as Record<string, unknown>;
    },
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> };

/**
 * Unknown keys are stripped, as zod's default object does: Logto ignores unknown body fields.
 * `passthrough` keeps them instead (zod's `.catchall(z.unknown())`, e.g. a message payload).
 */
export function object<S extends Shape>(shape: S, options: { passthrough?: boolean } = {}): Schema<ObjectOf<S>> {
  return {
    optional: false,
    check(value, path, issues) {
      if (typeName(value) !== 'object') {
        issues.push(invalidType('object', value, path));
        return {} as ObjectOf<S>;
      }
      const input = value as Record<string, unknown>;
      const output: Record<string, unknown> = options.passthrough ? { ...input } : {};
      for (const [key, schema] of Object.entries(shape)) {
        const field = input[key];
        if (field === undefined && schema.optional) continue;
        output[key] = schema.check(field, [...path, key], issues);
      }
      return output as ObjectOf<S>;
    },
  };
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } {
  return { optional: true, check: (value, path, issues) => (value === undefined ? undefined : schema.check(value, path, issues)) };
}

export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return { optional: false, check: (value, path, issues) => (value === null ? null : schema.check(value, path, issues)) };
}

export function union<A, B>(first: Schema<A>, second: Schema<B>): Schema<A | B> {
  return {
    optional: false,
    check(value, path, issues) {
      const firstIssues: ValidationIssue[] = [];
      const firstResult = first.check(value, path, firstIssues);
      if (firstIssues.length === 0) return firstResult;
      const secondIssues: ValidationIssue[] = [];
      const secondResult = second.check(value, path, secondIssues);
      if (secondIssues.length === 0) return secondResult;
      // Each union member's failure is a whole ZodError in zod's JSON: `{issues, name}`.
      issues.push({ code: 'invalid_union', unionErrors: [{ issues: firstIssues, name: 'ZodError' }, { issues: secondIssues, name: 'ZodError' }], path, message: 'Invalid input' });
      return firstResult;
    },
  };
}

type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function parse<T>(schema: Schema<T>, value: unknown): ParseResult<T> {
  const issues: ValidationIssue[] = [];
  const result = schema.check(value, [], issues);
  return issues.length === 0 ? { ok: true, value: result } : { ok: false, issues };
}
