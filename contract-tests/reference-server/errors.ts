// Logto-shaped API errors. Every error the API raises is `{code, message, data?, details?}`;
// messages follow Logto's English phrasing so humans reading a contract report recognise them.

interface LogtoErrorBody {
  code: string;
  message: string;
  data?: unknown;
  details?: string;
}

const messages: Record<string, string> = {
  'guard.invalid_input': 'The request {{type}} is invalid.',
  'guard.invalid_pagination': 'The request pagination value is invalid.',
  'request.invalid_input': 'Input is invalid. {{details}}',
  'entity.not_found': 'The resource does not exist.',
  'entity.not_exists_with_id': 'The {{name}} with ID `{{id}}` does not exist.',
  'entity.unique_integrity_violation': 'The entity already exists. Please check the input and try again.',
  'entity.relation_foreign_key_not_found': 'Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.',
  'entity.value_too_long': 'The length of value is too long and exceeds the limit.',
  'entity.db_constraint_violated': 'Database constraint violated.',
  'request.message_rate_limited': 'Too many messages sent to this recipient. Please try again later.',
  'connector.not_found': 'Cannot find any available connector for type: {{type}}.',
  'auth.authorization_header_missing': 'Authorization header is missing.',
  'auth.authorization_token_type_not_supported': 'Authorization type is not supported.',
  'auth.unauthorized': 'Unauthorized. Please check credentials and its scope.',
  'auth.forbidden': 'Forbidden. Please check your user roles and permissions.',
  'user.email_already_in_use': 'This email is associated with an existing account.',
  'user.username_already_in_use': 'This username is already in use.',
  'user.phone_already_in_use': 'This phone number is associated with an existing account.',
  'resource.resource_identifier_in_use': 'The API identifier {{indicator}} is already in use.',
};

function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '').trim();
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly data: unknown;
  readonly details: string | undefined;

  constructor(status: number, code: string, options: { data?: unknown; details?: string; interpolation?: Record<string, string> } = {}) {
    const template = messages[code] ?? code;
    super(interpolate(template, { details: '', ...options.interpolation }));
    this.status = status;
    this.code = code;
    this.data = options.data;
    this.details = options.details;
  }

  get body(): LogtoErrorBody {
    const body: LogtoErrorBody = { code: this.code, message: this.message };
    if (this.data !== undefined) body.data = this.data;
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

export const notFound = (): ApiError => new ApiError(404, 'entity.not_found');

/**
 * Logto's generic look-up by id (`SchemaQueries.findById`), which organizations use; users, roles
 * and invitations have their own look-ups that answer `entity.not_found`.
 */
export const notExistsWithId = (table: string, id: string): ApiError =>
  new ApiError(404, 'entity.not_exists_with_id', { interpolation: { name: table, id } });

// The details only shape the message ("Input is invalid. …"): Logto's body carries a `details`
// field only for a zod or JSON syntax error.
export const invalidRequest = (status: 400 | 422, details: string): ApiError =>
  new ApiError(status, 'request.invalid_input', { interpolation: { details } });

export const foreignKeyNotFound = (): ApiError => new ApiError(422, 'entity.relation_foreign_key_not_found');

export const uniqueViolation = (): ApiError => new ApiError(422, 'entity.unique_integrity_violation');

/**
 * A transport-level failure that Logto answers outside its RequestError machinery (body parser),
 * hence no `code`: `{message}` only.
 */
export class CodelessHttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * An answer that does not come from Logto's error handling at all and is plain text, such as
 * the router's default 404 "Not Found" that Logto sends for a body over its parser's limit.
 */
export class PlainTextAnswer extends Error {
  readonly status: number;
  constructor(status: number, text: string) {
    super(text);
    this.status = status;
  }
}
