import type { Client } from 'openapi-fetch';
import { createApis, type Apis } from './generated/apis.js';
import type { paths } from './generated/schema.js';
import { createLogtoHttpClient } from './runtime/http-client.js';
import type { LogtoClientOptions } from './runtime/options.js';

/** Operations the spec marks as needing no token; the client does not fetch one for them. */
const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/api/status']);

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
  const client = createLogtoHttpClient<paths>(options, { isPublic: (schemaPath) => PUBLIC_PATHS.has(schemaPath) });
  return { client, ...createApis(client) };
}
