export { createLogtoClient, type LogtoClient } from './client.js';
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
export type { OperationInfo, OperationOptions } from './runtime/unwrap.js';
// Every generated API class (one per spec tag), createApis and the operation index, whatever tags the spec grows.
export * from './generated/apis.js';
export type { components, operations, paths } from './generated/schema.js';
export type * from './models.js';
