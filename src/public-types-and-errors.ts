// What both entry points (`logto-management-contract` and `/operations`) export beside their own
// client: the options, the errors, the defaults and the spec's types, listed once so the two
// cannot drift apart.
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
