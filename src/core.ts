import { publicRouteMatcher } from './auth/public-requests.js';
import { authRoutes } from './generated/routes.js';
import type { OperationClient } from './generated/operations.js';
import { sendCall, unsupportedOption, type CallInit } from './runtime/direct-call.js';
import { LogtoClientError, LogtoConfigError } from './runtime/errors.js';
import { createLogtoFetch } from './runtime/logto-fetch.js';
import { resolveOptions, type LogtoClientOptions } from './runtime/options.js';
import type { RequestPlan } from './runtime/request-plan.js';

/** The options of `createLogtoCore`: those of `createLogtoClient` but `middleware`, which needs openapi-fetch. */
export type LogtoCoreOptions = LogtoClientOptions & { middleware?: never };

/**
 * What `createLogtoCore` returns and every operation function takes: the client's runtime
 * (client-credentials tokens, timeouts, retries, typed errors, redaction) without the API classes
 * or openapi-fetch. Its call methods take what openapi-fetch's take, but a per-call `middleware`,
 * `baseUrl`, `fetch`, `Request`, `querySerializer`, `pathSerializer` or RequestInit field
 * (`createLogtoClient(...).client` has them all).
 */
export type LogtoCore = OperationClient;

const CALL_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The small form of the client: pay for what you call. Pass it to the operation functions
 * (`logto-management-contract/operations`); a bundler keeps those you call and nothing else.
 *
 * ```ts
 * const logto = createLogtoCore({ endpoint, credentials: { appId, appSecret } });
 * const user = await getUser(logto, 'user_id');
 * ```
 *
 * @throws {LogtoConfigError} synchronously, when an option is missing or invalid.
 */
export function createLogtoCore(options: LogtoCoreOptions): LogtoCore {
  const resolved = resolveOptions(options, 'createLogtoCore');
  if (resolved.middleware.length > 0) {
    throw new LogtoConfigError('middleware', 'createLogtoCore: middleware needs createLogtoClient (the small form has no openapi-fetch).');
  }
  // Every call here is a direct one, which knows its route.
  const publicRoute = publicRouteMatcher(authRoutes);
  const fetch = createLogtoFetch(resolved, (request) => publicRoute(request.method, (request as RequestPlan).template));
  const core: Record<string, (url: string, init?: CallInit) => Promise<unknown>> = {};
  for (const method of CALL_METHODS) {
    core[method] = (url, init) => {
      const option = unsupportedOption(init);
      if (option !== undefined) {
        return Promise.reject(
          new LogtoClientError(`createLogtoCore: the per-call option "${option}" needs createLogtoClient(...).client (the small form has no openapi-fetch).`),
        );
      }
      return sendCall(fetch, resolved.endpoint, undefined, method, url, init);
    };
  }
  return core as unknown as LogtoCore;
}
