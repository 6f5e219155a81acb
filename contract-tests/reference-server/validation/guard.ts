import { ApiError } from '../errors.js';
import { parse, type Schema, type ValidationIssue } from './schema.js';

/** Logto's `details` for a zod failure (`formatZodError` in errors/RequestError): one line per issue. */
export function formatIssues(issues: ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const base = `Error in key path "${issue.path.map(String).join('.')}": (${issue.code}) `;
      return issue.code === 'invalid_type' ? `${base}Expected ${String(issue['expected'])} but received ${String(issue['received'])}.` : base + issue.message;
    })
    .join('\n');
}

function invalidInput(type: 'body' | 'query' | 'params', issues: ValidationIssue[]): ApiError {
  return new ApiError(400, 'guard.invalid_input', {
    data: { issues, name: 'ZodError' },
    details: formatIssues(issues),
    interpolation: { type },
  });
}

/** Validates request input the way Logto's koaGuard does: 400 `guard.invalid_input` with zod issues. */
export function guard<T>(type: 'body' | 'query', schema: Schema<T>, value: unknown): T {
  const result = parse(schema, value);
  if (!result.ok) throw invalidInput(type, result.issues);
  return result.value;
}
