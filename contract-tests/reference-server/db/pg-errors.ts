import { ApiError, foreignKeyNotFound, invalidRequest, uniqueViolation } from '../errors.js';

interface PgErrorLike {
  code: string;
  constraint?: string;
}

function isPgError(error: unknown): error is PgErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
}

const userUniqueCodes: Record<string, string> = {
  users__primary_email: 'user.email_already_in_use',
  users__username: 'user.username_already_in_use',
  users__primary_phone: 'user.phone_already_in_use',
};

/**
 * Turns a constraint the database enforced into the answer Logto gives for it. Returns undefined
 * for anything that is not the client's fault (those stay 500s).
 */
export function apiErrorFromPg(error: unknown): ApiError | undefined {
  if (!isPgError(error)) return undefined;
  if (error.code === '23505') {
    const userCode = error.constraint ? userUniqueCodes[error.constraint] : undefined;
    return userCode ? new ApiError(422, userCode) : uniqueViolation();
  }
  if (error.code === '23503') return foreignKeyNotFound();
  // Class 22 (data exception): a value PostgreSQL cannot store, e.g. a NUL character, a number
  // beyond bigint, a string longer than its column. Logto would 500 here; client input must not.
  if (error.code.startsWith('22')) return invalidRequest(400, 'A value in the request cannot be stored (out of range, too long or containing invalid characters).');
  return undefined;
}
