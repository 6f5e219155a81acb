// generated from openapi/logto-management.yaml — do not edit; run npm run generate

import type { Client } from 'openapi-fetch';
import { unwrap, type OperationOptions } from '../runtime/unwrap.js';
import { paginate, type PaginateOptions } from '../runtime/paginate.js';
import type { operations, paths } from './schema.js';

export type { OperationOptions, PaginateOptions };

/**
 * What an operation function sends its call with: the call methods of an openapi-fetch client of
 * these `paths`: `createLogtoCore(...)`, `createLogtoClient(...).client`, or openapi-fetch's own.
 */
export type OperationClient = Pick<Client<paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE'>;

/** Multipart bodies: Blobs go in as files, strings as-is, anything else as JSON. */
function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [name, value] of Object.entries(body ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      form.append(name, item instanceof Blob ? item : typeof item === 'string' ? item : JSON.stringify(item));
    }
  }
  return form;
}

// Operations tagged "Account center" (AccountCenterApi).

/**
 * `GET /api/account-center` (operationId `GetAccountCenterSettings`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getAccountCenterSettings(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetAccountCenterSettings']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetAccountCenterSettings']['responses'][200]['content']['application/json']>(
    { operationId: 'GetAccountCenterSettings', method: 'GET', path: '/api/account-center' },
    client.GET('/api/account-center', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/account-center` (operationId `UpdateAccountCenterSettings`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Content [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateAccountCenterSettings(
  client: OperationClient,
  body: NonNullable<operations['UpdateAccountCenterSettings']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateAccountCenterSettings']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateAccountCenterSettings']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateAccountCenterSettings', method: 'PATCH', path: '/api/account-center' },
    client.PATCH('/api/account-center', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Applications" (ApplicationsApi).

/**
 * `POST /api/applications/{applicationId}/roles` (operationId `AssignApplicationRoles`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignApplicationRoles(
  client: OperationClient,
  applicationId: operations['AssignApplicationRoles']['parameters']['path']['applicationId'],
  body: NonNullable<operations['AssignApplicationRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['AssignApplicationRoles']['responses'][201]['content']['application/json']> {
  return unwrap<operations['AssignApplicationRoles']['responses'][201]['content']['application/json']>(
    { operationId: 'AssignApplicationRoles', method: 'POST', path: '/api/applications/{applicationId}/roles' },
    client.POST('/api/applications/{applicationId}/roles', {
      params: { path: { applicationId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/applications` (operationId `CreateApplication`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 * - 500: Internal Server Error [application/json]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createApplication(
  client: OperationClient,
  body: NonNullable<operations['CreateApplication']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateApplication']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateApplication']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateApplication', method: 'POST', path: '/api/applications' },
    client.POST('/api/applications', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/applications/{id}/protected-app-metadata/custom-domains` (operationId `CreateApplicationProtectedAppMetadataCustomDomain`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 409: Conflict [application/json]
 * - 422: Unprocessable Entity [application/json]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createApplicationProtectedAppMetadataCustomDomain(
  client: OperationClient,
  id: operations['CreateApplicationProtectedAppMetadataCustomDomain']['parameters']['path']['id'],
  body: NonNullable<operations['CreateApplicationProtectedAppMetadataCustomDomain']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateApplicationProtectedAppMetadataCustomDomain']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateApplicationProtectedAppMetadataCustomDomain']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateApplicationProtectedAppMetadataCustomDomain', method: 'POST', path: '/api/applications/{id}/protected-app-metadata/custom-domains' },
    client.POST('/api/applications/{id}/protected-app-metadata/custom-domains', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/applications/{id}/secrets` (operationId `CreateApplicationSecret`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createApplicationSecret(
  client: OperationClient,
  id: operations['CreateApplicationSecret']['parameters']['path']['id'],
  body: NonNullable<operations['CreateApplicationSecret']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateApplicationSecret']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateApplicationSecret']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateApplicationSecret', method: 'POST', path: '/api/applications/{id}/secrets' },
    client.POST('/api/applications/{id}/secrets', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/applications/{id}/users/{userId}/consent-organizations` (operationId `CreateApplicationUserConsentOrganization`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createApplicationUserConsentOrganization(
  client: OperationClient,
  id: operations['CreateApplicationUserConsentOrganization']['parameters']['path']['id'],
  userId: operations['CreateApplicationUserConsentOrganization']['parameters']['path']['userId'],
  body: NonNullable<operations['CreateApplicationUserConsentOrganization']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateApplicationUserConsentOrganization', method: 'POST', path: '/api/applications/{id}/users/{userId}/consent-organizations' },
    client.POST('/api/applications/{id}/users/{userId}/consent-organizations', {
      params: { path: { id, userId } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/applications/{applicationId}/user-consent-scopes` (operationId `CreateApplicationUserConsentScope`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createApplicationUserConsentScope(
  client: OperationClient,
  applicationId: operations['CreateApplicationUserConsentScope']['parameters']['path']['applicationId'],
  body: NonNullable<operations['CreateApplicationUserConsentScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateApplicationUserConsentScope', method: 'POST', path: '/api/applications/{applicationId}/user-consent-scopes' },
    client.POST('/api/applications/{applicationId}/user-consent-scopes', {
      params: { path: { applicationId } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{id}` (operationId `DeleteApplication`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplication(
  client: OperationClient,
  id: operations['DeleteApplication']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteApplication', method: 'DELETE', path: '/api/applications/{id}' },
    client.DELETE('/api/applications/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{id}/legacy-secret` (operationId `DeleteApplicationLegacySecret`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplicationLegacySecret(
  client: OperationClient,
  id: operations['DeleteApplicationLegacySecret']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['DeleteApplicationLegacySecret']['responses'][200]['content']['application/json']> {
  return unwrap<operations['DeleteApplicationLegacySecret']['responses'][200]['content']['application/json']>(
    { operationId: 'DeleteApplicationLegacySecret', method: 'DELETE', path: '/api/applications/{id}/legacy-secret' },
    client.DELETE('/api/applications/{id}/legacy-secret', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{id}/protected-app-metadata/custom-domains/{domain}` (operationId `DeleteApplicationProtectedAppMetadataCustomDomain`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Content [application/json]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param domain Path parameter `domain`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplicationProtectedAppMetadataCustomDomain(
  client: OperationClient,
  id: operations['DeleteApplicationProtectedAppMetadataCustomDomain']['parameters']['path']['id'],
  domain: operations['DeleteApplicationProtectedAppMetadataCustomDomain']['parameters']['path']['domain'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteApplicationProtectedAppMetadataCustomDomain', method: 'DELETE', path: '/api/applications/{id}/protected-app-metadata/custom-domains/{domain}' },
    client.DELETE('/api/applications/{id}/protected-app-metadata/custom-domains/{domain}', {
      params: { path: { id, domain } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{applicationId}/roles/{roleId}` (operationId `DeleteApplicationRole`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param roleId Path parameter `roleId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplicationRole(
  client: OperationClient,
  applicationId: operations['DeleteApplicationRole']['parameters']['path']['applicationId'],
  roleId: operations['DeleteApplicationRole']['parameters']['path']['roleId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteApplicationRole', method: 'DELETE', path: '/api/applications/{applicationId}/roles/{roleId}' },
    client.DELETE('/api/applications/{applicationId}/roles/{roleId}', {
      params: { path: { applicationId, roleId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{id}/secrets/{name}` (operationId `DeleteApplicationSecret`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param name Path parameter `name`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplicationSecret(
  client: OperationClient,
  id: operations['DeleteApplicationSecret']['parameters']['path']['id'],
  name: operations['DeleteApplicationSecret']['parameters']['path']['name'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteApplicationSecret', method: 'DELETE', path: '/api/applications/{id}/secrets/{name}' },
    client.DELETE('/api/applications/{id}/secrets/{name}', {
      params: { path: { id, name } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{id}/users/{userId}/consent-organizations/{organizationId}` (operationId `DeleteApplicationUserConsentOrganization`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param organizationId Path parameter `organizationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplicationUserConsentOrganization(
  client: OperationClient,
  id: operations['DeleteApplicationUserConsentOrganization']['parameters']['path']['id'],
  userId: operations['DeleteApplicationUserConsentOrganization']['parameters']['path']['userId'],
  organizationId: operations['DeleteApplicationUserConsentOrganization']['parameters']['path']['organizationId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteApplicationUserConsentOrganization', method: 'DELETE', path: '/api/applications/{id}/users/{userId}/consent-organizations/{organizationId}' },
    client.DELETE('/api/applications/{id}/users/{userId}/consent-organizations/{organizationId}', {
      params: { path: { id, userId, organizationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}` (operationId `DeleteApplicationUserConsentScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param scopeType Path parameter `scopeType`.
 * @param scopeId Path parameter `scopeId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteApplicationUserConsentScope(
  client: OperationClient,
  applicationId: operations['DeleteApplicationUserConsentScope']['parameters']['path']['applicationId'],
  scopeType: operations['DeleteApplicationUserConsentScope']['parameters']['path']['scopeType'],
  scopeId: operations['DeleteApplicationUserConsentScope']['parameters']['path']['scopeId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteApplicationUserConsentScope', method: 'DELETE', path: '/api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}' },
    client.DELETE('/api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}', {
      params: { path: { applicationId, scopeType, scopeId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{id}` (operationId `GetApplication`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getApplication(
  client: OperationClient,
  id: operations['GetApplication']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetApplication']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetApplication']['responses'][200]['content']['application/json']>(
    { operationId: 'GetApplication', method: 'GET', path: '/api/applications/{id}' },
    client.GET('/api/applications/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{applicationId}/access-control` (operationId `GetApplicationAccessControl`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getApplicationAccessControl(
  client: OperationClient,
  applicationId: operations['GetApplicationAccessControl']['parameters']['path']['applicationId'],
  options?: OperationOptions,
): Promise<operations['GetApplicationAccessControl']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetApplicationAccessControl']['responses'][200]['content']['application/json']>(
    { operationId: 'GetApplicationAccessControl', method: 'GET', path: '/api/applications/{applicationId}/access-control' },
    client.GET('/api/applications/{applicationId}/access-control', {
      params: { path: { applicationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{applicationId}/sign-in-experience` (operationId `GetApplicationSignInExperience`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getApplicationSignInExperience(
  client: OperationClient,
  applicationId: operations['GetApplicationSignInExperience']['parameters']['path']['applicationId'],
  options?: OperationOptions,
): Promise<operations['GetApplicationSignInExperience']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetApplicationSignInExperience']['responses'][200]['content']['application/json']>(
    { operationId: 'GetApplicationSignInExperience', method: 'GET', path: '/api/applications/{applicationId}/sign-in-experience' },
    client.GET('/api/applications/{applicationId}/sign-in-experience', {
      params: { path: { applicationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{id}/organizations` (operationId `ListApplicationOrganizations`).
 *
 * One page per call; `listApplicationOrganizationsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplicationOrganizations(
  client: OperationClient,
  id: operations['ListApplicationOrganizations']['parameters']['path']['id'],
  query?: NonNullable<operations['ListApplicationOrganizations']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListApplicationOrganizations']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplicationOrganizations']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplicationOrganizations', method: 'GET', path: '/api/applications/{id}/organizations' },
    client.GET('/api/applications/{id}/organizations', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listApplicationOrganizations`, page after page: `GET /api/applications/{id}/organizations` (operationId `ListApplicationOrganizations`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listApplicationOrganizations`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listApplicationOrganizationsIterate(
  client: OperationClient,
  id: operations['ListApplicationOrganizations']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListApplicationOrganizations']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListApplicationOrganizations']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListApplicationOrganizations']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListApplicationOrganizations', method: 'GET', path: '/api/applications/{id}/organizations' },
    (page, pageSize) =>
      client.GET('/api/applications/{id}/organizations', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/applications/{id}/protected-app-metadata/custom-domains` (operationId `ListApplicationProtectedAppMetadataCustomDomains`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Content [application/json]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplicationProtectedAppMetadataCustomDomains(
  client: OperationClient,
  id: operations['ListApplicationProtectedAppMetadataCustomDomains']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['ListApplicationProtectedAppMetadataCustomDomains']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplicationProtectedAppMetadataCustomDomains']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplicationProtectedAppMetadataCustomDomains', method: 'GET', path: '/api/applications/{id}/protected-app-metadata/custom-domains' },
    client.GET('/api/applications/{id}/protected-app-metadata/custom-domains', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{applicationId}/roles` (operationId `ListApplicationRoles`).
 *
 * One page per call; `listApplicationRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplicationRoles(
  client: OperationClient,
  applicationId: operations['ListApplicationRoles']['parameters']['path']['applicationId'],
  query?: NonNullable<operations['ListApplicationRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListApplicationRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplicationRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplicationRoles', method: 'GET', path: '/api/applications/{applicationId}/roles' },
    client.GET('/api/applications/{applicationId}/roles', {
      params: { path: { applicationId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listApplicationRoles`, page after page: `GET /api/applications/{applicationId}/roles` (operationId `ListApplicationRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param query Query parameters as for `listApplicationRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listApplicationRolesIterate(
  client: OperationClient,
  applicationId: operations['ListApplicationRoles']['parameters']['path']['applicationId'],
  query?: Omit<NonNullable<operations['ListApplicationRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListApplicationRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListApplicationRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListApplicationRoles', method: 'GET', path: '/api/applications/{applicationId}/roles' },
    (page, pageSize) =>
      client.GET('/api/applications/{applicationId}/roles', {
        params: { path: { applicationId }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/applications/{id}/secrets` (operationId `ListApplicationSecrets`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplicationSecrets(
  client: OperationClient,
  id: operations['ListApplicationSecrets']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['ListApplicationSecrets']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplicationSecrets']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplicationSecrets', method: 'GET', path: '/api/applications/{id}/secrets' },
    client.GET('/api/applications/{id}/secrets', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{id}/users/{userId}/consent-organizations` (operationId `ListApplicationUserConsentOrganizations`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplicationUserConsentOrganizations(
  client: OperationClient,
  id: operations['ListApplicationUserConsentOrganizations']['parameters']['path']['id'],
  userId: operations['ListApplicationUserConsentOrganizations']['parameters']['path']['userId'],
  query?: NonNullable<operations['ListApplicationUserConsentOrganizations']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListApplicationUserConsentOrganizations']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplicationUserConsentOrganizations']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplicationUserConsentOrganizations', method: 'GET', path: '/api/applications/{id}/users/{userId}/consent-organizations' },
    client.GET('/api/applications/{id}/users/{userId}/consent-organizations', {
      params: { path: { id, userId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications/{applicationId}/user-consent-scopes` (operationId `ListApplicationUserConsentScopes`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplicationUserConsentScopes(
  client: OperationClient,
  applicationId: operations['ListApplicationUserConsentScopes']['parameters']['path']['applicationId'],
  options?: OperationOptions,
): Promise<operations['ListApplicationUserConsentScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplicationUserConsentScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplicationUserConsentScopes', method: 'GET', path: '/api/applications/{applicationId}/user-consent-scopes' },
    client.GET('/api/applications/{applicationId}/user-consent-scopes', {
      params: { path: { applicationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/applications` (operationId `ListApplications`).
 *
 * One page per call; `listApplicationsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `types`
 *   - `excludeRoleId`
 *   - `excludeOrganizationId`
 *   - `isThirdParty`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listApplications(
  client: OperationClient,
  query?: NonNullable<operations['ListApplications']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListApplications']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListApplications']['responses'][200]['content']['application/json']>(
    { operationId: 'ListApplications', method: 'GET', path: '/api/applications' },
    client.GET('/api/applications', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listApplications`, page after page: `GET /api/applications` (operationId `ListApplications`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listApplications`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listApplicationsIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListApplications']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListApplications']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListApplications']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListApplications', method: 'GET', path: '/api/applications' },
    (page, pageSize) =>
      client.GET('/api/applications', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PUT /api/applications/{applicationId}/access-control` (operationId `ReplaceApplicationAccessControl`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceApplicationAccessControl(
  client: OperationClient,
  applicationId: operations['ReplaceApplicationAccessControl']['parameters']['path']['applicationId'],
  body: NonNullable<operations['ReplaceApplicationAccessControl']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceApplicationAccessControl']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ReplaceApplicationAccessControl']['responses'][200]['content']['application/json']>(
    { operationId: 'ReplaceApplicationAccessControl', method: 'PUT', path: '/api/applications/{applicationId}/access-control' },
    client.PUT('/api/applications/{applicationId}/access-control', {
      params: { path: { applicationId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/applications/{applicationId}/roles` (operationId `ReplaceApplicationRoles`).
 *
 * Responses:
 * - 200: OK [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceApplicationRoles(
  client: OperationClient,
  applicationId: operations['ReplaceApplicationRoles']['parameters']['path']['applicationId'],
  body: NonNullable<operations['ReplaceApplicationRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'ReplaceApplicationRoles', method: 'PUT', path: '/api/applications/{applicationId}/roles' },
    client.PUT('/api/applications/{applicationId}/roles', {
      params: { path: { applicationId } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/applications/{applicationId}/sign-in-experience` (operationId `ReplaceApplicationSignInExperience`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceApplicationSignInExperience(
  client: OperationClient,
  applicationId: operations['ReplaceApplicationSignInExperience']['parameters']['path']['applicationId'],
  body: NonNullable<operations['ReplaceApplicationSignInExperience']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceApplicationSignInExperience']['responses'][200]['content']['application/json'] | operations['ReplaceApplicationSignInExperience']['responses'][201]['content']['application/json']> {
  return unwrap<operations['ReplaceApplicationSignInExperience']['responses'][200]['content']['application/json'] | operations['ReplaceApplicationSignInExperience']['responses'][201]['content']['application/json']>(
    { operationId: 'ReplaceApplicationSignInExperience', method: 'PUT', path: '/api/applications/{applicationId}/sign-in-experience' },
    client.PUT('/api/applications/{applicationId}/sign-in-experience', {
      params: { path: { applicationId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/applications/{id}/users/{userId}/consent-organizations` (operationId `ReplaceApplicationUserConsentOrganizations`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceApplicationUserConsentOrganizations(
  client: OperationClient,
  id: operations['ReplaceApplicationUserConsentOrganizations']['parameters']['path']['id'],
  userId: operations['ReplaceApplicationUserConsentOrganizations']['parameters']['path']['userId'],
  body: NonNullable<operations['ReplaceApplicationUserConsentOrganizations']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceApplicationUserConsentOrganizations', method: 'PUT', path: '/api/applications/{id}/users/{userId}/consent-organizations' },
    client.PUT('/api/applications/{id}/users/{userId}/consent-organizations', {
      params: { path: { id, userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/applications/{id}` (operationId `UpdateApplication`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateApplication(
  client: OperationClient,
  id: operations['UpdateApplication']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateApplication']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateApplication']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateApplication']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateApplication', method: 'PATCH', path: '/api/applications/{id}' },
    client.PATCH('/api/applications/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/applications/{applicationId}/custom-data` (operationId `UpdateApplicationCustomData`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateApplicationCustomData(
  client: OperationClient,
  applicationId: operations['UpdateApplicationCustomData']['parameters']['path']['applicationId'],
  body: NonNullable<operations['UpdateApplicationCustomData']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateApplicationCustomData']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateApplicationCustomData']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateApplicationCustomData', method: 'PATCH', path: '/api/applications/{applicationId}/custom-data' },
    client.PATCH('/api/applications/{applicationId}/custom-data', {
      params: { path: { applicationId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/applications/{id}/secrets/{name}` (operationId `UpdateApplicationSecret`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Content [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param name Path parameter `name`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateApplicationSecret(
  client: OperationClient,
  id: operations['UpdateApplicationSecret']['parameters']['path']['id'],
  name: operations['UpdateApplicationSecret']['parameters']['path']['name'],
  body: NonNullable<operations['UpdateApplicationSecret']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateApplicationSecret']['responses'][200]['content']['application/json'] | undefined> {
  return unwrap<operations['UpdateApplicationSecret']['responses'][200]['content']['application/json'] | undefined>(
    { operationId: 'UpdateApplicationSecret', method: 'PATCH', path: '/api/applications/{id}/secrets/{name}' },
    client.PATCH('/api/applications/{id}/secrets/{name}', {
      params: { path: { id, name } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Audit logs" (AuditLogsApi).

/**
 * `GET /api/logs/{id}` (operationId `GetLog`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getLog(
  client: OperationClient,
  id: operations['GetLog']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetLog']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetLog']['responses'][200]['content']['application/json']>(
    { operationId: 'GetLog', method: 'GET', path: '/api/logs/{id}' },
    client.GET('/api/logs/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/logs` (operationId `ListLogs`).
 *
 * One page per call; `listLogsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `userId`
 *   - `applicationId`
 *   - `logKey`
 *   - `enableCap`
 *   - `start_time`
 *   - `end_time`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listLogs(
  client: OperationClient,
  query?: NonNullable<operations['ListLogs']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListLogs']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListLogs']['responses'][200]['content']['application/json']>(
    { operationId: 'ListLogs', method: 'GET', path: '/api/logs' },
    client.GET('/api/logs', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listLogs`, page after page: `GET /api/logs` (operationId `ListLogs`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listLogs`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listLogsIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListLogs']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListLogs']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListLogs']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListLogs', method: 'GET', path: '/api/logs' },
    (page, pageSize) =>
      client.GET('/api/logs', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

// Operations tagged "Authn" (AuthnApi).

/**
 * `POST /api/authn/saml/{connectorId}` (operationId `AssertSaml`).
 *
 * Responses:
 * - 302: Found
 * - 400: Bad Request [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Content [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param connectorId Path parameter `connectorId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing.
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 * @deprecated The spec marks this operation as deprecated.
 */
export function assertSaml(
  client: OperationClient,
  connectorId: operations['AssertSaml']['parameters']['path']['connectorId'],
  body: NonNullable<operations['AssertSaml']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'AssertSaml', method: 'POST', path: '/api/authn/saml/{connectorId}' },
    client.POST('/api/authn/saml/{connectorId}', {
      params: { path: { connectorId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/authn/single-sign-on/saml/{connectorId}` (operationId `AssertSingleSignOnSaml`).
 *
 * Responses:
 * - 302: Found
 * - 400: Bad Request [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param connectorId Path parameter `connectorId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing.
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assertSingleSignOnSaml(
  client: OperationClient,
  connectorId: operations['AssertSingleSignOnSaml']['parameters']['path']['connectorId'],
  body: NonNullable<operations['AssertSingleSignOnSaml']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'AssertSingleSignOnSaml', method: 'POST', path: '/api/authn/single-sign-on/saml/{connectorId}' },
    client.POST('/api/authn/single-sign-on/saml/{connectorId}', {
      params: { path: { connectorId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/authn/hasura` (operationId `GetHasuraAuth`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `resource` (required)
 *   - `unauthorizedRole`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getHasuraAuth(
  client: OperationClient,
  query: NonNullable<operations['GetHasuraAuth']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetHasuraAuth']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetHasuraAuth']['responses'][200]['content']['application/json']>(
    { operationId: 'GetHasuraAuth', method: 'GET', path: '/api/authn/hasura' },
    client.GET('/api/authn/hasura', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "CIMD" (CIMDApi).

/**
 * `POST /api/cimd/user-consent-scopes` (operationId `AssignCimdUserConsentScopes`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignCimdUserConsentScopes(
  client: OperationClient,
  body: NonNullable<operations['AssignCimdUserConsentScopes']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'AssignCimdUserConsentScopes', method: 'POST', path: '/api/cimd/user-consent-scopes' },
    client.POST('/api/cimd/user-consent-scopes', {
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/cimd/user-consent-scopes/{scopeType}/{scopeId}` (operationId `DeleteCimdUserConsentScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param scopeType Path parameter `scopeType`.
 * @param scopeId Path parameter `scopeId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteCimdUserConsentScope(
  client: OperationClient,
  scopeType: operations['DeleteCimdUserConsentScope']['parameters']['path']['scopeType'],
  scopeId: operations['DeleteCimdUserConsentScope']['parameters']['path']['scopeId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteCimdUserConsentScope', method: 'DELETE', path: '/api/cimd/user-consent-scopes/{scopeType}/{scopeId}' },
    client.DELETE('/api/cimd/user-consent-scopes/{scopeType}/{scopeId}', {
      params: { path: { scopeType, scopeId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/cimd/user-consent-scopes` (operationId `ListCimdUserConsentScopes`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listCimdUserConsentScopes(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListCimdUserConsentScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListCimdUserConsentScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListCimdUserConsentScopes', method: 'GET', path: '/api/cimd/user-consent-scopes' },
    client.GET('/api/cimd/user-consent-scopes', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Captcha provider" (CaptchaProviderApi).

/**
 * `DELETE /api/captcha-provider` (operationId `DeleteCaptchaProvider`).
 *
 * Responses:
 * - 204: No Content
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteCaptchaProvider(client: OperationClient, options?: OperationOptions): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteCaptchaProvider', method: 'DELETE', path: '/api/captcha-provider' },
    client.DELETE('/api/captcha-provider', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/captcha-provider` (operationId `GetCaptchaProvider`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getCaptchaProvider(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetCaptchaProvider']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetCaptchaProvider']['responses'][200]['content']['application/json']>(
    { operationId: 'GetCaptchaProvider', method: 'GET', path: '/api/captcha-provider' },
    client.GET('/api/captcha-provider', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/captcha-provider` (operationId `UpdateCaptchaProvider`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateCaptchaProvider(
  client: OperationClient,
  body: NonNullable<operations['UpdateCaptchaProvider']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateCaptchaProvider']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateCaptchaProvider']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateCaptchaProvider', method: 'PUT', path: '/api/captcha-provider' },
    client.PUT('/api/captcha-provider', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Configs" (ConfigsApi).

/**
 * `DELETE /api/configs/actions/{actionType}` (operationId `DeleteAction`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param actionType Path parameter `actionType`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteAction(
  client: OperationClient,
  actionType: operations['DeleteAction']['parameters']['path']['actionType'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteAction', method: 'DELETE', path: '/api/configs/actions/{actionType}' },
    client.DELETE('/api/configs/actions/{actionType}', {
      params: { path: { actionType } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/configs/jwt-customizer/{tokenTypePath}` (operationId `DeleteJwtCustomizer`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param tokenTypePath Path parameter `tokenTypePath`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteJwtCustomizer(
  client: OperationClient,
  tokenTypePath: operations['DeleteJwtCustomizer']['parameters']['path']['tokenTypePath'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteJwtCustomizer', method: 'DELETE', path: '/api/configs/jwt-customizer/{tokenTypePath}' },
    client.DELETE('/api/configs/jwt-customizer/{tokenTypePath}', {
      params: { path: { tokenTypePath } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/configs/oidc/{keyType}/{keyId}` (operationId `DeleteOidcKey`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param keyType Path parameter `keyType`.
 * @param keyId Path parameter `keyId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOidcKey(
  client: OperationClient,
  keyType: operations['DeleteOidcKey']['parameters']['path']['keyType'],
  keyId: operations['DeleteOidcKey']['parameters']['path']['keyId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOidcKey', method: 'DELETE', path: '/api/configs/oidc/{keyType}/{keyId}' },
    client.DELETE('/api/configs/oidc/{keyType}/{keyId}', {
      params: { path: { keyType, keyId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/actions/{actionType}` (operationId `GetAction`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param actionType Path parameter `actionType`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getAction(
  client: OperationClient,
  actionType: operations['GetAction']['parameters']['path']['actionType'],
  options?: OperationOptions,
): Promise<operations['GetAction']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetAction']['responses'][200]['content']['application/json']>(
    { operationId: 'GetAction', method: 'GET', path: '/api/configs/actions/{actionType}' },
    client.GET('/api/configs/actions/{actionType}', {
      params: { path: { actionType } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/admin-console` (operationId `GetAdminConsoleConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getAdminConsoleConfig(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetAdminConsoleConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetAdminConsoleConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'GetAdminConsoleConfig', method: 'GET', path: '/api/configs/admin-console' },
    client.GET('/api/configs/admin-console', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/cimd` (operationId `GetCimdConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getCimdConfig(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetCimdConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetCimdConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'GetCimdConfig', method: 'GET', path: '/api/configs/cimd' },
    client.GET('/api/configs/cimd', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/id-token` (operationId `GetIdTokenConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getIdTokenConfig(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetIdTokenConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetIdTokenConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'GetIdTokenConfig', method: 'GET', path: '/api/configs/id-token' },
    client.GET('/api/configs/id-token', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/jwt-customizer/{tokenTypePath}` (operationId `GetJwtCustomizer`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param tokenTypePath Path parameter `tokenTypePath`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getJwtCustomizer(
  client: OperationClient,
  tokenTypePath: operations['GetJwtCustomizer']['parameters']['path']['tokenTypePath'],
  options?: OperationOptions,
): Promise<operations['GetJwtCustomizer']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetJwtCustomizer']['responses'][200]['content']['application/json']>(
    { operationId: 'GetJwtCustomizer', method: 'GET', path: '/api/configs/jwt-customizer/{tokenTypePath}' },
    client.GET('/api/configs/jwt-customizer/{tokenTypePath}', {
      params: { path: { tokenTypePath } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/oidc/{keyType}` (operationId `GetOidcKeys`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param keyType Path parameter `keyType`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOidcKeys(
  client: OperationClient,
  keyType: operations['GetOidcKeys']['parameters']['path']['keyType'],
  options?: OperationOptions,
): Promise<operations['GetOidcKeys']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOidcKeys']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOidcKeys', method: 'GET', path: '/api/configs/oidc/{keyType}' },
    client.GET('/api/configs/oidc/{keyType}', {
      params: { path: { keyType } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/oidc/session` (operationId `GetOidcSessionConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOidcSessionConfig(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetOidcSessionConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOidcSessionConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOidcSessionConfig', method: 'GET', path: '/api/configs/oidc/session' },
    client.GET('/api/configs/oidc/session', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/actions` (operationId `ListActions`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listActions(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListActions']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListActions']['responses'][200]['content']['application/json']>(
    { operationId: 'ListActions', method: 'GET', path: '/api/configs/actions' },
    client.GET('/api/configs/actions', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/configs/jwt-customizer` (operationId `ListJwtCustomizers`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listJwtCustomizers(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListJwtCustomizers']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListJwtCustomizers']['responses'][200]['content']['application/json']>(
    { operationId: 'ListJwtCustomizers', method: 'GET', path: '/api/configs/jwt-customizer' },
    client.GET('/api/configs/jwt-customizer', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/configs/oidc/{keyType}/rotate` (operationId `RotateOidcKeys`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param keyType Path parameter `keyType`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function rotateOidcKeys(
  client: OperationClient,
  keyType: operations['RotateOidcKeys']['parameters']['path']['keyType'],
  body: NonNullable<operations['RotateOidcKeys']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['RotateOidcKeys']['responses'][200]['content']['application/json']> {
  return unwrap<operations['RotateOidcKeys']['responses'][200]['content']['application/json']>(
    { operationId: 'RotateOidcKeys', method: 'POST', path: '/api/configs/oidc/{keyType}/rotate' },
    client.POST('/api/configs/oidc/{keyType}/rotate', {
      params: { path: { keyType } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/configs/actions/test` (operationId `TestAction`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function testAction(
  client: OperationClient,
  body: NonNullable<operations['TestAction']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['TestAction']['responses'][200]['content']['application/json'] | undefined> {
  return unwrap<operations['TestAction']['responses'][200]['content']['application/json'] | undefined>(
    { operationId: 'TestAction', method: 'POST', path: '/api/configs/actions/test' },
    client.POST('/api/configs/actions/test', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/configs/jwt-customizer/test` (operationId `TestJwtCustomizer`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function testJwtCustomizer(
  client: OperationClient,
  body: NonNullable<operations['TestJwtCustomizer']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['TestJwtCustomizer']['responses'][200]['content']['application/json']> {
  return unwrap<operations['TestJwtCustomizer']['responses'][200]['content']['application/json']>(
    { operationId: 'TestJwtCustomizer', method: 'POST', path: '/api/configs/jwt-customizer/test' },
    client.POST('/api/configs/jwt-customizer/test', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/configs/actions/{actionType}` (operationId `UpdateAction`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param actionType Path parameter `actionType`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateAction(
  client: OperationClient,
  actionType: operations['UpdateAction']['parameters']['path']['actionType'],
  body: NonNullable<operations['UpdateAction']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateAction']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateAction']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateAction', method: 'PATCH', path: '/api/configs/actions/{actionType}' },
    client.PATCH('/api/configs/actions/{actionType}', {
      params: { path: { actionType } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/configs/admin-console` (operationId `UpdateAdminConsoleConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateAdminConsoleConfig(
  client: OperationClient,
  body: NonNullable<operations['UpdateAdminConsoleConfig']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateAdminConsoleConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateAdminConsoleConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateAdminConsoleConfig', method: 'PATCH', path: '/api/configs/admin-console' },
    client.PATCH('/api/configs/admin-console', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/configs/cimd` (operationId `UpdateCimdConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateCimdConfig(
  client: OperationClient,
  body: NonNullable<operations['UpdateCimdConfig']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateCimdConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateCimdConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateCimdConfig', method: 'PATCH', path: '/api/configs/cimd' },
    client.PATCH('/api/configs/cimd', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/configs/jwt-customizer/{tokenTypePath}` (operationId `UpdateJwtCustomizer`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param tokenTypePath Path parameter `tokenTypePath`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateJwtCustomizer(
  client: OperationClient,
  tokenTypePath: operations['UpdateJwtCustomizer']['parameters']['path']['tokenTypePath'],
  body: NonNullable<operations['UpdateJwtCustomizer']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateJwtCustomizer']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateJwtCustomizer']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateJwtCustomizer', method: 'PATCH', path: '/api/configs/jwt-customizer/{tokenTypePath}' },
    client.PATCH('/api/configs/jwt-customizer/{tokenTypePath}', {
      params: { path: { tokenTypePath } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/configs/oidc/session` (operationId `UpdateOidcSessionConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateOidcSessionConfig(
  client: OperationClient,
  body: NonNullable<operations['UpdateOidcSessionConfig']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateOidcSessionConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateOidcSessionConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateOidcSessionConfig', method: 'PATCH', path: '/api/configs/oidc/session' },
    client.PATCH('/api/configs/oidc/session', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/configs/actions/{actionType}` (operationId `UpsertAction`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param actionType Path parameter `actionType`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function upsertAction(
  client: OperationClient,
  actionType: operations['UpsertAction']['parameters']['path']['actionType'],
  body: NonNullable<operations['UpsertAction']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpsertAction']['responses'][200]['content']['application/json'] | operations['UpsertAction']['responses'][201]['content']['application/json']> {
  return unwrap<operations['UpsertAction']['responses'][200]['content']['application/json'] | operations['UpsertAction']['responses'][201]['content']['application/json']>(
    { operationId: 'UpsertAction', method: 'PUT', path: '/api/configs/actions/{actionType}' },
    client.PUT('/api/configs/actions/{actionType}', {
      params: { path: { actionType } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/configs/id-token` (operationId `UpsertIdTokenConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function upsertIdTokenConfig(
  client: OperationClient,
  body: NonNullable<operations['UpsertIdTokenConfig']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpsertIdTokenConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpsertIdTokenConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'UpsertIdTokenConfig', method: 'PUT', path: '/api/configs/id-token' },
    client.PUT('/api/configs/id-token', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/configs/jwt-customizer/{tokenTypePath}` (operationId `UpsertJwtCustomizer`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param tokenTypePath Path parameter `tokenTypePath`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function upsertJwtCustomizer(
  client: OperationClient,
  tokenTypePath: operations['UpsertJwtCustomizer']['parameters']['path']['tokenTypePath'],
  body: NonNullable<operations['UpsertJwtCustomizer']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpsertJwtCustomizer']['responses'][200]['content']['application/json'] | operations['UpsertJwtCustomizer']['responses'][201]['content']['application/json']> {
  return unwrap<operations['UpsertJwtCustomizer']['responses'][200]['content']['application/json'] | operations['UpsertJwtCustomizer']['responses'][201]['content']['application/json']>(
    { operationId: 'UpsertJwtCustomizer', method: 'PUT', path: '/api/configs/jwt-customizer/{tokenTypePath}' },
    client.PUT('/api/configs/jwt-customizer/{tokenTypePath}', {
      params: { path: { tokenTypePath } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Connector factories" (ConnectorFactoriesApi).

/**
 * `GET /api/connector-factories/{id}` (operationId `GetConnectorFactory`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getConnectorFactory(
  client: OperationClient,
  id: operations['GetConnectorFactory']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetConnectorFactory']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetConnectorFactory']['responses'][200]['content']['application/json']>(
    { operationId: 'GetConnectorFactory', method: 'GET', path: '/api/connector-factories/{id}' },
    client.GET('/api/connector-factories/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/connector-factories` (operationId `ListConnectorFactories`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listConnectorFactories(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListConnectorFactories']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListConnectorFactories']['responses'][200]['content']['application/json']>(
    { operationId: 'ListConnectorFactories', method: 'GET', path: '/api/connector-factories' },
    client.GET('/api/connector-factories', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Connectors" (ConnectorsApi).

/**
 * `POST /api/connectors` (operationId `CreateConnector`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createConnector(
  client: OperationClient,
  body: NonNullable<operations['CreateConnector']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateConnector']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateConnector']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateConnector', method: 'POST', path: '/api/connectors' },
    client.POST('/api/connectors', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/connectors/{connectorId}/authorization-uri` (operationId `CreateConnectorAuthorizationUri`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param connectorId Path parameter `connectorId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createConnectorAuthorizationUri(
  client: OperationClient,
  connectorId: operations['CreateConnectorAuthorizationUri']['parameters']['path']['connectorId'],
  body: NonNullable<operations['CreateConnectorAuthorizationUri']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateConnectorAuthorizationUri']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateConnectorAuthorizationUri']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateConnectorAuthorizationUri', method: 'POST', path: '/api/connectors/{connectorId}/authorization-uri' },
    client.POST('/api/connectors/{connectorId}/authorization-uri', {
      params: { path: { connectorId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/connectors/{factoryId}/test` (operationId `CreateConnectorTest`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param factoryId Path parameter `factoryId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createConnectorTest(
  client: OperationClient,
  factoryId: operations['CreateConnectorTest']['parameters']['path']['factoryId'],
  body: NonNullable<operations['CreateConnectorTest']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'CreateConnectorTest', method: 'POST', path: '/api/connectors/{factoryId}/test' },
    client.POST('/api/connectors/{factoryId}/test', {
      params: { path: { factoryId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/connectors/{id}` (operationId `DeleteConnector`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteConnector(
  client: OperationClient,
  id: operations['DeleteConnector']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteConnector', method: 'DELETE', path: '/api/connectors/{id}' },
    client.DELETE('/api/connectors/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/connectors/{id}` (operationId `GetConnector`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getConnector(
  client: OperationClient,
  id: operations['GetConnector']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetConnector']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetConnector']['responses'][200]['content']['application/json']>(
    { operationId: 'GetConnector', method: 'GET', path: '/api/connectors/{id}' },
    client.GET('/api/connectors/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/connectors` (operationId `ListConnectors`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `target`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listConnectors(
  client: OperationClient,
  query?: NonNullable<operations['ListConnectors']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListConnectors']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListConnectors']['responses'][200]['content']['application/json']>(
    { operationId: 'ListConnectors', method: 'GET', path: '/api/connectors' },
    client.GET('/api/connectors', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/connectors/{id}` (operationId `UpdateConnector`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateConnector(
  client: OperationClient,
  id: operations['UpdateConnector']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateConnector']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateConnector']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateConnector']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateConnector', method: 'PATCH', path: '/api/connectors/{id}' },
    client.PATCH('/api/connectors/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Custom phrases" (CustomPhrasesApi).

/**
 * `DELETE /api/custom-phrases/{languageTag}` (operationId `DeleteCustomPhrase`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 409: Conflict [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param languageTag Path parameter `languageTag`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteCustomPhrase(
  client: OperationClient,
  languageTag: operations['DeleteCustomPhrase']['parameters']['path']['languageTag'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteCustomPhrase', method: 'DELETE', path: '/api/custom-phrases/{languageTag}' },
    client.DELETE('/api/custom-phrases/{languageTag}', {
      params: { path: { languageTag } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/custom-phrases/{languageTag}` (operationId `GetCustomPhrase`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param languageTag Path parameter `languageTag`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getCustomPhrase(
  client: OperationClient,
  languageTag: operations['GetCustomPhrase']['parameters']['path']['languageTag'],
  options?: OperationOptions,
): Promise<operations['GetCustomPhrase']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetCustomPhrase']['responses'][200]['content']['application/json']>(
    { operationId: 'GetCustomPhrase', method: 'GET', path: '/api/custom-phrases/{languageTag}' },
    client.GET('/api/custom-phrases/{languageTag}', {
      params: { path: { languageTag } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/custom-phrases` (operationId `ListCustomPhrases`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listCustomPhrases(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListCustomPhrases']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListCustomPhrases']['responses'][200]['content']['application/json']>(
    { operationId: 'ListCustomPhrases', method: 'GET', path: '/api/custom-phrases' },
    client.GET('/api/custom-phrases', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/custom-phrases/{languageTag}` (operationId `ReplaceCustomPhrase`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param languageTag Path parameter `languageTag`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceCustomPhrase(
  client: OperationClient,
  languageTag: operations['ReplaceCustomPhrase']['parameters']['path']['languageTag'],
  body: NonNullable<operations['ReplaceCustomPhrase']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceCustomPhrase']['responses'][201]['content']['application/json']> {
  return unwrap<operations['ReplaceCustomPhrase']['responses'][201]['content']['application/json']>(
    { operationId: 'ReplaceCustomPhrase', method: 'PUT', path: '/api/custom-phrases/{languageTag}' },
    client.PUT('/api/custom-phrases/{languageTag}', {
      params: { path: { languageTag } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Custom profile fields" (CustomProfileFieldsApi).

/**
 * `POST /api/custom-profile-fields` (operationId `CreateCustomProfileField`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createCustomProfileField(
  client: OperationClient,
  body: NonNullable<operations['CreateCustomProfileField']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateCustomProfileField']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateCustomProfileField']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateCustomProfileField', method: 'POST', path: '/api/custom-profile-fields' },
    client.POST('/api/custom-profile-fields', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/custom-profile-fields/batch` (operationId `CreateCustomProfileFieldsBatch`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createCustomProfileFieldsBatch(
  client: OperationClient,
  body: NonNullable<operations['CreateCustomProfileFieldsBatch']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateCustomProfileFieldsBatch']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateCustomProfileFieldsBatch']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateCustomProfileFieldsBatch', method: 'POST', path: '/api/custom-profile-fields/batch' },
    client.POST('/api/custom-profile-fields/batch', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/custom-profile-fields/{name}` (operationId `DeleteCustomProfileFieldByName`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param name Path parameter `name`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteCustomProfileFieldByName(
  client: OperationClient,
  name: operations['DeleteCustomProfileFieldByName']['parameters']['path']['name'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteCustomProfileFieldByName', method: 'DELETE', path: '/api/custom-profile-fields/{name}' },
    client.DELETE('/api/custom-profile-fields/{name}', {
      params: { path: { name } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/custom-profile-fields/{name}` (operationId `GetCustomProfileFieldByName`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param name Path parameter `name`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getCustomProfileFieldByName(
  client: OperationClient,
  name: operations['GetCustomProfileFieldByName']['parameters']['path']['name'],
  options?: OperationOptions,
): Promise<operations['GetCustomProfileFieldByName']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetCustomProfileFieldByName']['responses'][200]['content']['application/json']>(
    { operationId: 'GetCustomProfileFieldByName', method: 'GET', path: '/api/custom-profile-fields/{name}' },
    client.GET('/api/custom-profile-fields/{name}', {
      params: { path: { name } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/custom-profile-fields` (operationId `ListCustomProfileFields`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listCustomProfileFields(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListCustomProfileFields']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListCustomProfileFields']['responses'][200]['content']['application/json']>(
    { operationId: 'ListCustomProfileFields', method: 'GET', path: '/api/custom-profile-fields' },
    client.GET('/api/custom-profile-fields', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/custom-profile-fields/{name}` (operationId `UpdateCustomProfileFieldByName`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param name Path parameter `name`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateCustomProfileFieldByName(
  client: OperationClient,
  name: operations['UpdateCustomProfileFieldByName']['parameters']['path']['name'],
  body: NonNullable<operations['UpdateCustomProfileFieldByName']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateCustomProfileFieldByName']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateCustomProfileFieldByName']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateCustomProfileFieldByName', method: 'PUT', path: '/api/custom-profile-fields/{name}' },
    client.PUT('/api/custom-profile-fields/{name}', {
      params: { path: { name } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/custom-profile-fields/properties/sie-order` (operationId `UpdateCustomProfileFieldsSieOrder`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateCustomProfileFieldsSieOrder(
  client: OperationClient,
  body: NonNullable<operations['UpdateCustomProfileFieldsSieOrder']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateCustomProfileFieldsSieOrder']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateCustomProfileFieldsSieOrder']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateCustomProfileFieldsSieOrder', method: 'POST', path: '/api/custom-profile-fields/properties/sie-order' },
    client.POST('/api/custom-profile-fields/properties/sie-order', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Dashboard" (DashboardApi).

/**
 * `GET /api/dashboard/users/active` (operationId `GetActiveUserCounts`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `date`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getActiveUserCounts(
  client: OperationClient,
  query?: NonNullable<operations['GetActiveUserCounts']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetActiveUserCounts']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetActiveUserCounts']['responses'][200]['content']['application/json']>(
    { operationId: 'GetActiveUserCounts', method: 'GET', path: '/api/dashboard/users/active' },
    client.GET('/api/dashboard/users/active', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/dashboard/users/new` (operationId `GetNewUserCounts`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getNewUserCounts(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetNewUserCounts']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetNewUserCounts']['responses'][200]['content']['application/json']>(
    { operationId: 'GetNewUserCounts', method: 'GET', path: '/api/dashboard/users/new' },
    client.GET('/api/dashboard/users/new', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/dashboard/users/total` (operationId `GetTotalUserCount`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getTotalUserCount(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetTotalUserCount']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetTotalUserCount']['responses'][200]['content']['application/json']>(
    { operationId: 'GetTotalUserCount', method: 'GET', path: '/api/dashboard/users/total' },
    client.GET('/api/dashboard/users/total', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Domains" (DomainsApi).

/**
 * `POST /api/domains/cleanup` (operationId `CleanupDomains`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function cleanupDomains(
  client: OperationClient,
  body: NonNullable<operations['CleanupDomains']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CleanupDomains']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CleanupDomains']['responses'][200]['content']['application/json']>(
    { operationId: 'CleanupDomains', method: 'POST', path: '/api/domains/cleanup' },
    client.POST('/api/domains/cleanup', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/domains` (operationId `CreateDomain`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createDomain(
  client: OperationClient,
  body: NonNullable<operations['CreateDomain']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateDomain']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateDomain']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateDomain', method: 'POST', path: '/api/domains' },
    client.POST('/api/domains', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/domains/{id}` (operationId `DeleteDomain`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteDomain(
  client: OperationClient,
  id: operations['DeleteDomain']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteDomain', method: 'DELETE', path: '/api/domains/{id}' },
    client.DELETE('/api/domains/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/domains/{id}` (operationId `GetDomain`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getDomain(
  client: OperationClient,
  id: operations['GetDomain']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetDomain']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetDomain']['responses'][200]['content']['application/json']>(
    { operationId: 'GetDomain', method: 'GET', path: '/api/domains/{id}' },
    client.GET('/api/domains/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/domains/{id}/verification-files` (operationId `ListDomainVerificationFiles`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listDomainVerificationFiles(
  client: OperationClient,
  id: operations['ListDomainVerificationFiles']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['ListDomainVerificationFiles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListDomainVerificationFiles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListDomainVerificationFiles', method: 'GET', path: '/api/domains/{id}/verification-files' },
    client.GET('/api/domains/{id}/verification-files', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/domains` (operationId `ListDomains`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listDomains(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListDomains']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListDomains']['responses'][200]['content']['application/json']>(
    { operationId: 'ListDomains', method: 'GET', path: '/api/domains' },
    client.GET('/api/domains', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/domains/{id}/verification-files` (operationId `ReplaceDomainVerificationFiles`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceDomainVerificationFiles(
  client: OperationClient,
  id: operations['ReplaceDomainVerificationFiles']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceDomainVerificationFiles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceDomainVerificationFiles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ReplaceDomainVerificationFiles']['responses'][200]['content']['application/json']>(
    { operationId: 'ReplaceDomainVerificationFiles', method: 'PUT', path: '/api/domains/{id}/verification-files' },
    client.PUT('/api/domains/{id}/verification-files', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Email templates" (EmailTemplatesApi).

/**
 * `DELETE /api/email-templates/{id}` (operationId `DeleteEmailTemplate`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteEmailTemplate(
  client: OperationClient,
  id: operations['DeleteEmailTemplate']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteEmailTemplate', method: 'DELETE', path: '/api/email-templates/{id}' },
    client.DELETE('/api/email-templates/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/email-templates` (operationId `DeleteEmailTemplates`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `languageTag`
 *   - `templateType`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteEmailTemplates(
  client: OperationClient,
  query?: NonNullable<operations['DeleteEmailTemplates']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['DeleteEmailTemplates']['responses'][200]['content']['application/json']> {
  return unwrap<operations['DeleteEmailTemplates']['responses'][200]['content']['application/json']>(
    { operationId: 'DeleteEmailTemplates', method: 'DELETE', path: '/api/email-templates' },
    client.DELETE('/api/email-templates', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/email-templates/{id}` (operationId `GetEmailTemplate`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getEmailTemplate(
  client: OperationClient,
  id: operations['GetEmailTemplate']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetEmailTemplate']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetEmailTemplate']['responses'][200]['content']['application/json']>(
    { operationId: 'GetEmailTemplate', method: 'GET', path: '/api/email-templates/{id}' },
    client.GET('/api/email-templates/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/email-templates` (operationId `ListEmailTemplates`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `languageTag`
 *   - `templateType`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listEmailTemplates(
  client: OperationClient,
  query?: NonNullable<operations['ListEmailTemplates']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListEmailTemplates']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListEmailTemplates']['responses'][200]['content']['application/json']>(
    { operationId: 'ListEmailTemplates', method: 'GET', path: '/api/email-templates' },
    client.GET('/api/email-templates', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/email-templates` (operationId `ReplaceEmailTemplates`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceEmailTemplates(
  client: OperationClient,
  body: NonNullable<operations['ReplaceEmailTemplates']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceEmailTemplates']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ReplaceEmailTemplates']['responses'][200]['content']['application/json']>(
    { operationId: 'ReplaceEmailTemplates', method: 'PUT', path: '/api/email-templates' },
    client.PUT('/api/email-templates', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/email-templates/{id}/details` (operationId `UpdateEmailTemplateDetails`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateEmailTemplateDetails(
  client: OperationClient,
  id: operations['UpdateEmailTemplateDetails']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateEmailTemplateDetails']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateEmailTemplateDetails']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateEmailTemplateDetails']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateEmailTemplateDetails', method: 'PATCH', path: '/api/email-templates/{id}/details' },
    client.PATCH('/api/email-templates/{id}/details', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Hooks" (HooksApi).

/**
 * `POST /api/hooks` (operationId `CreateHook`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createHook(
  client: OperationClient,
  body: NonNullable<operations['CreateHook']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateHook']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateHook']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateHook', method: 'POST', path: '/api/hooks' },
    client.POST('/api/hooks', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/hooks/{id}/test` (operationId `CreateHookTest`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createHookTest(
  client: OperationClient,
  id: operations['CreateHookTest']['parameters']['path']['id'],
  body: NonNullable<operations['CreateHookTest']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'CreateHookTest', method: 'POST', path: '/api/hooks/{id}/test' },
    client.POST('/api/hooks/{id}/test', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/hooks/{id}` (operationId `DeleteHook`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteHook(
  client: OperationClient,
  id: operations['DeleteHook']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteHook', method: 'DELETE', path: '/api/hooks/{id}' },
    client.DELETE('/api/hooks/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/hooks/{id}` (operationId `GetHook`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `includeExecutionStats`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getHook(
  client: OperationClient,
  id: operations['GetHook']['parameters']['path']['id'],
  query?: NonNullable<operations['GetHook']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetHook']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetHook']['responses'][200]['content']['application/json']>(
    { operationId: 'GetHook', method: 'GET', path: '/api/hooks/{id}' },
    client.GET('/api/hooks/{id}', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/hooks/{id}/recent-logs` (operationId `ListHookRecentLogs`).
 *
 * One page per call; `listHookRecentLogsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `logKey`
 *   - `enableCap`
 *   - `start_time`
 *   - `end_time`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listHookRecentLogs(
  client: OperationClient,
  id: operations['ListHookRecentLogs']['parameters']['path']['id'],
  query?: NonNullable<operations['ListHookRecentLogs']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListHookRecentLogs']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListHookRecentLogs']['responses'][200]['content']['application/json']>(
    { operationId: 'ListHookRecentLogs', method: 'GET', path: '/api/hooks/{id}/recent-logs' },
    client.GET('/api/hooks/{id}/recent-logs', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listHookRecentLogs`, page after page: `GET /api/hooks/{id}/recent-logs` (operationId `ListHookRecentLogs`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listHookRecentLogs`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listHookRecentLogsIterate(
  client: OperationClient,
  id: operations['ListHookRecentLogs']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListHookRecentLogs']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListHookRecentLogs']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListHookRecentLogs']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListHookRecentLogs', method: 'GET', path: '/api/hooks/{id}/recent-logs' },
    (page, pageSize) =>
      client.GET('/api/hooks/{id}/recent-logs', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/hooks` (operationId `ListHooks`).
 *
 * One page per call; `listHooksIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `includeExecutionStats`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listHooks(
  client: OperationClient,
  query?: NonNullable<operations['ListHooks']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListHooks']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListHooks']['responses'][200]['content']['application/json']>(
    { operationId: 'ListHooks', method: 'GET', path: '/api/hooks' },
    client.GET('/api/hooks', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listHooks`, page after page: `GET /api/hooks` (operationId `ListHooks`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listHooks`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listHooksIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListHooks']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListHooks']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListHooks']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListHooks', method: 'GET', path: '/api/hooks' },
    (page, pageSize) =>
      client.GET('/api/hooks', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PATCH /api/hooks/{id}` (operationId `UpdateHook`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateHook(
  client: OperationClient,
  id: operations['UpdateHook']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateHook']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateHook']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateHook']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateHook', method: 'PATCH', path: '/api/hooks/{id}' },
    client.PATCH('/api/hooks/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/hooks/{id}/signing-key` (operationId `UpdateHookSigningKey`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateHookSigningKey(
  client: OperationClient,
  id: operations['UpdateHookSigningKey']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['UpdateHookSigningKey']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateHookSigningKey']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateHookSigningKey', method: 'PATCH', path: '/api/hooks/{id}/signing-key' },
    client.PATCH('/api/hooks/{id}/signing-key', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "One-time tokens" (OneTimeTokensApi).

/**
 * `POST /api/one-time-tokens` (operationId `AddOneTimeTokens`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function addOneTimeTokens(
  client: OperationClient,
  body: NonNullable<operations['AddOneTimeTokens']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['AddOneTimeTokens']['responses'][201]['content']['application/json']> {
  return unwrap<operations['AddOneTimeTokens']['responses'][201]['content']['application/json']>(
    { operationId: 'AddOneTimeTokens', method: 'POST', path: '/api/one-time-tokens' },
    client.POST('/api/one-time-tokens', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/one-time-tokens/{id}` (operationId `DeleteOneTimeToken`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOneTimeToken(
  client: OperationClient,
  id: operations['DeleteOneTimeToken']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOneTimeToken', method: 'DELETE', path: '/api/one-time-tokens/{id}' },
    client.DELETE('/api/one-time-tokens/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/one-time-tokens/{id}` (operationId `GetOneTimeToken`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOneTimeToken(
  client: OperationClient,
  id: operations['GetOneTimeToken']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetOneTimeToken']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOneTimeToken']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOneTimeToken', method: 'GET', path: '/api/one-time-tokens/{id}' },
    client.GET('/api/one-time-tokens/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/one-time-tokens` (operationId `ListOneTimeTokens`).
 *
 * One page per call; `listOneTimeTokensIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `email`
 *   - `status`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOneTimeTokens(
  client: OperationClient,
  query?: NonNullable<operations['ListOneTimeTokens']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOneTimeTokens']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOneTimeTokens']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOneTimeTokens', method: 'GET', path: '/api/one-time-tokens' },
    client.GET('/api/one-time-tokens', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOneTimeTokens`, page after page: `GET /api/one-time-tokens` (operationId `ListOneTimeTokens`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listOneTimeTokens`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOneTimeTokensIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListOneTimeTokens']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOneTimeTokens']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOneTimeTokens']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOneTimeTokens', method: 'GET', path: '/api/one-time-tokens' },
    (page, pageSize) =>
      client.GET('/api/one-time-tokens', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PUT /api/one-time-tokens/{id}/status` (operationId `ReplaceOneTimeTokenStatus`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOneTimeTokenStatus(
  client: OperationClient,
  id: operations['ReplaceOneTimeTokenStatus']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOneTimeTokenStatus']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceOneTimeTokenStatus']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ReplaceOneTimeTokenStatus']['responses'][200]['content']['application/json']>(
    { operationId: 'ReplaceOneTimeTokenStatus', method: 'PUT', path: '/api/one-time-tokens/{id}/status' },
    client.PUT('/api/one-time-tokens/{id}/status', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/one-time-tokens/verify` (operationId `VerifyOneTimeToken`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function verifyOneTimeToken(
  client: OperationClient,
  body: NonNullable<operations['VerifyOneTimeToken']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['VerifyOneTimeToken']['responses'][200]['content']['application/json']> {
  return unwrap<operations['VerifyOneTimeToken']['responses'][200]['content']['application/json']>(
    { operationId: 'VerifyOneTimeToken', method: 'POST', path: '/api/one-time-tokens/verify' },
    client.POST('/api/one-time-tokens/verify', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Organization invitations" (OrganizationInvitationsApi).

/**
 * Create an organization invitation
 *
 * Creates a pending invitation for an e-mail address to join an organization. When `messagePayload` is an object,
 * the invitation e-mail is sent through the tenant's e-mail connector in the same transaction: if no connector is
 * configured the call answers 501 and nothing is stored. A tenant allows only one pending invitation per
 * organization and invitee, where the invitee is compared **with** regard to case (`ada@example.com` and
 * `Ada@example.com` may both be pending); an expired one does not count. Whether the invitee is already a member is
 * also decided by an exact, case-sensitive match on the members' primary e-mail addresses. Sending the e-mail
 * counts towards a per-recipient limit (see 429).
 *
 * `POST /api/organization-invitations` (operationId `CreateOrganizationInvitation`).
 *
 * Responses:
 * - 201: The invitation was stored; it is returned with its roles. [application/json]
 * - 400: The body is malformed (`guard.invalid_input`: a wrong type, a missing required field, an invitee that is not an e-mail address) or `expiresAt` is not in the future (`request.invalid_input`). [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON): 404 `text/plain` "Not Found", with no error code (a Logto defect). Nothing is stored. [text/plain]
 * - 422: The invitation conflicts with what is stored: a referenced organization, inviter or role does not exist (`entity.relation_foreign_key_not_found`), the invitee already has a pending invitation to this organization, spelled in the same case (`entity.unique_integrity_violation`), the invitee is already a member with exactly this primary e-mail address (`request.invalid_input`), or the invitee is longer than the 256 characters Logto stores (`entity.value_too_long`). Nothing is stored. [application/json]
 * - 429: Too many messages went to this recipient recently (`request.message_rate_limited`): Logto allows 10 sends per recipient, the address compared without regard to case, in any 600 seconds, counting every kind of message it sends there. Nothing is sent or stored. Logto sends no `Retry-After`; the oldest send leaves the window 600 seconds after it happened. [application/json]
 * - 501: The tenant has no e-mail connector, so no invitation e-mail can be sent (`connector.not_found`). Nothing is stored. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body The invitation to create.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: The invitation was stored; it is returned with its roles).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationInvitation(
  client: OperationClient,
  body: NonNullable<operations['CreateOrganizationInvitation']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateOrganizationInvitation']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateOrganizationInvitation']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateOrganizationInvitation', method: 'POST', path: '/api/organization-invitations' },
    client.POST('/api/organization-invitations', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Resend the invitation e-mail
 *
 * Sends the invitation e-mail to the invitee again, through the tenant's e-mail connector, with the given template
 * payload. The invitation is looked up first (404), then the connector (501), then the per-recipient send limit
 * (429); the status of the invitation does not matter.
 *
 * `POST /api/organization-invitations/{id}/message` (operationId `CreateOrganizationInvitationMessage`).
 *
 * Responses:
 * - 204: The e-mail was handed to the connector.
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`, JSON), or the request body is larger than 1 MiB, which Logto answers as 404 `text/plain` "Not Found" (a Logto defect). [application/json, text/plain]
 * - 429: Too many messages went to this recipient recently (`request.message_rate_limited`): Logto allows 10 sends per recipient, the address compared without regard to case, in any 600 seconds, counting every kind of message it sends there. Nothing is sent or stored. Logto sends no `Retry-After`; the oldest send leaves the window 600 seconds after it happened. [application/json]
 * - 501: The tenant has no e-mail connector, so no invitation e-mail can be sent (`connector.not_found`). Nothing is stored. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Values for the invitation e-mail template.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: The e-mail was handed to the connector).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationInvitationMessage(
  client: OperationClient,
  id: operations['CreateOrganizationInvitationMessage']['parameters']['path']['id'],
  body: NonNullable<operations['CreateOrganizationInvitationMessage']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'CreateOrganizationInvitationMessage', method: 'POST', path: '/api/organization-invitations/{id}/message' },
    client.POST('/api/organization-invitations/{id}/message', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Delete an organization invitation
 *
 * Removes an invitation whatever its status. An invitation that was accepted leaves the membership it created in place.
 *
 * `DELETE /api/organization-invitations/{id}` (operationId `DeleteOrganizationInvitation`).
 *
 * Responses:
 * - 204: The invitation is gone.
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: The invitation is gone).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationInvitation(
  client: OperationClient,
  id: operations['DeleteOrganizationInvitation']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationInvitation', method: 'DELETE', path: '/api/organization-invitations/{id}' },
    client.DELETE('/api/organization-invitations/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Get an organization invitation
 *
 * Returns one invitation with the organization roles it grants on acceptance. The status is computed when read.
 *
 * `GET /api/organization-invitations/{id}` (operationId `GetOrganizationInvitation`).
 *
 * Responses:
 * - 200: The invitation. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The invitation).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOrganizationInvitation(
  client: OperationClient,
  id: operations['GetOrganizationInvitation']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetOrganizationInvitation']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOrganizationInvitation']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOrganizationInvitation', method: 'GET', path: '/api/organization-invitations/{id}' },
    client.GET('/api/organization-invitations/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * List organization invitations
 *
 * Returns every invitation matching all the given filters, without pagination. Status is computed when read: a
 * pending invitation whose expiry time has passed comes back as `Expired`. With no filter at all the list spans the
 * whole tenant, so on a shared tenant always filter.
 *
 * `GET /api/organization-invitations` (operationId `ListOrganizationInvitations`).
 *
 * Responses:
 * - 200: The matching invitations, each with the organization roles it grants on acceptance. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `organizationId`: Only invitations into this organization
 *   - `inviterId`: Only invitations sent by this user
 *   - `invitee`: Only invitations addressed to this e-mail address, compared without regard to case
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The matching invitations, each with the organization roles it grants on acceptance).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationInvitations(
  client: OperationClient,
  query?: NonNullable<operations['ListOrganizationInvitations']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationInvitations']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationInvitations']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationInvitations', method: 'GET', path: '/api/organization-invitations' },
    client.GET('/api/organization-invitations', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Accept or revoke an organization invitation
 *
 * Moves a pending invitation to `Accepted` or `Revoked`. Accepted, Revoked and Expired are final. Accepting needs
 * `acceptedUserId`, a user whose primary e-mail address is the invitee (compared without regard to case); in one
 * transaction the user joins the organization with the invitation's organization roles.
 *
 * `PUT /api/organization-invitations/{id}/status` (operationId `ReplaceOrganizationInvitationStatus`).
 *
 * Responses:
 * - 200: The invitation after the change. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: The invitation does not exist, or, when accepting a pending invitation, the user named by `acceptedUserId` does not exist (`entity.not_found`). A body over 1 MiB is also answered 404, as `text/plain` "Not Found" (a Logto defect). [application/json, text/plain]
 * - 422: The change is not allowed. `request.invalid_input`: `acceptedUserId` is missing when accepting (checked first), the invitation is no longer pending (checked before the user is looked up), or that user's primary e-mail address is not the invitee (compared without regard to case). `entity.db_constraint_violated`: the invitation grants an organization role of type `MachineToMachine`, which a user cannot hold; nothing changes and the invitation stays pending. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body The new status.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The invitation after the change).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationInvitationStatus(
  client: OperationClient,
  id: operations['ReplaceOrganizationInvitationStatus']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationInvitationStatus']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceOrganizationInvitationStatus']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ReplaceOrganizationInvitationStatus']['responses'][200]['content']['application/json']>(
    { operationId: 'ReplaceOrganizationInvitationStatus', method: 'PUT', path: '/api/organization-invitations/{id}/status' },
    client.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Organization roles" (OrganizationRolesApi).

/**
 * Create an organization role
 *
 * Creates an organization role. Role names are unique in the tenant.
 *
 * `POST /api/organization-roles` (operationId `CreateOrganizationRole`).
 *
 * Responses:
 * - 201: The role was created. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: A role with this name already exists (`entity.unique_integrity_violation`), or an id in `organizationScopeIds` or `resourceScopeIds` names no scope (`entity.relation_foreign_key_not_found`). Nothing is created. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body The role to create.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: The role was created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationRole(
  client: OperationClient,
  body: NonNullable<operations['CreateOrganizationRole']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateOrganizationRole']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateOrganizationRole']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateOrganizationRole', method: 'POST', path: '/api/organization-roles' },
    client.POST('/api/organization-roles', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organization-roles/{id}/resource-scopes` (operationId `CreateOrganizationRoleResourceScope`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationRoleResourceScope(
  client: OperationClient,
  id: operations['CreateOrganizationRoleResourceScope']['parameters']['path']['id'],
  body: NonNullable<operations['CreateOrganizationRoleResourceScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateOrganizationRoleResourceScope', method: 'POST', path: '/api/organization-roles/{id}/resource-scopes' },
    client.POST('/api/organization-roles/{id}/resource-scopes', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organization-roles/{id}/scopes` (operationId `CreateOrganizationRoleScope`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationRoleScope(
  client: OperationClient,
  id: operations['CreateOrganizationRoleScope']['parameters']['path']['id'],
  body: NonNullable<operations['CreateOrganizationRoleScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateOrganizationRoleScope', method: 'POST', path: '/api/organization-roles/{id}/scopes' },
    client.POST('/api/organization-roles/{id}/scopes', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Delete an organization role
 *
 * Deletes an organization role; members holding it lose it.
 *
 * `DELETE /api/organization-roles/{id}` (operationId `DeleteOrganizationRole`).
 *
 * Responses:
 * - 204: The role is gone.
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: The role is gone).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationRole(
  client: OperationClient,
  id: operations['DeleteOrganizationRole']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationRole', method: 'DELETE', path: '/api/organization-roles/{id}' },
    client.DELETE('/api/organization-roles/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organization-roles/{id}/resource-scopes/{scopeId}` (operationId `DeleteOrganizationRoleResourceScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param scopeId Path parameter `scopeId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationRoleResourceScope(
  client: OperationClient,
  id: operations['DeleteOrganizationRoleResourceScope']['parameters']['path']['id'],
  scopeId: operations['DeleteOrganizationRoleResourceScope']['parameters']['path']['scopeId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationRoleResourceScope', method: 'DELETE', path: '/api/organization-roles/{id}/resource-scopes/{scopeId}' },
    client.DELETE('/api/organization-roles/{id}/resource-scopes/{scopeId}', {
      params: { path: { id, scopeId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organization-roles/{id}/scopes/{organizationScopeId}` (operationId `DeleteOrganizationRoleScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param organizationScopeId Path parameter `organizationScopeId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationRoleScope(
  client: OperationClient,
  id: operations['DeleteOrganizationRoleScope']['parameters']['path']['id'],
  organizationScopeId: operations['DeleteOrganizationRoleScope']['parameters']['path']['organizationScopeId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationRoleScope', method: 'DELETE', path: '/api/organization-roles/{id}/scopes/{organizationScopeId}' },
    client.DELETE('/api/organization-roles/{id}/scopes/{organizationScopeId}', {
      params: { path: { id, organizationScopeId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/organization-roles/{id}` (operationId `GetOrganizationRole`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOrganizationRole(
  client: OperationClient,
  id: operations['GetOrganizationRole']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetOrganizationRole']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOrganizationRole']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOrganizationRole', method: 'GET', path: '/api/organization-roles/{id}' },
    client.GET('/api/organization-roles/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/organization-roles/{id}/resource-scopes` (operationId `ListOrganizationRoleResourceScopes`).
 *
 * One page per call; `listOrganizationRoleResourceScopesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationRoleResourceScopes(
  client: OperationClient,
  id: operations['ListOrganizationRoleResourceScopes']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationRoleResourceScopes']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationRoleResourceScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationRoleResourceScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationRoleResourceScopes', method: 'GET', path: '/api/organization-roles/{id}/resource-scopes' },
    client.GET('/api/organization-roles/{id}/resource-scopes', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationRoleResourceScopes`, page after page: `GET /api/organization-roles/{id}/resource-scopes` (operationId `ListOrganizationRoleResourceScopes`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationRoleResourceScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationRoleResourceScopesIterate(
  client: OperationClient,
  id: operations['ListOrganizationRoleResourceScopes']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationRoleResourceScopes']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationRoleResourceScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationRoleResourceScopes']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationRoleResourceScopes', method: 'GET', path: '/api/organization-roles/{id}/resource-scopes' },
    (page, pageSize) =>
      client.GET('/api/organization-roles/{id}/resource-scopes', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organization-roles/{id}/scopes` (operationId `ListOrganizationRoleScopes`).
 *
 * One page per call; `listOrganizationRoleScopesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationRoleScopes(
  client: OperationClient,
  id: operations['ListOrganizationRoleScopes']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationRoleScopes']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationRoleScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationRoleScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationRoleScopes', method: 'GET', path: '/api/organization-roles/{id}/scopes' },
    client.GET('/api/organization-roles/{id}/scopes', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationRoleScopes`, page after page: `GET /api/organization-roles/{id}/scopes` (operationId `ListOrganizationRoleScopes`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationRoleScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationRoleScopesIterate(
  client: OperationClient,
  id: operations['ListOrganizationRoleScopes']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationRoleScopes']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationRoleScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationRoleScopes']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationRoleScopes', method: 'GET', path: '/api/organization-roles/{id}/scopes' },
    (page, pageSize) =>
      client.GET('/api/organization-roles/{id}/scopes', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organization-roles` (operationId `ListOrganizationRoles`).
 *
 * One page per call; `listOrganizationRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `q`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationRoles(
  client: OperationClient,
  query?: NonNullable<operations['ListOrganizationRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationRoles', method: 'GET', path: '/api/organization-roles' },
    client.GET('/api/organization-roles', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationRoles`, page after page: `GET /api/organization-roles` (operationId `ListOrganizationRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listOrganizationRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationRolesIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListOrganizationRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationRoles', method: 'GET', path: '/api/organization-roles' },
    (page, pageSize) =>
      client.GET('/api/organization-roles', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PUT /api/organization-roles/{id}/resource-scopes` (operationId `ReplaceOrganizationRoleResourceScopes`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationRoleResourceScopes(
  client: OperationClient,
  id: operations['ReplaceOrganizationRoleResourceScopes']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationRoleResourceScopes']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationRoleResourceScopes', method: 'PUT', path: '/api/organization-roles/{id}/resource-scopes' },
    client.PUT('/api/organization-roles/{id}/resource-scopes', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organization-roles/{id}/scopes` (operationId `ReplaceOrganizationRoleScopes`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationRoleScopes(
  client: OperationClient,
  id: operations['ReplaceOrganizationRoleScopes']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationRoleScopes']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationRoleScopes', method: 'PUT', path: '/api/organization-roles/{id}/scopes' },
    client.PUT('/api/organization-roles/{id}/scopes', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/organization-roles/{id}` (operationId `UpdateOrganizationRole`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateOrganizationRole(
  client: OperationClient,
  id: operations['UpdateOrganizationRole']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateOrganizationRole']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateOrganizationRole']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateOrganizationRole']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateOrganizationRole', method: 'PATCH', path: '/api/organization-roles/{id}' },
    client.PATCH('/api/organization-roles/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Organization scopes" (OrganizationScopesApi).

/**
 * `POST /api/organization-scopes` (operationId `CreateOrganizationScope`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationScope(
  client: OperationClient,
  body: NonNullable<operations['CreateOrganizationScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateOrganizationScope']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateOrganizationScope']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateOrganizationScope', method: 'POST', path: '/api/organization-scopes' },
    client.POST('/api/organization-scopes', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organization-scopes/{id}` (operationId `DeleteOrganizationScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationScope(
  client: OperationClient,
  id: operations['DeleteOrganizationScope']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationScope', method: 'DELETE', path: '/api/organization-scopes/{id}' },
    client.DELETE('/api/organization-scopes/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/organization-scopes/{id}` (operationId `GetOrganizationScope`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOrganizationScope(
  client: OperationClient,
  id: operations['GetOrganizationScope']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetOrganizationScope']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOrganizationScope']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOrganizationScope', method: 'GET', path: '/api/organization-scopes/{id}' },
    client.GET('/api/organization-scopes/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/organization-scopes` (operationId `ListOrganizationScopes`).
 *
 * One page per call; `listOrganizationScopesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `q`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationScopes(
  client: OperationClient,
  query?: NonNullable<operations['ListOrganizationScopes']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationScopes', method: 'GET', path: '/api/organization-scopes' },
    client.GET('/api/organization-scopes', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationScopes`, page after page: `GET /api/organization-scopes` (operationId `ListOrganizationScopes`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listOrganizationScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationScopesIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListOrganizationScopes']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationScopes']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationScopes', method: 'GET', path: '/api/organization-scopes' },
    (page, pageSize) =>
      client.GET('/api/organization-scopes', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PATCH /api/organization-scopes/{id}` (operationId `UpdateOrganizationScope`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateOrganizationScope(
  client: OperationClient,
  id: operations['UpdateOrganizationScope']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateOrganizationScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateOrganizationScope']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateOrganizationScope']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateOrganizationScope', method: 'PATCH', path: '/api/organization-scopes/{id}' },
    client.PATCH('/api/organization-scopes/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Organizations" (OrganizationsApi).

/**
 * `POST /api/organizations/{id}/applications` (operationId `AddOrganizationApplications`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function addOrganizationApplications(
  client: OperationClient,
  id: operations['AddOrganizationApplications']['parameters']['path']['id'],
  body: NonNullable<operations['AddOrganizationApplications']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'AddOrganizationApplications', method: 'POST', path: '/api/organizations/{id}/applications' },
    client.POST('/api/organizations/{id}/applications', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Add users to an organization
 *
 * Makes the given users members of the organization, without organization roles. Users who already are members, and
 * ids repeated in the list, are accepted and change nothing; the answer echoes the list as it was sent.
 *
 * `POST /api/organizations/{id}/users` (operationId `AddOrganizationUsers`).
 *
 * Responses:
 * - 201: The users are members. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: The organization or one of the users does not exist (`entity.relation_foreign_key_not_found`). Nobody is added. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body The users to add.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: The users are members).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function addOrganizationUsers(
  client: OperationClient,
  id: operations['AddOrganizationUsers']['parameters']['path']['id'],
  body: NonNullable<operations['AddOrganizationUsers']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['AddOrganizationUsers']['responses'][201]['content']['application/json']> {
  return unwrap<operations['AddOrganizationUsers']['responses'][201]['content']['application/json']>(
    { operationId: 'AddOrganizationUsers', method: 'POST', path: '/api/organizations/{id}/users' },
    client.POST('/api/organizations/{id}/users', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/applications/{applicationId}/roles` (operationId `AssignOrganizationRolesToApplication`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignOrganizationRolesToApplication(
  client: OperationClient,
  id: operations['AssignOrganizationRolesToApplication']['parameters']['path']['id'],
  applicationId: operations['AssignOrganizationRolesToApplication']['parameters']['path']['applicationId'],
  body: NonNullable<operations['AssignOrganizationRolesToApplication']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'AssignOrganizationRolesToApplication', method: 'POST', path: '/api/organizations/{id}/applications/{applicationId}/roles' },
    client.POST('/api/organizations/{id}/applications/{applicationId}/roles', {
      params: { path: { id, applicationId } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/applications/roles` (operationId `AssignOrganizationRolesToApplications`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignOrganizationRolesToApplications(
  client: OperationClient,
  id: operations['AssignOrganizationRolesToApplications']['parameters']['path']['id'],
  body: NonNullable<operations['AssignOrganizationRolesToApplications']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'AssignOrganizationRolesToApplications', method: 'POST', path: '/api/organizations/{id}/applications/roles' },
    client.POST('/api/organizations/{id}/applications/roles', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/users/{userId}/roles` (operationId `AssignOrganizationRolesToUser`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignOrganizationRolesToUser(
  client: OperationClient,
  id: operations['AssignOrganizationRolesToUser']['parameters']['path']['id'],
  userId: operations['AssignOrganizationRolesToUser']['parameters']['path']['userId'],
  body: NonNullable<operations['AssignOrganizationRolesToUser']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['AssignOrganizationRolesToUser']['responses'][201]['content']['application/json']> {
  return unwrap<operations['AssignOrganizationRolesToUser']['responses'][201]['content']['application/json']>(
    { operationId: 'AssignOrganizationRolesToUser', method: 'POST', path: '/api/organizations/{id}/users/{userId}/roles' },
    client.POST('/api/organizations/{id}/users/{userId}/roles', {
      params: { path: { id, userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/users/roles` (operationId `AssignOrganizationRolesToUsers`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignOrganizationRolesToUsers(
  client: OperationClient,
  id: operations['AssignOrganizationRolesToUsers']['parameters']['path']['id'],
  body: NonNullable<operations['AssignOrganizationRolesToUsers']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'AssignOrganizationRolesToUsers', method: 'POST', path: '/api/organizations/{id}/users/roles' },
    client.POST('/api/organizations/{id}/users/roles', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Create an organization
 *
 * Creates an organization in the tenant.
 *
 * `POST /api/organizations` (operationId `CreateOrganization`).
 *
 * Responses:
 * - 201: The organization was created. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: The request conflicts with stored data, for example a reference to an id that does not exist (`entity.relation_foreign_key_not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body The organization to create.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: The organization was created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganization(
  client: OperationClient,
  body: NonNullable<operations['CreateOrganization']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateOrganization']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateOrganization']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateOrganization', method: 'POST', path: '/api/organizations' },
    client.POST('/api/organizations', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/jit/email-domains` (operationId `CreateOrganizationJitEmailDomain`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationJitEmailDomain(
  client: OperationClient,
  id: operations['CreateOrganizationJitEmailDomain']['parameters']['path']['id'],
  body: NonNullable<operations['CreateOrganizationJitEmailDomain']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateOrganizationJitEmailDomain']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateOrganizationJitEmailDomain']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateOrganizationJitEmailDomain', method: 'POST', path: '/api/organizations/{id}/jit/email-domains' },
    client.POST('/api/organizations/{id}/jit/email-domains', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/jit/roles` (operationId `CreateOrganizationJitRole`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationJitRole(
  client: OperationClient,
  id: operations['CreateOrganizationJitRole']['parameters']['path']['id'],
  body: NonNullable<operations['CreateOrganizationJitRole']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateOrganizationJitRole', method: 'POST', path: '/api/organizations/{id}/jit/roles' },
    client.POST('/api/organizations/{id}/jit/roles', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/organizations/{id}/jit/sso-connectors` (operationId `CreateOrganizationJitSsoConnector`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createOrganizationJitSsoConnector(
  client: OperationClient,
  id: operations['CreateOrganizationJitSsoConnector']['parameters']['path']['id'],
  body: NonNullable<operations['CreateOrganizationJitSsoConnector']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateOrganizationJitSsoConnector', method: 'POST', path: '/api/organizations/{id}/jit/sso-connectors' },
    client.POST('/api/organizations/{id}/jit/sso-connectors', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Delete an organization
 *
 * Deletes an organization together with its memberships and its invitations.
 *
 * `DELETE /api/organizations/{id}` (operationId `DeleteOrganization`).
 *
 * Responses:
 * - 204: The organization is gone.
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: The organization is gone).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganization(
  client: OperationClient,
  id: operations['DeleteOrganization']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganization', method: 'DELETE', path: '/api/organizations/{id}' },
    client.DELETE('/api/organizations/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/applications/{applicationId}` (operationId `DeleteOrganizationApplication`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationApplication(
  client: OperationClient,
  id: operations['DeleteOrganizationApplication']['parameters']['path']['id'],
  applicationId: operations['DeleteOrganizationApplication']['parameters']['path']['applicationId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationApplication', method: 'DELETE', path: '/api/organizations/{id}/applications/{applicationId}' },
    client.DELETE('/api/organizations/{id}/applications/{applicationId}', {
      params: { path: { id, applicationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/applications/{applicationId}/roles/{organizationRoleId}` (operationId `DeleteOrganizationApplicationRole`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param organizationRoleId Path parameter `organizationRoleId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationApplicationRole(
  client: OperationClient,
  id: operations['DeleteOrganizationApplicationRole']['parameters']['path']['id'],
  applicationId: operations['DeleteOrganizationApplicationRole']['parameters']['path']['applicationId'],
  organizationRoleId: operations['DeleteOrganizationApplicationRole']['parameters']['path']['organizationRoleId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationApplicationRole', method: 'DELETE', path: '/api/organizations/{id}/applications/{applicationId}/roles/{organizationRoleId}' },
    client.DELETE('/api/organizations/{id}/applications/{applicationId}/roles/{organizationRoleId}', {
      params: { path: { id, applicationId, organizationRoleId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/jit/email-domains/{emailDomain}` (operationId `DeleteOrganizationJitEmailDomain`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param emailDomain Path parameter `emailDomain`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationJitEmailDomain(
  client: OperationClient,
  id: operations['DeleteOrganizationJitEmailDomain']['parameters']['path']['id'],
  emailDomain: operations['DeleteOrganizationJitEmailDomain']['parameters']['path']['emailDomain'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationJitEmailDomain', method: 'DELETE', path: '/api/organizations/{id}/jit/email-domains/{emailDomain}' },
    client.DELETE('/api/organizations/{id}/jit/email-domains/{emailDomain}', {
      params: { path: { id, emailDomain } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/jit/roles/{organizationRoleId}` (operationId `DeleteOrganizationJitRole`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param organizationRoleId Path parameter `organizationRoleId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationJitRole(
  client: OperationClient,
  id: operations['DeleteOrganizationJitRole']['parameters']['path']['id'],
  organizationRoleId: operations['DeleteOrganizationJitRole']['parameters']['path']['organizationRoleId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationJitRole', method: 'DELETE', path: '/api/organizations/{id}/jit/roles/{organizationRoleId}' },
    client.DELETE('/api/organizations/{id}/jit/roles/{organizationRoleId}', {
      params: { path: { id, organizationRoleId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/jit/sso-connectors/{ssoConnectorId}` (operationId `DeleteOrganizationJitSsoConnector`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param ssoConnectorId Path parameter `ssoConnectorId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationJitSsoConnector(
  client: OperationClient,
  id: operations['DeleteOrganizationJitSsoConnector']['parameters']['path']['id'],
  ssoConnectorId: operations['DeleteOrganizationJitSsoConnector']['parameters']['path']['ssoConnectorId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationJitSsoConnector', method: 'DELETE', path: '/api/organizations/{id}/jit/sso-connectors/{ssoConnectorId}' },
    client.DELETE('/api/organizations/{id}/jit/sso-connectors/{ssoConnectorId}', {
      params: { path: { id, ssoConnectorId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/users/{userId}` (operationId `DeleteOrganizationUser`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationUser(
  client: OperationClient,
  id: operations['DeleteOrganizationUser']['parameters']['path']['id'],
  userId: operations['DeleteOrganizationUser']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationUser', method: 'DELETE', path: '/api/organizations/{id}/users/{userId}' },
    client.DELETE('/api/organizations/{id}/users/{userId}', {
      params: { path: { id, userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/organizations/{id}/users/{userId}/roles/{organizationRoleId}` (operationId `DeleteOrganizationUserRole`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param organizationRoleId Path parameter `organizationRoleId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteOrganizationUserRole(
  client: OperationClient,
  id: operations['DeleteOrganizationUserRole']['parameters']['path']['id'],
  userId: operations['DeleteOrganizationUserRole']['parameters']['path']['userId'],
  organizationRoleId: operations['DeleteOrganizationUserRole']['parameters']['path']['organizationRoleId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteOrganizationUserRole', method: 'DELETE', path: '/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}' },
    client.DELETE('/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}', {
      params: { path: { id, userId, organizationRoleId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Get an organization
 *
 * Returns one organization.
 *
 * `GET /api/organizations/{id}` (operationId `GetOrganization`).
 *
 * Responses:
 * - 200: The organization. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: No organization has this id. Logto answers with its generic look-up error, `entity.not_exists_with_id`, not the `entity.not_found` of users, roles and invitations. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The organization).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getOrganization(
  client: OperationClient,
  id: operations['GetOrganization']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetOrganization']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetOrganization']['responses'][200]['content']['application/json']>(
    { operationId: 'GetOrganization', method: 'GET', path: '/api/organizations/{id}' },
    client.GET('/api/organizations/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/organizations/{id}/applications/{applicationId}/roles` (operationId `ListOrganizationApplicationRoles`).
 *
 * One page per call; `listOrganizationApplicationRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationApplicationRoles(
  client: OperationClient,
  id: operations['ListOrganizationApplicationRoles']['parameters']['path']['id'],
  applicationId: operations['ListOrganizationApplicationRoles']['parameters']['path']['applicationId'],
  query?: NonNullable<operations['ListOrganizationApplicationRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationApplicationRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationApplicationRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationApplicationRoles', method: 'GET', path: '/api/organizations/{id}/applications/{applicationId}/roles' },
    client.GET('/api/organizations/{id}/applications/{applicationId}/roles', {
      params: { path: { id, applicationId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationApplicationRoles`, page after page: `GET /api/organizations/{id}/applications/{applicationId}/roles` (operationId `ListOrganizationApplicationRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param query Query parameters as for `listOrganizationApplicationRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationApplicationRolesIterate(
  client: OperationClient,
  id: operations['ListOrganizationApplicationRoles']['parameters']['path']['id'],
  applicationId: operations['ListOrganizationApplicationRoles']['parameters']['path']['applicationId'],
  query?: Omit<NonNullable<operations['ListOrganizationApplicationRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationApplicationRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationApplicationRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationApplicationRoles', method: 'GET', path: '/api/organizations/{id}/applications/{applicationId}/roles' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/applications/{applicationId}/roles', {
        params: { path: { id, applicationId }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations/{id}/applications` (operationId `ListOrganizationApplications`).
 *
 * One page per call; `listOrganizationApplicationsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `q`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationApplications(
  client: OperationClient,
  id: operations['ListOrganizationApplications']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationApplications']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationApplications']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationApplications']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationApplications', method: 'GET', path: '/api/organizations/{id}/applications' },
    client.GET('/api/organizations/{id}/applications', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationApplications`, page after page: `GET /api/organizations/{id}/applications` (operationId `ListOrganizationApplications`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationApplications`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationApplicationsIterate(
  client: OperationClient,
  id: operations['ListOrganizationApplications']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationApplications']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationApplications']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationApplications']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationApplications', method: 'GET', path: '/api/organizations/{id}/applications' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/applications', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations/{id}/jit/email-domains` (operationId `ListOrganizationJitEmailDomains`).
 *
 * One page per call; `listOrganizationJitEmailDomainsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationJitEmailDomains(
  client: OperationClient,
  id: operations['ListOrganizationJitEmailDomains']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationJitEmailDomains']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationJitEmailDomains']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationJitEmailDomains']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationJitEmailDomains', method: 'GET', path: '/api/organizations/{id}/jit/email-domains' },
    client.GET('/api/organizations/{id}/jit/email-domains', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationJitEmailDomains`, page after page: `GET /api/organizations/{id}/jit/email-domains` (operationId `ListOrganizationJitEmailDomains`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationJitEmailDomains`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationJitEmailDomainsIterate(
  client: OperationClient,
  id: operations['ListOrganizationJitEmailDomains']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationJitEmailDomains']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationJitEmailDomains']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationJitEmailDomains']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationJitEmailDomains', method: 'GET', path: '/api/organizations/{id}/jit/email-domains' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/jit/email-domains', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations/{id}/jit/roles` (operationId `ListOrganizationJitRoles`).
 *
 * One page per call; `listOrganizationJitRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationJitRoles(
  client: OperationClient,
  id: operations['ListOrganizationJitRoles']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationJitRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationJitRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationJitRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationJitRoles', method: 'GET', path: '/api/organizations/{id}/jit/roles' },
    client.GET('/api/organizations/{id}/jit/roles', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationJitRoles`, page after page: `GET /api/organizations/{id}/jit/roles` (operationId `ListOrganizationJitRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationJitRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationJitRolesIterate(
  client: OperationClient,
  id: operations['ListOrganizationJitRoles']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationJitRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationJitRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationJitRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationJitRoles', method: 'GET', path: '/api/organizations/{id}/jit/roles' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/jit/roles', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations/{id}/jit/sso-connectors` (operationId `ListOrganizationJitSsoConnectors`).
 *
 * One page per call; `listOrganizationJitSsoConnectorsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationJitSsoConnectors(
  client: OperationClient,
  id: operations['ListOrganizationJitSsoConnectors']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationJitSsoConnectors']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationJitSsoConnectors']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationJitSsoConnectors']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationJitSsoConnectors', method: 'GET', path: '/api/organizations/{id}/jit/sso-connectors' },
    client.GET('/api/organizations/{id}/jit/sso-connectors', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationJitSsoConnectors`, page after page: `GET /api/organizations/{id}/jit/sso-connectors` (operationId `ListOrganizationJitSsoConnectors`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationJitSsoConnectors`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationJitSsoConnectorsIterate(
  client: OperationClient,
  id: operations['ListOrganizationJitSsoConnectors']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationJitSsoConnectors']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationJitSsoConnectors']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationJitSsoConnectors']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationJitSsoConnectors', method: 'GET', path: '/api/organizations/{id}/jit/sso-connectors' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/jit/sso-connectors', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations/{id}/users/{userId}/roles` (operationId `ListOrganizationUserRoles`).
 *
 * One page per call; `listOrganizationUserRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationUserRoles(
  client: OperationClient,
  id: operations['ListOrganizationUserRoles']['parameters']['path']['id'],
  userId: operations['ListOrganizationUserRoles']['parameters']['path']['userId'],
  query?: NonNullable<operations['ListOrganizationUserRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationUserRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationUserRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationUserRoles', method: 'GET', path: '/api/organizations/{id}/users/{userId}/roles' },
    client.GET('/api/organizations/{id}/users/{userId}/roles', {
      params: { path: { id, userId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationUserRoles`, page after page: `GET /api/organizations/{id}/users/{userId}/roles` (operationId `ListOrganizationUserRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters as for `listOrganizationUserRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationUserRolesIterate(
  client: OperationClient,
  id: operations['ListOrganizationUserRoles']['parameters']['path']['id'],
  userId: operations['ListOrganizationUserRoles']['parameters']['path']['userId'],
  query?: Omit<NonNullable<operations['ListOrganizationUserRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationUserRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationUserRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationUserRoles', method: 'GET', path: '/api/organizations/{id}/users/{userId}/roles' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/users/{userId}/roles', {
        params: { path: { id, userId }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations/{id}/users/{userId}/scopes` (operationId `ListOrganizationUserScopes`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationUserScopes(
  client: OperationClient,
  id: operations['ListOrganizationUserScopes']['parameters']['path']['id'],
  userId: operations['ListOrganizationUserScopes']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListOrganizationUserScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationUserScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationUserScopes', method: 'GET', path: '/api/organizations/{id}/users/{userId}/scopes' },
    client.GET('/api/organizations/{id}/users/{userId}/scopes', {
      params: { path: { id, userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * List the members of an organization
 *
 * Returns one page of the organization's members, ordered by user id, each with the organization roles held in it
 * (ordered by role name). The total count is in the `Total-Number` header. Members carry the user fields without
 * `hasPassword`. The organization is not looked up: an id that names no organization gives an empty page with
 * `Total-Number: 0`, not a 404.
 *
 * `GET /api/organizations/{id}/users` (operationId `ListOrganizationUsers`).
 *
 * One page per call; `listOrganizationUsersIterate` walks every page.
 *
 * Responses:
 * - 200: One page of members. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `q`
 *   - `organizationRoleId`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: One page of members).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizationUsers(
  client: OperationClient,
  id: operations['ListOrganizationUsers']['parameters']['path']['id'],
  query?: NonNullable<operations['ListOrganizationUsers']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizationUsers']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizationUsers']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizationUsers', method: 'GET', path: '/api/organizations/{id}/users' },
    client.GET('/api/organizations/{id}/users', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizationUsers`, page after page: `GET /api/organizations/{id}/users` (operationId `ListOrganizationUsers`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listOrganizationUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationUsersIterate(
  client: OperationClient,
  id: operations['ListOrganizationUsers']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListOrganizationUsers']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizationUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizationUsers']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizationUsers', method: 'GET', path: '/api/organizations/{id}/users' },
    (page, pageSize) =>
      client.GET('/api/organizations/{id}/users', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/organizations` (operationId `ListOrganizations`).
 *
 * One page per call; `listOrganizationsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `q`
 *   - `showFeatured`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listOrganizations(
  client: OperationClient,
  query?: NonNullable<operations['ListOrganizations']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListOrganizations']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListOrganizations']['responses'][200]['content']['application/json']>(
    { operationId: 'ListOrganizations', method: 'GET', path: '/api/organizations' },
    client.GET('/api/organizations', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listOrganizations`, page after page: `GET /api/organizations` (operationId `ListOrganizations`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listOrganizations`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listOrganizationsIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListOrganizations']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListOrganizations']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListOrganizations']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListOrganizations', method: 'GET', path: '/api/organizations' },
    (page, pageSize) =>
      client.GET('/api/organizations', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PUT /api/organizations/{id}/applications/{applicationId}/roles` (operationId `ReplaceOrganizationApplicationRoles`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationApplicationRoles(
  client: OperationClient,
  id: operations['ReplaceOrganizationApplicationRoles']['parameters']['path']['id'],
  applicationId: operations['ReplaceOrganizationApplicationRoles']['parameters']['path']['applicationId'],
  body: NonNullable<operations['ReplaceOrganizationApplicationRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationApplicationRoles', method: 'PUT', path: '/api/organizations/{id}/applications/{applicationId}/roles' },
    client.PUT('/api/organizations/{id}/applications/{applicationId}/roles', {
      params: { path: { id, applicationId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organizations/{id}/applications` (operationId `ReplaceOrganizationApplications`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationApplications(
  client: OperationClient,
  id: operations['ReplaceOrganizationApplications']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationApplications']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationApplications', method: 'PUT', path: '/api/organizations/{id}/applications' },
    client.PUT('/api/organizations/{id}/applications', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organizations/{id}/jit/email-domains` (operationId `ReplaceOrganizationJitEmailDomains`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Content [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationJitEmailDomains(
  client: OperationClient,
  id: operations['ReplaceOrganizationJitEmailDomains']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationJitEmailDomains']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationJitEmailDomains', method: 'PUT', path: '/api/organizations/{id}/jit/email-domains' },
    client.PUT('/api/organizations/{id}/jit/email-domains', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organizations/{id}/jit/roles` (operationId `ReplaceOrganizationJitRoles`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationJitRoles(
  client: OperationClient,
  id: operations['ReplaceOrganizationJitRoles']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationJitRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationJitRoles', method: 'PUT', path: '/api/organizations/{id}/jit/roles' },
    client.PUT('/api/organizations/{id}/jit/roles', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organizations/{id}/jit/sso-connectors` (operationId `ReplaceOrganizationJitSsoConnectors`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationJitSsoConnectors(
  client: OperationClient,
  id: operations['ReplaceOrganizationJitSsoConnectors']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationJitSsoConnectors']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationJitSsoConnectors', method: 'PUT', path: '/api/organizations/{id}/jit/sso-connectors' },
    client.PUT('/api/organizations/{id}/jit/sso-connectors', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organizations/{id}/users/{userId}/roles` (operationId `ReplaceOrganizationUserRoles`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationUserRoles(
  client: OperationClient,
  id: operations['ReplaceOrganizationUserRoles']['parameters']['path']['id'],
  userId: operations['ReplaceOrganizationUserRoles']['parameters']['path']['userId'],
  body: NonNullable<operations['ReplaceOrganizationUserRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationUserRoles', method: 'PUT', path: '/api/organizations/{id}/users/{userId}/roles' },
    client.PUT('/api/organizations/{id}/users/{userId}/roles', {
      params: { path: { id, userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/organizations/{id}/users` (operationId `ReplaceOrganizationUsers`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceOrganizationUsers(
  client: OperationClient,
  id: operations['ReplaceOrganizationUsers']['parameters']['path']['id'],
  body: NonNullable<operations['ReplaceOrganizationUsers']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'ReplaceOrganizationUsers', method: 'PUT', path: '/api/organizations/{id}/users' },
    client.PUT('/api/organizations/{id}/users', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/organizations/{id}` (operationId `UpdateOrganization`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateOrganization(
  client: OperationClient,
  id: operations['UpdateOrganization']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateOrganization']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateOrganization']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateOrganization']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateOrganization', method: 'PATCH', path: '/api/organizations/{id}' },
    client.PATCH('/api/organizations/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Resources" (ResourcesApi).

/**
 * `POST /api/resources` (operationId `CreateResource`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createResource(
  client: OperationClient,
  body: NonNullable<operations['CreateResource']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateResource']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateResource']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateResource', method: 'POST', path: '/api/resources' },
    client.POST('/api/resources', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/resources/{resourceId}/scopes` (operationId `CreateResourceScope`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param resourceId Path parameter `resourceId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createResourceScope(
  client: OperationClient,
  resourceId: operations['CreateResourceScope']['parameters']['path']['resourceId'],
  body: NonNullable<operations['CreateResourceScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateResourceScope']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateResourceScope']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateResourceScope', method: 'POST', path: '/api/resources/{resourceId}/scopes' },
    client.POST('/api/resources/{resourceId}/scopes', {
      params: { path: { resourceId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/resources/{id}` (operationId `DeleteResource`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteResource(
  client: OperationClient,
  id: operations['DeleteResource']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteResource', method: 'DELETE', path: '/api/resources/{id}' },
    client.DELETE('/api/resources/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/resources/{resourceId}/scopes/{scopeId}` (operationId `DeleteResourceScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param resourceId Path parameter `resourceId`.
 * @param scopeId Path parameter `scopeId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteResourceScope(
  client: OperationClient,
  resourceId: operations['DeleteResourceScope']['parameters']['path']['resourceId'],
  scopeId: operations['DeleteResourceScope']['parameters']['path']['scopeId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteResourceScope', method: 'DELETE', path: '/api/resources/{resourceId}/scopes/{scopeId}' },
    client.DELETE('/api/resources/{resourceId}/scopes/{scopeId}', {
      params: { path: { resourceId, scopeId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/resources/{id}` (operationId `GetResource`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getResource(
  client: OperationClient,
  id: operations['GetResource']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetResource']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetResource']['responses'][200]['content']['application/json']>(
    { operationId: 'GetResource', method: 'GET', path: '/api/resources/{id}' },
    client.GET('/api/resources/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/resources/{resourceId}/scopes` (operationId `ListResourceScopes`).
 *
 * One page per call; `listResourceScopesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param resourceId Path parameter `resourceId`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listResourceScopes(
  client: OperationClient,
  resourceId: operations['ListResourceScopes']['parameters']['path']['resourceId'],
  query?: NonNullable<operations['ListResourceScopes']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListResourceScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListResourceScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListResourceScopes', method: 'GET', path: '/api/resources/{resourceId}/scopes' },
    client.GET('/api/resources/{resourceId}/scopes', {
      params: { path: { resourceId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listResourceScopes`, page after page: `GET /api/resources/{resourceId}/scopes` (operationId `ListResourceScopes`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param resourceId Path parameter `resourceId`.
 * @param query Query parameters as for `listResourceScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listResourceScopesIterate(
  client: OperationClient,
  resourceId: operations['ListResourceScopes']['parameters']['path']['resourceId'],
  query?: Omit<NonNullable<operations['ListResourceScopes']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListResourceScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListResourceScopes']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListResourceScopes', method: 'GET', path: '/api/resources/{resourceId}/scopes' },
    (page, pageSize) =>
      client.GET('/api/resources/{resourceId}/scopes', {
        params: { path: { resourceId }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/resources` (operationId `ListResources`).
 *
 * One page per call; `listResourcesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `includeScopes`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listResources(
  client: OperationClient,
  query?: NonNullable<operations['ListResources']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListResources']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListResources']['responses'][200]['content']['application/json']>(
    { operationId: 'ListResources', method: 'GET', path: '/api/resources' },
    client.GET('/api/resources', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listResources`, page after page: `GET /api/resources` (operationId `ListResources`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listResources`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listResourcesIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListResources']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListResources']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListResources']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListResources', method: 'GET', path: '/api/resources' },
    (page, pageSize) =>
      client.GET('/api/resources', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PATCH /api/resources/{id}` (operationId `UpdateResource`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateResource(
  client: OperationClient,
  id: operations['UpdateResource']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateResource']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateResource']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateResource']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateResource', method: 'PATCH', path: '/api/resources/{id}' },
    client.PATCH('/api/resources/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/resources/{id}/is-default` (operationId `UpdateResourceIsDefault`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateResourceIsDefault(
  client: OperationClient,
  id: operations['UpdateResourceIsDefault']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateResourceIsDefault']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateResourceIsDefault']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateResourceIsDefault']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateResourceIsDefault', method: 'PATCH', path: '/api/resources/{id}/is-default' },
    client.PATCH('/api/resources/{id}/is-default', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/resources/{resourceId}/scopes/{scopeId}` (operationId `UpdateResourceScope`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param resourceId Path parameter `resourceId`.
 * @param scopeId Path parameter `scopeId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateResourceScope(
  client: OperationClient,
  resourceId: operations['UpdateResourceScope']['parameters']['path']['resourceId'],
  scopeId: operations['UpdateResourceScope']['parameters']['path']['scopeId'],
  body: NonNullable<operations['UpdateResourceScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateResourceScope']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateResourceScope']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateResourceScope', method: 'PATCH', path: '/api/resources/{resourceId}/scopes/{scopeId}' },
    client.PATCH('/api/resources/{resourceId}/scopes/{scopeId}', {
      params: { path: { resourceId, scopeId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Roles" (RolesApi).

/**
 * `POST /api/roles` (operationId `CreateRole`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createRole(
  client: OperationClient,
  body: NonNullable<operations['CreateRole']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateRole']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateRole']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateRole', method: 'POST', path: '/api/roles' },
    client.POST('/api/roles', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/roles/{id}/applications` (operationId `CreateRoleApplication`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createRoleApplication(
  client: OperationClient,
  id: operations['CreateRoleApplication']['parameters']['path']['id'],
  body: NonNullable<operations['CreateRoleApplication']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateRoleApplication', method: 'POST', path: '/api/roles/{id}/applications' },
    client.POST('/api/roles/{id}/applications', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/roles/{id}/scopes` (operationId `CreateRoleScope`).
 *
 * Responses:
 * - 200: OK
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createRoleScope(
  client: OperationClient,
  id: operations['CreateRoleScope']['parameters']['path']['id'],
  body: NonNullable<operations['CreateRoleScope']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<undefined | operations['CreateRoleScope']['responses'][201]['content']['application/json']> {
  return unwrap<undefined | operations['CreateRoleScope']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateRoleScope', method: 'POST', path: '/api/roles/{id}/scopes' },
    client.POST('/api/roles/{id}/scopes', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/roles/{id}/users` (operationId `CreateRoleUser`).
 *
 * Responses:
 * - 201: Created [text/plain]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createRoleUser(
  client: OperationClient,
  id: operations['CreateRoleUser']['parameters']['path']['id'],
  body: NonNullable<operations['CreateRoleUser']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<string> {
  return unwrap<string>(
    { operationId: 'CreateRoleUser', method: 'POST', path: '/api/roles/{id}/users' },
    client.POST('/api/roles/{id}/users', {
      params: { path: { id } },
      body,
      parseAs: 'text',
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/roles/{id}` (operationId `DeleteRole`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteRole(
  client: OperationClient,
  id: operations['DeleteRole']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteRole', method: 'DELETE', path: '/api/roles/{id}' },
    client.DELETE('/api/roles/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/roles/{id}/applications/{applicationId}` (operationId `DeleteRoleApplication`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param applicationId Path parameter `applicationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteRoleApplication(
  client: OperationClient,
  id: operations['DeleteRoleApplication']['parameters']['path']['id'],
  applicationId: operations['DeleteRoleApplication']['parameters']['path']['applicationId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteRoleApplication', method: 'DELETE', path: '/api/roles/{id}/applications/{applicationId}' },
    client.DELETE('/api/roles/{id}/applications/{applicationId}', {
      params: { path: { id, applicationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/roles/{id}/scopes/{scopeId}` (operationId `DeleteRoleScope`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param scopeId Path parameter `scopeId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteRoleScope(
  client: OperationClient,
  id: operations['DeleteRoleScope']['parameters']['path']['id'],
  scopeId: operations['DeleteRoleScope']['parameters']['path']['scopeId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteRoleScope', method: 'DELETE', path: '/api/roles/{id}/scopes/{scopeId}' },
    client.DELETE('/api/roles/{id}/scopes/{scopeId}', {
      params: { path: { id, scopeId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/roles/{id}/users/{userId}` (operationId `DeleteRoleUser`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteRoleUser(
  client: OperationClient,
  id: operations['DeleteRoleUser']['parameters']['path']['id'],
  userId: operations['DeleteRoleUser']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteRoleUser', method: 'DELETE', path: '/api/roles/{id}/users/{userId}' },
    client.DELETE('/api/roles/{id}/users/{userId}', {
      params: { path: { id, userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/roles/{id}` (operationId `GetRole`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getRole(
  client: OperationClient,
  id: operations['GetRole']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetRole']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetRole']['responses'][200]['content']['application/json']>(
    { operationId: 'GetRole', method: 'GET', path: '/api/roles/{id}' },
    client.GET('/api/roles/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/roles/{id}/applications` (operationId `ListRoleApplications`).
 *
 * One page per call; `listRoleApplicationsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listRoleApplications(
  client: OperationClient,
  id: operations['ListRoleApplications']['parameters']['path']['id'],
  query?: NonNullable<operations['ListRoleApplications']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListRoleApplications']['responses'][200]['content']['application/json'] | undefined> {
  return unwrap<operations['ListRoleApplications']['responses'][200]['content']['application/json'] | undefined>(
    { operationId: 'ListRoleApplications', method: 'GET', path: '/api/roles/{id}/applications' },
    client.GET('/api/roles/{id}/applications', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listRoleApplications`, page after page: `GET /api/roles/{id}/applications` (operationId `ListRoleApplications`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listRoleApplications`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listRoleApplicationsIterate(
  client: OperationClient,
  id: operations['ListRoleApplications']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListRoleApplications']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListRoleApplications']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListRoleApplications']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListRoleApplications', method: 'GET', path: '/api/roles/{id}/applications' },
    (page, pageSize) =>
      client.GET('/api/roles/{id}/applications', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/roles/{id}/scopes` (operationId `ListRoleScopes`).
 *
 * One page per call; `listRoleScopesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listRoleScopes(
  client: OperationClient,
  id: operations['ListRoleScopes']['parameters']['path']['id'],
  query?: NonNullable<operations['ListRoleScopes']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListRoleScopes']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListRoleScopes']['responses'][200]['content']['application/json']>(
    { operationId: 'ListRoleScopes', method: 'GET', path: '/api/roles/{id}/scopes' },
    client.GET('/api/roles/{id}/scopes', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listRoleScopes`, page after page: `GET /api/roles/{id}/scopes` (operationId `ListRoleScopes`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listRoleScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listRoleScopesIterate(
  client: OperationClient,
  id: operations['ListRoleScopes']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListRoleScopes']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListRoleScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListRoleScopes']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListRoleScopes', method: 'GET', path: '/api/roles/{id}/scopes' },
    (page, pageSize) =>
      client.GET('/api/roles/{id}/scopes', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/roles/{id}/users` (operationId `ListRoleUsers`).
 *
 * One page per call; `listRoleUsersIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listRoleUsers(
  client: OperationClient,
  id: operations['ListRoleUsers']['parameters']['path']['id'],
  query?: NonNullable<operations['ListRoleUsers']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListRoleUsers']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListRoleUsers']['responses'][200]['content']['application/json']>(
    { operationId: 'ListRoleUsers', method: 'GET', path: '/api/roles/{id}/users' },
    client.GET('/api/roles/{id}/users', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listRoleUsers`, page after page: `GET /api/roles/{id}/users` (operationId `ListRoleUsers`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters as for `listRoleUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listRoleUsersIterate(
  client: OperationClient,
  id: operations['ListRoleUsers']['parameters']['path']['id'],
  query?: Omit<NonNullable<operations['ListRoleUsers']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListRoleUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListRoleUsers']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListRoleUsers', method: 'GET', path: '/api/roles/{id}/users' },
    (page, pageSize) =>
      client.GET('/api/roles/{id}/users', {
        params: { path: { id }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/roles` (operationId `ListRoles`).
 *
 * One page per call; `listRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `excludeUserId`
 *   - `excludeApplicationId`
 *   - `type`
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listRoles(
  client: OperationClient,
  query?: NonNullable<operations['ListRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListRoles', method: 'GET', path: '/api/roles' },
    client.GET('/api/roles', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listRoles`, page after page: `GET /api/roles` (operationId `ListRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listRolesIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListRoles', method: 'GET', path: '/api/roles' },
    (page, pageSize) =>
      client.GET('/api/roles', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PATCH /api/roles/{id}` (operationId `UpdateRole`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateRole(
  client: OperationClient,
  id: operations['UpdateRole']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateRole']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateRole']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateRole']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateRole', method: 'PATCH', path: '/api/roles/{id}' },
    client.PATCH('/api/roles/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "SAML applications" (SAMLApplicationsApi).

/**
 * `POST /api/saml-applications` (operationId `CreateSamlApplication`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createSamlApplication(
  client: OperationClient,
  body: NonNullable<operations['CreateSamlApplication']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateSamlApplication']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateSamlApplication']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateSamlApplication', method: 'POST', path: '/api/saml-applications' },
    client.POST('/api/saml-applications', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/saml-applications/{id}/secrets` (operationId `CreateSamlApplicationSecret`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createSamlApplicationSecret(
  client: OperationClient,
  id: operations['CreateSamlApplicationSecret']['parameters']['path']['id'],
  body: NonNullable<operations['CreateSamlApplicationSecret']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateSamlApplicationSecret']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateSamlApplicationSecret']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateSamlApplicationSecret', method: 'POST', path: '/api/saml-applications/{id}/secrets' },
    client.POST('/api/saml-applications/{id}/secrets', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/saml-applications/{id}` (operationId `DeleteSamlApplication`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteSamlApplication(
  client: OperationClient,
  id: operations['DeleteSamlApplication']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteSamlApplication', method: 'DELETE', path: '/api/saml-applications/{id}' },
    client.DELETE('/api/saml-applications/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/saml-applications/{id}/secrets/{secretId}` (operationId `DeleteSamlApplicationSecret`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param secretId Path parameter `secretId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteSamlApplicationSecret(
  client: OperationClient,
  id: operations['DeleteSamlApplicationSecret']['parameters']['path']['id'],
  secretId: operations['DeleteSamlApplicationSecret']['parameters']['path']['secretId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteSamlApplicationSecret', method: 'DELETE', path: '/api/saml-applications/{id}/secrets/{secretId}' },
    client.DELETE('/api/saml-applications/{id}/secrets/{secretId}', {
      params: { path: { id, secretId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/saml-applications/{id}` (operationId `GetSamlApplication`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSamlApplication(
  client: OperationClient,
  id: operations['GetSamlApplication']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetSamlApplication']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSamlApplication']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSamlApplication', method: 'GET', path: '/api/saml-applications/{id}' },
    client.GET('/api/saml-applications/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/saml-applications/{id}/callback` (operationId `GetSamlApplicationCallback`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `code`
 *   - `state`
 *   - `redirectUri`
 *   - `error`
 *   - `error_description`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSamlApplicationCallback(
  client: OperationClient,
  id: operations['GetSamlApplicationCallback']['parameters']['path']['id'],
  query?: NonNullable<operations['GetSamlApplicationCallback']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetSamlApplicationCallback']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSamlApplicationCallback']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSamlApplicationCallback', method: 'GET', path: '/api/saml-applications/{id}/callback' },
    client.GET('/api/saml-applications/{id}/callback', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/saml-applications/{id}/metadata` (operationId `ListSamlApplicationMetadata`).
 *
 * Responses:
 * - 200: OK [application/json, text/xml]
 * - 400: Bad Request [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listSamlApplicationMetadata(
  client: OperationClient,
  id: operations['ListSamlApplicationMetadata']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['ListSamlApplicationMetadata']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListSamlApplicationMetadata']['responses'][200]['content']['application/json']>(
    { operationId: 'ListSamlApplicationMetadata', method: 'GET', path: '/api/saml-applications/{id}/metadata' },
    client.GET('/api/saml-applications/{id}/metadata', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/saml-applications/{id}/secrets` (operationId `ListSamlApplicationSecrets`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listSamlApplicationSecrets(
  client: OperationClient,
  id: operations['ListSamlApplicationSecrets']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['ListSamlApplicationSecrets']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListSamlApplicationSecrets']['responses'][200]['content']['application/json']>(
    { operationId: 'ListSamlApplicationSecrets', method: 'GET', path: '/api/saml-applications/{id}/secrets' },
    client.GET('/api/saml-applications/{id}/secrets', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/saml-applications/{id}` (operationId `UpdateSamlApplication`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateSamlApplication(
  client: OperationClient,
  id: operations['UpdateSamlApplication']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateSamlApplication']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateSamlApplication']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateSamlApplication']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateSamlApplication', method: 'PATCH', path: '/api/saml-applications/{id}' },
    client.PATCH('/api/saml-applications/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/saml-applications/{id}/secrets/{secretId}` (operationId `UpdateSamlApplicationSecret`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param secretId Path parameter `secretId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateSamlApplicationSecret(
  client: OperationClient,
  id: operations['UpdateSamlApplicationSecret']['parameters']['path']['id'],
  secretId: operations['UpdateSamlApplicationSecret']['parameters']['path']['secretId'],
  body: NonNullable<operations['UpdateSamlApplicationSecret']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateSamlApplicationSecret']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateSamlApplicationSecret']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateSamlApplicationSecret', method: 'PATCH', path: '/api/saml-applications/{id}/secrets/{secretId}' },
    client.PATCH('/api/saml-applications/{id}/secrets/{secretId}', {
      params: { path: { id, secretId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "SAML applications auth flow" (SAMLApplicationsAuthFlowApi).

/**
 * `POST /api/saml/{id}/authn` (operationId `CreateSamlAuthn`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 302: Found [text/plain]
 * - 400: Bad Request [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createSamlAuthn(
  client: OperationClient,
  id: operations['CreateSamlAuthn']['parameters']['path']['id'],
  body: NonNullable<operations['CreateSamlAuthn']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateSamlAuthn']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateSamlAuthn']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateSamlAuthn', method: 'POST', path: '/api/saml/{id}/authn' },
    client.POST('/api/saml/{id}/authn', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/saml/{id}/authn` (operationId `GetSamlAuthn`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 302: Found [text/plain]
 * - 400: Bad Request [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param query Query parameters:
 *   - `SAMLRequest` (required)
 *   - `Signature`
 *   - `SigAlg`
 *   - `RelayState`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSamlAuthn(
  client: OperationClient,
  id: operations['GetSamlAuthn']['parameters']['path']['id'],
  query: NonNullable<operations['GetSamlAuthn']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetSamlAuthn']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSamlAuthn']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSamlAuthn', method: 'GET', path: '/api/saml/{id}/authn' },
    client.GET('/api/saml/{id}/authn', {
      params: { path: { id }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "SSO connector providers" (SSOConnectorProvidersApi).

/**
 * `GET /api/sso-connector-providers` (operationId `ListSsoConnectorProviders`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listSsoConnectorProviders(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['ListSsoConnectorProviders']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListSsoConnectorProviders']['responses'][200]['content']['application/json']>(
    { operationId: 'ListSsoConnectorProviders', method: 'GET', path: '/api/sso-connector-providers' },
    client.GET('/api/sso-connector-providers', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "SSO connectors" (SSOConnectorsApi).

/**
 * `POST /api/sso-connectors` (operationId `CreateSsoConnector`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 409: Conflict [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createSsoConnector(
  client: OperationClient,
  body: NonNullable<operations['CreateSsoConnector']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateSsoConnector']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateSsoConnector']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateSsoConnector', method: 'POST', path: '/api/sso-connectors' },
    client.POST('/api/sso-connectors', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/sso-connectors/{id}/signing-keys` (operationId `CreateSsoConnectorSigningKey`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createSsoConnectorSigningKey(
  client: OperationClient,
  id: operations['CreateSsoConnectorSigningKey']['parameters']['path']['id'],
  body: NonNullable<operations['CreateSsoConnectorSigningKey']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateSsoConnectorSigningKey']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateSsoConnectorSigningKey']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateSsoConnectorSigningKey', method: 'POST', path: '/api/sso-connectors/{id}/signing-keys' },
    client.POST('/api/sso-connectors/{id}/signing-keys', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/sso-connectors/{id}` (operationId `DeleteSsoConnector`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteSsoConnector(
  client: OperationClient,
  id: operations['DeleteSsoConnector']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteSsoConnector', method: 'DELETE', path: '/api/sso-connectors/{id}' },
    client.DELETE('/api/sso-connectors/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/sso-connectors/{id}/signing-keys/{keyId}` (operationId `DeleteSsoConnectorSigningKey`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param keyId Path parameter `keyId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteSsoConnectorSigningKey(
  client: OperationClient,
  id: operations['DeleteSsoConnectorSigningKey']['parameters']['path']['id'],
  keyId: operations['DeleteSsoConnectorSigningKey']['parameters']['path']['keyId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteSsoConnectorSigningKey', method: 'DELETE', path: '/api/sso-connectors/{id}/signing-keys/{keyId}' },
    client.DELETE('/api/sso-connectors/{id}/signing-keys/{keyId}', {
      params: { path: { id, keyId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/sso-connectors/{id}` (operationId `GetSsoConnector`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSsoConnector(
  client: OperationClient,
  id: operations['GetSsoConnector']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['GetSsoConnector']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSsoConnector']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSsoConnector', method: 'GET', path: '/api/sso-connectors/{id}' },
    client.GET('/api/sso-connectors/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/sso-connectors/{id}/signing-keys` (operationId `ListSsoConnectorSigningKeys`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listSsoConnectorSigningKeys(
  client: OperationClient,
  id: operations['ListSsoConnectorSigningKeys']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<operations['ListSsoConnectorSigningKeys']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListSsoConnectorSigningKeys']['responses'][200]['content']['application/json']>(
    { operationId: 'ListSsoConnectorSigningKeys', method: 'GET', path: '/api/sso-connectors/{id}/signing-keys' },
    client.GET('/api/sso-connectors/{id}/signing-keys', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/sso-connectors` (operationId `ListSsoConnectors`).
 *
 * One page per call; `listSsoConnectorsIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listSsoConnectors(
  client: OperationClient,
  query?: NonNullable<operations['ListSsoConnectors']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListSsoConnectors']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListSsoConnectors']['responses'][200]['content']['application/json']>(
    { operationId: 'ListSsoConnectors', method: 'GET', path: '/api/sso-connectors' },
    client.GET('/api/sso-connectors', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listSsoConnectors`, page after page: `GET /api/sso-connectors` (operationId `ListSsoConnectors`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listSsoConnectors`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listSsoConnectorsIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListSsoConnectors']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListSsoConnectors']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListSsoConnectors']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListSsoConnectors', method: 'GET', path: '/api/sso-connectors' },
    (page, pageSize) =>
      client.GET('/api/sso-connectors', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PATCH /api/sso-connectors/{id}` (operationId `UpdateSsoConnector`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 409: Conflict [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateSsoConnector(
  client: OperationClient,
  id: operations['UpdateSsoConnector']['parameters']['path']['id'],
  body: NonNullable<operations['UpdateSsoConnector']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateSsoConnector']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateSsoConnector']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateSsoConnector', method: 'PATCH', path: '/api/sso-connectors/{id}' },
    client.PATCH('/api/sso-connectors/{id}', {
      params: { path: { id } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/sso-connectors/{id}/signing-keys/{keyId}` (operationId `UpdateSsoConnectorSigningKey`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param keyId Path parameter `keyId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateSsoConnectorSigningKey(
  client: OperationClient,
  id: operations['UpdateSsoConnectorSigningKey']['parameters']['path']['id'],
  keyId: operations['UpdateSsoConnectorSigningKey']['parameters']['path']['keyId'],
  body: NonNullable<operations['UpdateSsoConnectorSigningKey']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateSsoConnectorSigningKey']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateSsoConnectorSigningKey']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateSsoConnectorSigningKey', method: 'PATCH', path: '/api/sso-connectors/{id}/signing-keys/{keyId}' },
    client.PATCH('/api/sso-connectors/{id}/signing-keys/{keyId}', {
      params: { path: { id, keyId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Secrets" (SecretsApi).

/**
 * `DELETE /api/secrets/{id}` (operationId `DeleteSecret`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param id Path parameter `id`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteSecret(
  client: OperationClient,
  id: operations['DeleteSecret']['parameters']['path']['id'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteSecret', method: 'DELETE', path: '/api/secrets/{id}' },
    client.DELETE('/api/secrets/{id}', {
      params: { path: { id } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Sentinel activities" (SentinelActivitiesApi).

/**
 * `POST /api/sentinel-activities/delete` (operationId `DeleteSentinelActivities`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteSentinelActivities(
  client: OperationClient,
  body: NonNullable<operations['DeleteSentinelActivities']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteSentinelActivities', method: 'POST', path: '/api/sentinel-activities/delete' },
    client.POST('/api/sentinel-activities/delete', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Sign-in experience" (SignInExperienceApi).

/**
 * `POST /api/sign-in-exp/default/check-password` (operationId `CheckPasswordWithDefaultSignInExperience`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function checkPasswordWithDefaultSignInExperience(
  client: OperationClient,
  body: NonNullable<operations['CheckPasswordWithDefaultSignInExperience']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CheckPasswordWithDefaultSignInExperience']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CheckPasswordWithDefaultSignInExperience']['responses'][200]['content']['application/json']>(
    { operationId: 'CheckPasswordWithDefaultSignInExperience', method: 'POST', path: '/api/sign-in-exp/default/check-password' },
    client.POST('/api/sign-in-exp/default/check-password', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/sign-in-exp` (operationId `GetSignInExp`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSignInExp(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetSignInExp']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSignInExp']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSignInExp', method: 'GET', path: '/api/sign-in-exp' },
    client.GET('/api/sign-in-exp', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/sign-in-exp/username-policy/case-sensitivity-conflicts` (operationId `GetUsernameCaseSensitivityConflicts`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `limit` (required)
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUsernameCaseSensitivityConflicts(
  client: OperationClient,
  query: NonNullable<operations['GetUsernameCaseSensitivityConflicts']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetUsernameCaseSensitivityConflicts']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUsernameCaseSensitivityConflicts']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUsernameCaseSensitivityConflicts', method: 'GET', path: '/api/sign-in-exp/username-policy/case-sensitivity-conflicts' },
    client.GET('/api/sign-in-exp/username-policy/case-sensitivity-conflicts', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/sign-in-exp` (operationId `UpdateSignInExp`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 409: Conflict [application/json]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param query Query parameters:
 *   - `removeUnusedDemoSocialConnector`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateSignInExp(
  client: OperationClient,
  body: NonNullable<operations['UpdateSignInExp']['requestBody']>['content']['application/json'],
  query?: NonNullable<operations['UpdateSignInExp']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['UpdateSignInExp']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateSignInExp']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateSignInExp', method: 'PATCH', path: '/api/sign-in-exp' },
    client.PATCH('/api/sign-in-exp', {
      params: { query },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/sign-in-exp/default/custom-ui-assets` (operationId `UploadCustomUiAssets`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (multipart/form-data).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function uploadCustomUiAssets(
  client: OperationClient,
  body?: NonNullable<operations['UploadCustomUiAssets']['requestBody']>['content']['multipart/form-data'],
  options?: OperationOptions,
): Promise<operations['UploadCustomUiAssets']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UploadCustomUiAssets']['responses'][200]['content']['application/json']>(
    { operationId: 'UploadCustomUiAssets', method: 'POST', path: '/api/sign-in-exp/default/custom-ui-assets' },
    client.POST('/api/sign-in-exp/default/custom-ui-assets', {
      body,
      bodySerializer: toFormData,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Status" (StatusApi).

/**
 * Check that the server is up
 *
 * Answers 204 with no body while the server is running. Needs no token.
 *
 * `GET /api/status` (operationId `GetStatus`).
 *
 * Responses:
 * - 204: The server is up.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: The server is up).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getStatus(client: OperationClient, options?: OperationOptions): Promise<void> {
  return unwrap<void>(
    { operationId: 'GetStatus', method: 'GET', path: '/api/status' },
    client.GET('/api/status', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Subject tokens" (SubjectTokensApi).

/**
 * `POST /api/subject-tokens` (operationId `CreateSubjectToken`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createSubjectToken(
  client: OperationClient,
  body: NonNullable<operations['CreateSubjectToken']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateSubjectToken']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateSubjectToken']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateSubjectToken', method: 'POST', path: '/api/subject-tokens' },
    client.POST('/api/subject-tokens', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Swagger.json" (SwaggerJsonApi).

/**
 * `GET /api/swagger.json` (operationId `GetSwaggerJson`).
 *
 * Responses:
 * - 200: OK [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSwaggerJson(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetSwaggerJson']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSwaggerJson']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSwaggerJson', method: 'GET', path: '/api/swagger.json' },
    client.GET('/api/swagger.json', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Systems" (SystemsApi).

/**
 * `GET /api/systems/application` (operationId `GetSystemApplicationConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSystemApplicationConfig(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetSystemApplicationConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSystemApplicationConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSystemApplicationConfig', method: 'GET', path: '/api/systems/application' },
    client.GET('/api/systems/application', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "User assets" (UserAssetsApi).

/**
 * `POST /api/user-assets` (operationId `CreateUserAsset`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (multipart/form-data).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createUserAsset(
  client: OperationClient,
  body?: NonNullable<operations['CreateUserAsset']['requestBody']>['content']['multipart/form-data'],
  options?: OperationOptions,
): Promise<operations['CreateUserAsset']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateUserAsset']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateUserAsset', method: 'POST', path: '/api/user-assets' },
    client.POST('/api/user-assets', {
      body,
      bodySerializer: toFormData,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/user-assets/service-status` (operationId `GetUserAssetServiceStatus`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUserAssetServiceStatus(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetUserAssetServiceStatus']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUserAssetServiceStatus']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUserAssetServiceStatus', method: 'GET', path: '/api/user-assets/service-status' },
    client.GET('/api/user-assets/service-status', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Users" (UsersApi).

/**
 * `POST /api/users/{userId}/roles` (operationId `AssignUserRoles`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function assignUserRoles(
  client: OperationClient,
  userId: operations['AssignUserRoles']['parameters']['path']['userId'],
  body: NonNullable<operations['AssignUserRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['AssignUserRoles']['responses'][201]['content']['application/json']> {
  return unwrap<operations['AssignUserRoles']['responses'][201]['content']['application/json']>(
    { operationId: 'AssignUserRoles', method: 'POST', path: '/api/users/{userId}/roles' },
    client.POST('/api/users/{userId}/roles', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Create a user
 *
 * Creates a user. Logto answers 200, not 201, for this operation.
 *
 * `POST /api/users` (operationId `CreateUser`).
 *
 * Responses:
 * - 200: The user was created. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON): 404 `text/plain` "Not Found", with no error code (a Logto defect). Nothing is stored. [text/plain]
 * - 422: The e-mail address, username or phone number is already used by another user (`user.email_already_in_use`, compared without regard to case; `user.username_already_in_use`; `user.phone_already_in_use`), the phone number is not a possible international number (`user.invalid_phone`), or a value is longer than Logto stores (`entity.value_too_long`: `username`, `primaryEmail` and `name` hold 128 characters, `avatar` 2048). Nothing is stored. [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body The user to create.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The user was created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createUser(
  client: OperationClient,
  body: NonNullable<operations['CreateUser']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateUser']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateUser']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateUser', method: 'POST', path: '/api/users' },
    client.POST('/api/users', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/users/{userId}/identities` (operationId `CreateUserIdentity`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createUserIdentity(
  client: OperationClient,
  userId: operations['CreateUserIdentity']['parameters']['path']['userId'],
  body: NonNullable<operations['CreateUserIdentity']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateUserIdentity']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateUserIdentity']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateUserIdentity', method: 'POST', path: '/api/users/{userId}/identities' },
    client.POST('/api/users/{userId}/identities', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/users/{userId}/mfa-verifications` (operationId `CreateUserMfaVerification`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createUserMfaVerification(
  client: OperationClient,
  userId: operations['CreateUserMfaVerification']['parameters']['path']['userId'],
  body: NonNullable<operations['CreateUserMfaVerification']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateUserMfaVerification']['responses'][200]['content']['application/json']> {
  return unwrap<operations['CreateUserMfaVerification']['responses'][200]['content']['application/json']>(
    { operationId: 'CreateUserMfaVerification', method: 'POST', path: '/api/users/{userId}/mfa-verifications' },
    client.POST('/api/users/{userId}/mfa-verifications', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/users/{userId}/personal-access-tokens` (operationId `CreateUserPersonalAccessToken`).
 *
 * Responses:
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createUserPersonalAccessToken(
  client: OperationClient,
  userId: operations['CreateUserPersonalAccessToken']['parameters']['path']['userId'],
  body: NonNullable<operations['CreateUserPersonalAccessToken']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['CreateUserPersonalAccessToken']['responses'][201]['content']['application/json']> {
  return unwrap<operations['CreateUserPersonalAccessToken']['responses'][201]['content']['application/json']>(
    { operationId: 'CreateUserPersonalAccessToken', method: 'POST', path: '/api/users/{userId}/personal-access-tokens' },
    client.POST('/api/users/{userId}/personal-access-tokens', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/users/{userId}/personal-access-tokens/delete` (operationId `DeletePersonalAccessTokenPost`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deletePersonalAccessTokenPost(
  client: OperationClient,
  userId: operations['DeletePersonalAccessTokenPost']['parameters']['path']['userId'],
  body: NonNullable<operations['DeletePersonalAccessTokenPost']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeletePersonalAccessTokenPost', method: 'POST', path: '/api/users/{userId}/personal-access-tokens/delete' },
    client.POST('/api/users/{userId}/personal-access-tokens/delete', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Delete a user
 *
 * Deletes a user, with the invitations the user sent or accepted and the user's memberships.
 *
 * `DELETE /api/users/{userId}` (operationId `DeleteUser`).
 *
 * Responses:
 * - 204: The user is gone.
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: The user is gone).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUser(
  client: OperationClient,
  userId: operations['DeleteUser']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteUser', method: 'DELETE', path: '/api/users/{userId}' },
    client.DELETE('/api/users/{userId}', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/users/{userId}/grants/{grantId}` (operationId `DeleteUserGrant`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param grantId Path parameter `grantId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUserGrant(
  client: OperationClient,
  userId: operations['DeleteUserGrant']['parameters']['path']['userId'],
  grantId: operations['DeleteUserGrant']['parameters']['path']['grantId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteUserGrant', method: 'DELETE', path: '/api/users/{userId}/grants/{grantId}' },
    client.DELETE('/api/users/{userId}/grants/{grantId}', {
      params: { path: { userId, grantId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/users/{userId}/identities/{target}` (operationId `DeleteUserIdentity`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param target Path parameter `target`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUserIdentity(
  client: OperationClient,
  userId: operations['DeleteUserIdentity']['parameters']['path']['userId'],
  target: operations['DeleteUserIdentity']['parameters']['path']['target'],
  options?: OperationOptions,
): Promise<operations['DeleteUserIdentity']['responses'][200]['content']['application/json']> {
  return unwrap<operations['DeleteUserIdentity']['responses'][200]['content']['application/json']>(
    { operationId: 'DeleteUserIdentity', method: 'DELETE', path: '/api/users/{userId}/identities/{target}' },
    client.DELETE('/api/users/{userId}/identities/{target}', {
      params: { path: { userId, target } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/users/{userId}/mfa-verifications/{verificationId}` (operationId `DeleteUserMfaVerification`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param verificationId Path parameter `verificationId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUserMfaVerification(
  client: OperationClient,
  userId: operations['DeleteUserMfaVerification']['parameters']['path']['userId'],
  verificationId: operations['DeleteUserMfaVerification']['parameters']['path']['verificationId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteUserMfaVerification', method: 'DELETE', path: '/api/users/{userId}/mfa-verifications/{verificationId}' },
    client.DELETE('/api/users/{userId}/mfa-verifications/{verificationId}', {
      params: { path: { userId, verificationId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/users/{userId}/personal-access-tokens/{name}` (operationId `DeleteUserPersonalAccessToken`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param name Path parameter `name`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUserPersonalAccessToken(
  client: OperationClient,
  userId: operations['DeleteUserPersonalAccessToken']['parameters']['path']['userId'],
  name: operations['DeleteUserPersonalAccessToken']['parameters']['path']['name'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteUserPersonalAccessToken', method: 'DELETE', path: '/api/users/{userId}/personal-access-tokens/{name}' },
    client.DELETE('/api/users/{userId}/personal-access-tokens/{name}', {
      params: { path: { userId, name } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/users/{userId}/roles/{roleId}` (operationId `DeleteUserRole`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param roleId Path parameter `roleId`.
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUserRole(
  client: OperationClient,
  userId: operations['DeleteUserRole']['parameters']['path']['userId'],
  roleId: operations['DeleteUserRole']['parameters']['path']['roleId'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteUserRole', method: 'DELETE', path: '/api/users/{userId}/roles/{roleId}' },
    client.DELETE('/api/users/{userId}/roles/{roleId}', {
      params: { path: { userId, roleId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `DELETE /api/users/{userId}/sessions/{sessionId}` (operationId `DeleteUserSession`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param sessionId Path parameter `sessionId`.
 * @param query Query parameters:
 *   - `revokeGrantsTarget`
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function deleteUserSession(
  client: OperationClient,
  userId: operations['DeleteUserSession']['parameters']['path']['userId'],
  sessionId: operations['DeleteUserSession']['parameters']['path']['sessionId'],
  query?: NonNullable<operations['DeleteUserSession']['parameters']['query']>,
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'DeleteUserSession', method: 'DELETE', path: '/api/users/{userId}/sessions/{sessionId}' },
    client.DELETE('/api/users/{userId}/sessions/{sessionId}', {
      params: { path: { userId, sessionId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Get a user
 *
 * Returns one user.
 *
 * `GET /api/users/{userId}` (operationId `GetUser`).
 *
 * Responses:
 * - 200: The user. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters:
 *   - `includeSsoIdentities`
 *   - `includePasswordHash`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The user).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUser(
  client: OperationClient,
  userId: operations['GetUser']['parameters']['path']['userId'],
  query?: NonNullable<operations['GetUser']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetUser']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUser']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUser', method: 'GET', path: '/api/users/{userId}' },
    client.GET('/api/users/{userId}', {
      params: { path: { userId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/has-password` (operationId `GetUserHasPassword`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUserHasPassword(
  client: OperationClient,
  userId: operations['GetUserHasPassword']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['GetUserHasPassword']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUserHasPassword']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUserHasPassword', method: 'GET', path: '/api/users/{userId}/has-password' },
    client.GET('/api/users/{userId}/has-password', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/identities/{target}` (operationId `GetUserIdentity`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param target Path parameter `target`.
 * @param query Query parameters:
 *   - `includeTokenSecret`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUserIdentity(
  client: OperationClient,
  userId: operations['GetUserIdentity']['parameters']['path']['userId'],
  target: operations['GetUserIdentity']['parameters']['path']['target'],
  query?: NonNullable<operations['GetUserIdentity']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetUserIdentity']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUserIdentity']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUserIdentity', method: 'GET', path: '/api/users/{userId}/identities/{target}' },
    client.GET('/api/users/{userId}/identities/{target}', {
      params: { path: { userId, target }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/sessions/{sessionId}` (operationId `GetUserSession`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param sessionId Path parameter `sessionId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUserSession(
  client: OperationClient,
  userId: operations['GetUserSession']['parameters']['path']['userId'],
  sessionId: operations['GetUserSession']['parameters']['path']['sessionId'],
  options?: OperationOptions,
): Promise<operations['GetUserSession']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUserSession']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUserSession', method: 'GET', path: '/api/users/{userId}/sessions/{sessionId}' },
    client.GET('/api/users/{userId}/sessions/{sessionId}', {
      params: { path: { userId, sessionId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/sso-identities/{ssoConnectorId}` (operationId `GetUserSsoIdentity`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param ssoConnectorId Path parameter `ssoConnectorId`.
 * @param query Query parameters:
 *   - `includeTokenSecret`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getUserSsoIdentity(
  client: OperationClient,
  userId: operations['GetUserSsoIdentity']['parameters']['path']['userId'],
  ssoConnectorId: operations['GetUserSsoIdentity']['parameters']['path']['ssoConnectorId'],
  query?: NonNullable<operations['GetUserSsoIdentity']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetUserSsoIdentity']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetUserSsoIdentity']['responses'][200]['content']['application/json']>(
    { operationId: 'GetUserSsoIdentity', method: 'GET', path: '/api/users/{userId}/sso-identities/{ssoConnectorId}' },
    client.GET('/api/users/{userId}/sso-identities/{ssoConnectorId}', {
      params: { path: { userId, ssoConnectorId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/all-identities` (operationId `ListUserAllIdentities`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters:
 *   - `includeTokenSecret`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserAllIdentities(
  client: OperationClient,
  userId: operations['ListUserAllIdentities']['parameters']['path']['userId'],
  query?: NonNullable<operations['ListUserAllIdentities']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListUserAllIdentities']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserAllIdentities']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserAllIdentities', method: 'GET', path: '/api/users/{userId}/all-identities' },
    client.GET('/api/users/{userId}/all-identities', {
      params: { path: { userId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/custom-data` (operationId `ListUserCustomData`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserCustomData(
  client: OperationClient,
  userId: operations['ListUserCustomData']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListUserCustomData']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserCustomData']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserCustomData', method: 'GET', path: '/api/users/{userId}/custom-data' },
    client.GET('/api/users/{userId}/custom-data', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/grants` (operationId `ListUserGrants`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters:
 *   - `appType`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserGrants(
  client: OperationClient,
  userId: operations['ListUserGrants']['parameters']['path']['userId'],
  query?: NonNullable<operations['ListUserGrants']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListUserGrants']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserGrants']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserGrants', method: 'GET', path: '/api/users/{userId}/grants' },
    client.GET('/api/users/{userId}/grants', {
      params: { path: { userId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/logto-configs` (operationId `ListUserLogtoConfigs`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserLogtoConfigs(
  client: OperationClient,
  userId: operations['ListUserLogtoConfigs']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListUserLogtoConfigs']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserLogtoConfigs']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserLogtoConfigs', method: 'GET', path: '/api/users/{userId}/logto-configs' },
    client.GET('/api/users/{userId}/logto-configs', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/mfa-verifications` (operationId `ListUserMfaVerifications`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserMfaVerifications(
  client: OperationClient,
  userId: operations['ListUserMfaVerifications']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListUserMfaVerifications']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserMfaVerifications']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserMfaVerifications', method: 'GET', path: '/api/users/{userId}/mfa-verifications' },
    client.GET('/api/users/{userId}/mfa-verifications', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * List a user's organizations
 *
 * Returns every organization the user is a member of, each with the organization roles the user holds there.
 *
 * `GET /api/users/{userId}/organizations` (operationId `ListUserOrganizations`).
 *
 * Responses:
 * - 200: The user's organizations. [application/json]
 * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
 * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
 * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
 * - 404: Nothing exists with this id (`entity.not_found`). [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: The user's organizations).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserOrganizations(
  client: OperationClient,
  userId: operations['ListUserOrganizations']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListUserOrganizations']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserOrganizations']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserOrganizations', method: 'GET', path: '/api/users/{userId}/organizations' },
    client.GET('/api/users/{userId}/organizations', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/personal-access-tokens` (operationId `ListUserPersonalAccessTokens`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserPersonalAccessTokens(
  client: OperationClient,
  userId: operations['ListUserPersonalAccessTokens']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListUserPersonalAccessTokens']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserPersonalAccessTokens']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserPersonalAccessTokens', method: 'GET', path: '/api/users/{userId}/personal-access-tokens' },
    client.GET('/api/users/{userId}/personal-access-tokens', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users/{userId}/roles` (operationId `ListUserRoles`).
 *
 * One page per call; `listUserRolesIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserRoles(
  client: OperationClient,
  userId: operations['ListUserRoles']['parameters']['path']['userId'],
  query?: NonNullable<operations['ListUserRoles']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListUserRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserRoles', method: 'GET', path: '/api/users/{userId}/roles' },
    client.GET('/api/users/{userId}/roles', {
      params: { path: { userId }, query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listUserRoles`, page after page: `GET /api/users/{userId}/roles` (operationId `ListUserRoles`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param query Query parameters as for `listUserRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listUserRolesIterate(
  client: OperationClient,
  userId: operations['ListUserRoles']['parameters']['path']['userId'],
  query?: Omit<NonNullable<operations['ListUserRoles']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListUserRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListUserRoles']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListUserRoles', method: 'GET', path: '/api/users/{userId}/roles' },
    (page, pageSize) =>
      client.GET('/api/users/{userId}/roles', {
        params: { path: { userId }, query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `GET /api/users/{userId}/sessions` (operationId `ListUserSessions`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 500: Internal Server Error [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUserSessions(
  client: OperationClient,
  userId: operations['ListUserSessions']['parameters']['path']['userId'],
  options?: OperationOptions,
): Promise<operations['ListUserSessions']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUserSessions']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUserSessions', method: 'GET', path: '/api/users/{userId}/sessions' },
    client.GET('/api/users/{userId}/sessions', {
      params: { path: { userId } },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/users` (operationId `ListUsers`).
 *
 * One page per call; `listUsersIterate` walks every page.
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `page`: Which page to return, counting from 1
 *   - `page_size`: How many items a page holds, at most 100
 *   - `search_params`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function listUsers(
  client: OperationClient,
  query?: NonNullable<operations['ListUsers']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['ListUsers']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ListUsers']['responses'][200]['content']['application/json']>(
    { operationId: 'ListUsers', method: 'GET', path: '/api/users' },
    client.GET('/api/users', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * Every item of `listUsers`, page after page: `GET /api/users` (operationId `ListUsers`).
 * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
 * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters as for `listUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
 * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
 * @throws {LogtoApiError} When a page is answered with a non-2xx status.
 */
export function listUsersIterate(
  client: OperationClient,
  query?: Omit<NonNullable<operations['ListUsers']['parameters']['query']>, 'page'>,
  options?: PaginateOptions,
): AsyncGenerator<operations['ListUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
  return paginate<operations['ListUsers']['responses'][200]['content']['application/json'][number]>(
    { operationId: 'ListUsers', method: 'GET', path: '/api/users' },
    (page, pageSize) =>
      client.GET('/api/users', {
        params: { query: { ...query, page, page_size: pageSize } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    { pageSize: query?.page_size, maxPages: options?.maxPages },
  );
}

/**
 * `PUT /api/users/{userId}/identities/{target}` (operationId `ReplaceUserIdentity`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 201: Created [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param target Path parameter `target`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK; 201: Created).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceUserIdentity(
  client: OperationClient,
  userId: operations['ReplaceUserIdentity']['parameters']['path']['userId'],
  target: operations['ReplaceUserIdentity']['parameters']['path']['target'],
  body: NonNullable<operations['ReplaceUserIdentity']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceUserIdentity']['responses'][200]['content']['application/json'] | operations['ReplaceUserIdentity']['responses'][201]['content']['application/json']> {
  return unwrap<operations['ReplaceUserIdentity']['responses'][200]['content']['application/json'] | operations['ReplaceUserIdentity']['responses'][201]['content']['application/json']>(
    { operationId: 'ReplaceUserIdentity', method: 'PUT', path: '/api/users/{userId}/identities/{target}' },
    client.PUT('/api/users/{userId}/identities/{target}', {
      params: { path: { userId, target } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PUT /api/users/{userId}/roles` (operationId `ReplaceUserRoles`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function replaceUserRoles(
  client: OperationClient,
  userId: operations['ReplaceUserRoles']['parameters']['path']['userId'],
  body: NonNullable<operations['ReplaceUserRoles']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['ReplaceUserRoles']['responses'][200]['content']['application/json']> {
  return unwrap<operations['ReplaceUserRoles']['responses'][200]['content']['application/json']>(
    { operationId: 'ReplaceUserRoles', method: 'PUT', path: '/api/users/{userId}/roles' },
    client.PUT('/api/users/{userId}/roles', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/personal-access-tokens` (operationId `UpdatePersonalAccessTokenName`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updatePersonalAccessTokenName(
  client: OperationClient,
  userId: operations['UpdatePersonalAccessTokenName']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdatePersonalAccessTokenName']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdatePersonalAccessTokenName']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdatePersonalAccessTokenName']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdatePersonalAccessTokenName', method: 'PATCH', path: '/api/users/{userId}/personal-access-tokens' },
    client.PATCH('/api/users/{userId}/personal-access-tokens', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}` (operationId `UpdateUser`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUser(
  client: OperationClient,
  userId: operations['UpdateUser']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUser']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUser']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUser']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUser', method: 'PATCH', path: '/api/users/{userId}' },
    client.PATCH('/api/users/{userId}', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/custom-data` (operationId `UpdateUserCustomData`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserCustomData(
  client: OperationClient,
  userId: operations['UpdateUserCustomData']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUserCustomData']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserCustomData']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserCustomData']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserCustomData', method: 'PATCH', path: '/api/users/{userId}/custom-data' },
    client.PATCH('/api/users/{userId}/custom-data', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/is-suspended` (operationId `UpdateUserIsSuspended`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserIsSuspended(
  client: OperationClient,
  userId: operations['UpdateUserIsSuspended']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUserIsSuspended']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserIsSuspended']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserIsSuspended']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserIsSuspended', method: 'PATCH', path: '/api/users/{userId}/is-suspended' },
    client.PATCH('/api/users/{userId}/is-suspended', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/logto-configs` (operationId `UpdateUserLogtoConfigs`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserLogtoConfigs(
  client: OperationClient,
  userId: operations['UpdateUserLogtoConfigs']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUserLogtoConfigs']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserLogtoConfigs']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserLogtoConfigs']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserLogtoConfigs', method: 'PATCH', path: '/api/users/{userId}/logto-configs' },
    client.PATCH('/api/users/{userId}/logto-configs', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/password` (operationId `UpdateUserPassword`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserPassword(
  client: OperationClient,
  userId: operations['UpdateUserPassword']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUserPassword']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserPassword']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserPassword']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserPassword', method: 'PATCH', path: '/api/users/{userId}/password' },
    client.PATCH('/api/users/{userId}/password', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/password/expiration` (operationId `UpdateUserPasswordExpiration`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserPasswordExpiration(
  client: OperationClient,
  userId: operations['UpdateUserPasswordExpiration']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUserPasswordExpiration']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserPasswordExpiration']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserPasswordExpiration']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserPasswordExpiration', method: 'PATCH', path: '/api/users/{userId}/password/expiration' },
    client.PATCH('/api/users/{userId}/password/expiration', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/personal-access-tokens/{name}` (operationId `UpdateUserPersonalAccessToken`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param name Path parameter `name`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserPersonalAccessToken(
  client: OperationClient,
  userId: operations['UpdateUserPersonalAccessToken']['parameters']['path']['userId'],
  name: operations['UpdateUserPersonalAccessToken']['parameters']['path']['name'],
  body: NonNullable<operations['UpdateUserPersonalAccessToken']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserPersonalAccessToken']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserPersonalAccessToken']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserPersonalAccessToken', method: 'PATCH', path: '/api/users/{userId}/personal-access-tokens/{name}' },
    client.PATCH('/api/users/{userId}/personal-access-tokens/{name}', {
      params: { path: { userId, name } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `PATCH /api/users/{userId}/profile` (operationId `UpdateUserProfile`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function updateUserProfile(
  client: OperationClient,
  userId: operations['UpdateUserProfile']['parameters']['path']['userId'],
  body: NonNullable<operations['UpdateUserProfile']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<operations['UpdateUserProfile']['responses'][200]['content']['application/json']> {
  return unwrap<operations['UpdateUserProfile']['responses'][200]['content']['application/json']>(
    { operationId: 'UpdateUserProfile', method: 'PATCH', path: '/api/users/{userId}/profile' },
    client.PATCH('/api/users/{userId}/profile', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/users/{userId}/password/verify` (operationId `VerifyUserPassword`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: Not Found [application/json, text/plain]
 * - 422: Unprocessable Entity [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param userId Path parameter `userId`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function verifyUserPassword(
  client: OperationClient,
  userId: operations['VerifyUserPassword']['parameters']['path']['userId'],
  body: NonNullable<operations['VerifyUserPassword']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'VerifyUserPassword', method: 'POST', path: '/api/users/{userId}/password/verify' },
    client.POST('/api/users/{userId}/password/verify', {
      params: { path: { userId } },
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Verification codes" (VerificationCodesApi).

/**
 * `POST /api/verification-codes` (operationId `CreateVerificationCode`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 * - 429: Too Many Requests [application/json]
 * - 501: Not Implemented [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function createVerificationCode(
  client: OperationClient,
  body: NonNullable<operations['CreateVerificationCode']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'CreateVerificationCode', method: 'POST', path: '/api/verification-codes' },
    client.POST('/api/verification-codes', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `POST /api/verification-codes/verify` (operationId `VerifyVerificationCode`).
 *
 * Responses:
 * - 204: No Content
 * - 400: Bad Request [application/json]
 * - 401: Unauthorized [application/json]
 * - 403: Forbidden [application/json]
 * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and Koa's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. Nothing is stored. [text/plain]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param body Request body (application/json).
 * @param options Per-call abort signal and extra headers.
 * @returns Nothing (204: No Content).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function verifyVerificationCode(
  client: OperationClient,
  body: NonNullable<operations['VerifyVerificationCode']['requestBody']>['content']['application/json'],
  options?: OperationOptions,
): Promise<void> {
  return unwrap<void>(
    { operationId: 'VerifyVerificationCode', method: 'POST', path: '/api/verification-codes/verify' },
    client.POST('/api/verification-codes/verify', {
      body,
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

// Operations tagged "Well-known" (WellKnownApi).

/**
 * `GET /api/.well-known/sign-in-exp` (operationId `GetSignInExperienceConfig`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `organizationId`
 *   - `appId`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 * @deprecated The spec marks this operation as deprecated.
 */
export function getSignInExperienceConfig(
  client: OperationClient,
  query?: NonNullable<operations['GetSignInExperienceConfig']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetSignInExperienceConfig']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSignInExperienceConfig']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSignInExperienceConfig', method: 'GET', path: '/api/.well-known/sign-in-exp' },
    client.GET('/api/.well-known/sign-in-exp', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/.well-known/phrases` (operationId `GetSignInExperiencePhrases`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `lng`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getSignInExperiencePhrases(
  client: OperationClient,
  query?: NonNullable<operations['GetSignInExperiencePhrases']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetSignInExperiencePhrases']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetSignInExperiencePhrases']['responses'][200]['content']['application/json']>(
    { operationId: 'GetSignInExperiencePhrases', method: 'GET', path: '/api/.well-known/phrases' },
    client.GET('/api/.well-known/phrases', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/.well-known/account-center` (operationId `GetWellKnownAccountCenter`).
 *
 * Responses:
 * - 200: OK [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getWellKnownAccountCenter(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetWellKnownAccountCenter']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetWellKnownAccountCenter']['responses'][200]['content']['application/json']>(
    { operationId: 'GetWellKnownAccountCenter', method: 'GET', path: '/api/.well-known/account-center' },
    client.GET('/api/.well-known/account-center', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/.well-known/experience` (operationId `GetWellKnownExperience`).
 *
 * Responses:
 * - 200: OK [application/json]
 * - 400: Bad Request [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param query Query parameters:
 *   - `organizationId`
 *   - `appId`
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getWellKnownExperience(
  client: OperationClient,
  query?: NonNullable<operations['GetWellKnownExperience']['parameters']['query']>,
  options?: OperationOptions,
): Promise<operations['GetWellKnownExperience']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetWellKnownExperience']['responses'][200]['content']['application/json']>(
    { operationId: 'GetWellKnownExperience', method: 'GET', path: '/api/.well-known/experience' },
    client.GET('/api/.well-known/experience', {
      params: { query },
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/.well-known/experience.openapi.json` (operationId `GetWellKnownExperienceOpenapiJson`).
 *
 * Responses:
 * - 200: OK [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getWellKnownExperienceOpenapiJson(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetWellKnownExperienceOpenapiJson']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetWellKnownExperienceOpenapiJson']['responses'][200]['content']['application/json']>(
    { operationId: 'GetWellKnownExperienceOpenapiJson', method: 'GET', path: '/api/.well-known/experience.openapi.json' },
    client.GET('/api/.well-known/experience.openapi.json', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/.well-known/management.openapi.json` (operationId `GetWellKnownManagementOpenapiJson`).
 *
 * Responses:
 * - 200: OK [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getWellKnownManagementOpenapiJson(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetWellKnownManagementOpenapiJson']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetWellKnownManagementOpenapiJson']['responses'][200]['content']['application/json']>(
    { operationId: 'GetWellKnownManagementOpenapiJson', method: 'GET', path: '/api/.well-known/management.openapi.json' },
    client.GET('/api/.well-known/management.openapi.json', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}

/**
 * `GET /api/.well-known/user.openapi.json` (operationId `GetWellKnownUserOpenapiJson`).
 *
 * Responses:
 * - 200: OK [application/json]
 *
 * @param client What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.
 * @param options Per-call abort signal and extra headers.
 * @returns The success body (200: OK).
 * @throws {LogtoApiError} When the server answers with a non-2xx status.
 */
export function getWellKnownUserOpenapiJson(
  client: OperationClient,
  options?: OperationOptions,
): Promise<operations['GetWellKnownUserOpenapiJson']['responses'][200]['content']['application/json']> {
  return unwrap<operations['GetWellKnownUserOpenapiJson']['responses'][200]['content']['application/json']>(
    { operationId: 'GetWellKnownUserOpenapiJson', method: 'GET', path: '/api/.well-known/user.openapi.json' },
    client.GET('/api/.well-known/user.openapi.json', {
      signal: options?.signal,
      headers: options?.headers,
    }),
  );
}
