// The small form (`logto-management-contract/operations`): one function per operation over the
// client's runtime, without the API classes or openapi-fetch. A bundler keeps what you call.
export { createLogtoCore, type LogtoCore, type LogtoCoreOptions } from './core.js';
export * from './generated/operations.js';
export type { GetToken, GetTokenContext, LogtoClientOptions } from './runtime/options.js';
export type { ClientCredentials } from './auth/client-credentials.js';
export type { RetryOptions } from './runtime/retry-policy.js';
export type { FetchLike } from './runtime/resilient-fetch.js';
export { DEFAULTS, type Defaults } from './runtime/defaults.js';
export {
  LogtoApiError,
  type LogtoApiErrorInit,
  LogtoClientError,
  LogtoConfigError,
  LogtoNetworkError,
  LogtoTimeoutError,
  LogtoTokenError,
  type LogtoTokenErrorCode,
} from './runtime/errors.js';
export type { OperationInfo } from './runtime/unwrap.js';
export type { components, operations, paths } from './generated/schema.js';
export type * from './models.js';
