import { ApiError, foreignKeyNotFound, invalidRequest, uniqueViolation } from '../errors.js';

interface PgErrorLike {
  code: string;
  message: string;
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
  // Logto's slonik error handler: a check constraint (e.g. granting a MachineToMachine role to a
  // user) and a string longer than its column, both 422, the latter with PostgreSQL's message.
  if (error.code === '23514') return new ApiError(422, 'entity.db_constraint_violated');
  if (error.code === '22001') return new ApiError(422, 'entity.value_too_long', { data: { message: error.message } });
  // ASSUMPTION (KNOWN-DIFFERENCES.md, reference server): other data exceptions (class 22: a NUL
  // character, a number beyond bigint) reach Logto's handler as unknown errors, a 500. Here client
  // input must never cause a 500, so they are a 400 instead.
  if (error.code.startsWith('22')) return invalidRequest(400, 'A value in the request cannot be stored (out of range or containing invalid characters).');
  return undefined;
}
