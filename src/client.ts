import type { Client } from 'openapi-fetch';
import { createApis, type Apis } from './generated/apis.js';
import { authRoutes } from './generated/routes.js';
import type { paths } from './generated/schema.js';
import { createLogtoHttpClient } from './runtime/http-client.js';
import type { LogtoClientOptions } from './runtime/options.js';

export type LogtoClient = Apis & {
  /** The typed openapi-fetch client, for operations and options the API classes do not cover. */
  client: Client<paths>;
};

/**
 * Creates a Management API client.
 *
 * ```ts
 * const logto = createLogtoClient({
 *   endpoint: process.env.LOGTO_ENDPOINT!,
 *   credentials: { appId: process.env.LOGTO_M2M_APP_ID!, appSecret: process.env.LOGTO_M2M_APP_SECRET! },
 * });
 * const invitation = await logto.organizationInvitations.getOrganizationInvitation(id);
 * ```
 *
 * @throws {LogtoConfigError} synchronously, when an option is missing or invalid.
 */
export function createLogtoClient(options: LogtoClientOptions): LogtoClient {
  // The routes tell which operations the spec lets anyone call (`security: []`): the client
  // fetches no token for them. Generated from the spec, so a spec change updates them.
  const client = createLogtoHttpClient<paths>(options, { operations: authRoutes });
  return { client, ...createApis(client) };
}
