// generated from openapi/logto-management.yaml — do not edit; run npm run generate

import * as ops from './operations.js';
import type { OperationClient, OperationOptions, PaginateOptions } from './operations.js';
import type { operations, paths } from './schema.js';

export type { OperationClient, OperationOptions, PaginateOptions };

/** Operations tagged "Account center". */
export class AccountCenterApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `GET /api/account-center` (operationId `GetAccountCenterSettings`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getAccountCenterSettings(
    options?: OperationOptions,
  ): Promise<operations['GetAccountCenterSettings']['responses'][200]['content']['application/json']> {
    return ops.getAccountCenterSettings(this.#client, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateAccountCenterSettings(
    body: NonNullable<operations['UpdateAccountCenterSettings']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateAccountCenterSettings']['responses'][200]['content']['application/json']> {
    return ops.updateAccountCenterSettings(this.#client, body, options);
  }
}

/** Operations tagged "Applications". */
export class ApplicationsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignApplicationRoles(
    applicationId: operations['AssignApplicationRoles']['parameters']['path']['applicationId'],
    body: NonNullable<operations['AssignApplicationRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['AssignApplicationRoles']['responses'][201]['content']['application/json']> {
    return ops.assignApplicationRoles(this.#client, applicationId, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createApplication(
    body: NonNullable<operations['CreateApplication']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateApplication']['responses'][200]['content']['application/json']> {
    return ops.createApplication(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createApplicationProtectedAppMetadataCustomDomain(
    id: operations['CreateApplicationProtectedAppMetadataCustomDomain']['parameters']['path']['id'],
    body: NonNullable<operations['CreateApplicationProtectedAppMetadataCustomDomain']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateApplicationProtectedAppMetadataCustomDomain']['responses'][201]['content']['application/json']> {
    return ops.createApplicationProtectedAppMetadataCustomDomain(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createApplicationSecret(
    id: operations['CreateApplicationSecret']['parameters']['path']['id'],
    body: NonNullable<operations['CreateApplicationSecret']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateApplicationSecret']['responses'][201]['content']['application/json']> {
    return ops.createApplicationSecret(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createApplicationUserConsentOrganization(
    id: operations['CreateApplicationUserConsentOrganization']['parameters']['path']['id'],
    userId: operations['CreateApplicationUserConsentOrganization']['parameters']['path']['userId'],
    body: NonNullable<operations['CreateApplicationUserConsentOrganization']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createApplicationUserConsentOrganization(this.#client, id, userId, body, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createApplicationUserConsentScope(
    applicationId: operations['CreateApplicationUserConsentScope']['parameters']['path']['applicationId'],
    body: NonNullable<operations['CreateApplicationUserConsentScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createApplicationUserConsentScope(this.#client, applicationId, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplication(
    id: operations['DeleteApplication']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteApplication(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplicationLegacySecret(
    id: operations['DeleteApplicationLegacySecret']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['DeleteApplicationLegacySecret']['responses'][200]['content']['application/json']> {
    return ops.deleteApplicationLegacySecret(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param domain Path parameter `domain`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplicationProtectedAppMetadataCustomDomain(
    id: operations['DeleteApplicationProtectedAppMetadataCustomDomain']['parameters']['path']['id'],
    domain: operations['DeleteApplicationProtectedAppMetadataCustomDomain']['parameters']['path']['domain'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteApplicationProtectedAppMetadataCustomDomain(this.#client, id, domain, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param roleId Path parameter `roleId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplicationRole(
    applicationId: operations['DeleteApplicationRole']['parameters']['path']['applicationId'],
    roleId: operations['DeleteApplicationRole']['parameters']['path']['roleId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteApplicationRole(this.#client, applicationId, roleId, options);
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
   * @param id Path parameter `id`.
   * @param name Path parameter `name`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplicationSecret(
    id: operations['DeleteApplicationSecret']['parameters']['path']['id'],
    name: operations['DeleteApplicationSecret']['parameters']['path']['name'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteApplicationSecret(this.#client, id, name, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param organizationId Path parameter `organizationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplicationUserConsentOrganization(
    id: operations['DeleteApplicationUserConsentOrganization']['parameters']['path']['id'],
    userId: operations['DeleteApplicationUserConsentOrganization']['parameters']['path']['userId'],
    organizationId: operations['DeleteApplicationUserConsentOrganization']['parameters']['path']['organizationId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteApplicationUserConsentOrganization(this.#client, id, userId, organizationId, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param scopeType Path parameter `scopeType`.
   * @param scopeId Path parameter `scopeId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteApplicationUserConsentScope(
    applicationId: operations['DeleteApplicationUserConsentScope']['parameters']['path']['applicationId'],
    scopeType: operations['DeleteApplicationUserConsentScope']['parameters']['path']['scopeType'],
    scopeId: operations['DeleteApplicationUserConsentScope']['parameters']['path']['scopeId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteApplicationUserConsentScope(this.#client, applicationId, scopeType, scopeId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getApplication(
    id: operations['GetApplication']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetApplication']['responses'][200]['content']['application/json']> {
    return ops.getApplication(this.#client, id, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getApplicationAccessControl(
    applicationId: operations['GetApplicationAccessControl']['parameters']['path']['applicationId'],
    options?: OperationOptions,
  ): Promise<operations['GetApplicationAccessControl']['responses'][200]['content']['application/json']> {
    return ops.getApplicationAccessControl(this.#client, applicationId, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getApplicationSignInExperience(
    applicationId: operations['GetApplicationSignInExperience']['parameters']['path']['applicationId'],
    options?: OperationOptions,
  ): Promise<operations['GetApplicationSignInExperience']['responses'][200]['content']['application/json']> {
    return ops.getApplicationSignInExperience(this.#client, applicationId, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listApplicationOrganizations(
    id: operations['ListApplicationOrganizations']['parameters']['path']['id'],
    query?: NonNullable<operations['ListApplicationOrganizations']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListApplicationOrganizations']['responses'][200]['content']['application/json']> {
    return ops.listApplicationOrganizations(this.#client, id, query, options);
  }

  /**
   * Every item of `listApplicationOrganizations`, page after page: `GET /api/applications/{id}/organizations` (operationId `ListApplicationOrganizations`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listApplicationOrganizations`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listApplicationOrganizationsIterate(
    id: operations['ListApplicationOrganizations']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListApplicationOrganizations']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListApplicationOrganizations']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listApplicationOrganizationsIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listApplicationProtectedAppMetadataCustomDomains(
    id: operations['ListApplicationProtectedAppMetadataCustomDomains']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['ListApplicationProtectedAppMetadataCustomDomains']['responses'][200]['content']['application/json']> {
    return ops.listApplicationProtectedAppMetadataCustomDomains(this.#client, id, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listApplicationRoles(
    applicationId: operations['ListApplicationRoles']['parameters']['path']['applicationId'],
    query?: NonNullable<operations['ListApplicationRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListApplicationRoles']['responses'][200]['content']['application/json']> {
    return ops.listApplicationRoles(this.#client, applicationId, query, options);
  }

  /**
   * Every item of `listApplicationRoles`, page after page: `GET /api/applications/{applicationId}/roles` (operationId `ListApplicationRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param applicationId Path parameter `applicationId`.
   * @param query Query parameters as for `listApplicationRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listApplicationRolesIterate(
    applicationId: operations['ListApplicationRoles']['parameters']['path']['applicationId'],
    query?: Omit<NonNullable<operations['ListApplicationRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListApplicationRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listApplicationRolesIterate(this.#client, applicationId, query, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listApplicationSecrets(
    id: operations['ListApplicationSecrets']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['ListApplicationSecrets']['responses'][200]['content']['application/json']> {
    return ops.listApplicationSecrets(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listApplicationUserConsentOrganizations(
    id: operations['ListApplicationUserConsentOrganizations']['parameters']['path']['id'],
    userId: operations['ListApplicationUserConsentOrganizations']['parameters']['path']['userId'],
    query?: NonNullable<operations['ListApplicationUserConsentOrganizations']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListApplicationUserConsentOrganizations']['responses'][200]['content']['application/json']> {
    return ops.listApplicationUserConsentOrganizations(this.#client, id, userId, query, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listApplicationUserConsentScopes(
    applicationId: operations['ListApplicationUserConsentScopes']['parameters']['path']['applicationId'],
    options?: OperationOptions,
  ): Promise<operations['ListApplicationUserConsentScopes']['responses'][200]['content']['application/json']> {
    return ops.listApplicationUserConsentScopes(this.#client, applicationId, options);
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
  listApplications(
    query?: NonNullable<operations['ListApplications']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListApplications']['responses'][200]['content']['application/json']> {
    return ops.listApplications(this.#client, query, options);
  }

  /**
   * Every item of `listApplications`, page after page: `GET /api/applications` (operationId `ListApplications`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listApplications`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listApplicationsIterate(
    query?: Omit<NonNullable<operations['ListApplications']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListApplications']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listApplicationsIterate(this.#client, query, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceApplicationAccessControl(
    applicationId: operations['ReplaceApplicationAccessControl']['parameters']['path']['applicationId'],
    body: NonNullable<operations['ReplaceApplicationAccessControl']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceApplicationAccessControl']['responses'][200]['content']['application/json']> {
    return ops.replaceApplicationAccessControl(this.#client, applicationId, body, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceApplicationRoles(
    applicationId: operations['ReplaceApplicationRoles']['parameters']['path']['applicationId'],
    body: NonNullable<operations['ReplaceApplicationRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.replaceApplicationRoles(this.#client, applicationId, body, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceApplicationSignInExperience(
    applicationId: operations['ReplaceApplicationSignInExperience']['parameters']['path']['applicationId'],
    body: NonNullable<operations['ReplaceApplicationSignInExperience']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceApplicationSignInExperience']['responses'][200]['content']['application/json'] | operations['ReplaceApplicationSignInExperience']['responses'][201]['content']['application/json']> {
    return ops.replaceApplicationSignInExperience(this.#client, applicationId, body, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceApplicationUserConsentOrganizations(
    id: operations['ReplaceApplicationUserConsentOrganizations']['parameters']['path']['id'],
    userId: operations['ReplaceApplicationUserConsentOrganizations']['parameters']['path']['userId'],
    body: NonNullable<operations['ReplaceApplicationUserConsentOrganizations']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceApplicationUserConsentOrganizations(this.#client, id, userId, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateApplication(
    id: operations['UpdateApplication']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateApplication']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateApplication']['responses'][200]['content']['application/json']> {
    return ops.updateApplication(this.#client, id, body, options);
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
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateApplicationCustomData(
    applicationId: operations['UpdateApplicationCustomData']['parameters']['path']['applicationId'],
    body: NonNullable<operations['UpdateApplicationCustomData']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateApplicationCustomData']['responses'][200]['content']['application/json']> {
    return ops.updateApplicationCustomData(this.#client, applicationId, body, options);
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
   * @param id Path parameter `id`.
   * @param name Path parameter `name`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateApplicationSecret(
    id: operations['UpdateApplicationSecret']['parameters']['path']['id'],
    name: operations['UpdateApplicationSecret']['parameters']['path']['name'],
    body: NonNullable<operations['UpdateApplicationSecret']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateApplicationSecret']['responses'][200]['content']['application/json'] | undefined> {
    return ops.updateApplicationSecret(this.#client, id, name, body, options);
  }
}

/** Operations tagged "Audit logs". */
export class AuditLogsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getLog(
    id: operations['GetLog']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetLog']['responses'][200]['content']['application/json']> {
    return ops.getLog(this.#client, id, options);
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
  listLogs(
    query?: NonNullable<operations['ListLogs']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListLogs']['responses'][200]['content']['application/json']> {
    return ops.listLogs(this.#client, query, options);
  }

  /**
   * Every item of `listLogs`, page after page: `GET /api/logs` (operationId `ListLogs`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listLogs`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listLogsIterate(
    query?: Omit<NonNullable<operations['ListLogs']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListLogs']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listLogsIterate(this.#client, query, options);
  }
}

/** Operations tagged "Authn". */
export class AuthnApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `POST /api/authn/saml/{connectorId}` (operationId `AssertSaml`).
   *
   * Responses:
   * - 302: Found
   * - 400: Bad Request [application/json]
   * - 404: Not Found [application/json, text/plain]
   * - 422: Unprocessable Content [application/json]
   *
   * @param connectorId Path parameter `connectorId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing.
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   * @deprecated The spec marks this operation as deprecated.
   */
  assertSaml(
    connectorId: operations['AssertSaml']['parameters']['path']['connectorId'],
    body: NonNullable<operations['AssertSaml']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.assertSaml(this.#client, connectorId, body, options);
  }

  /**
   * `POST /api/authn/single-sign-on/saml/{connectorId}` (operationId `AssertSingleSignOnSaml`).
   *
   * Responses:
   * - 302: Found
   * - 400: Bad Request [application/json]
   * - 404: Not Found [application/json, text/plain]
   *
   * @param connectorId Path parameter `connectorId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing.
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assertSingleSignOnSaml(
    connectorId: operations['AssertSingleSignOnSaml']['parameters']['path']['connectorId'],
    body: NonNullable<operations['AssertSingleSignOnSaml']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.assertSingleSignOnSaml(this.#client, connectorId, body, options);
  }

  /**
   * `GET /api/authn/hasura` (operationId `GetHasuraAuth`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 400: Bad Request [application/json]
   * - 401: Unauthorized [application/json]
   *
   * @param query Query parameters:
   *   - `resource` (required)
   *   - `unauthorizedRole`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getHasuraAuth(
    query: NonNullable<operations['GetHasuraAuth']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetHasuraAuth']['responses'][200]['content']['application/json']> {
    return ops.getHasuraAuth(this.#client, query, options);
  }
}

/** Operations tagged "CIMD". */
export class CIMDApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignCimdUserConsentScopes(
    body: NonNullable<operations['AssignCimdUserConsentScopes']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.assignCimdUserConsentScopes(this.#client, body, options);
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
   * @param scopeType Path parameter `scopeType`.
   * @param scopeId Path parameter `scopeId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteCimdUserConsentScope(
    scopeType: operations['DeleteCimdUserConsentScope']['parameters']['path']['scopeType'],
    scopeId: operations['DeleteCimdUserConsentScope']['parameters']['path']['scopeId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteCimdUserConsentScope(this.#client, scopeType, scopeId, options);
  }

  /**
   * `GET /api/cimd/user-consent-scopes` (operationId `ListCimdUserConsentScopes`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listCimdUserConsentScopes(
    options?: OperationOptions,
  ): Promise<operations['ListCimdUserConsentScopes']['responses'][200]['content']['application/json']> {
    return ops.listCimdUserConsentScopes(this.#client, options);
  }
}

/** Operations tagged "Captcha provider". */
export class CaptchaProviderApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `DELETE /api/captcha-provider` (operationId `DeleteCaptchaProvider`).
   *
   * Responses:
   * - 204: No Content
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   * - 404: Not Found [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteCaptchaProvider(options?: OperationOptions): Promise<void> {
    return ops.deleteCaptchaProvider(this.#client, options);
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
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getCaptchaProvider(
    options?: OperationOptions,
  ): Promise<operations['GetCaptchaProvider']['responses'][200]['content']['application/json']> {
    return ops.getCaptchaProvider(this.#client, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateCaptchaProvider(
    body: NonNullable<operations['UpdateCaptchaProvider']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateCaptchaProvider']['responses'][200]['content']['application/json']> {
    return ops.updateCaptchaProvider(this.#client, body, options);
  }
}

/** Operations tagged "Configs". */
export class ConfigsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param actionType Path parameter `actionType`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteAction(
    actionType: operations['DeleteAction']['parameters']['path']['actionType'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteAction(this.#client, actionType, options);
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
   * @param tokenTypePath Path parameter `tokenTypePath`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteJwtCustomizer(
    tokenTypePath: operations['DeleteJwtCustomizer']['parameters']['path']['tokenTypePath'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteJwtCustomizer(this.#client, tokenTypePath, options);
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
   * @param keyType Path parameter `keyType`.
   * @param keyId Path parameter `keyId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOidcKey(
    keyType: operations['DeleteOidcKey']['parameters']['path']['keyType'],
    keyId: operations['DeleteOidcKey']['parameters']['path']['keyId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOidcKey(this.#client, keyType, keyId, options);
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
   * @param actionType Path parameter `actionType`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getAction(
    actionType: operations['GetAction']['parameters']['path']['actionType'],
    options?: OperationOptions,
  ): Promise<operations['GetAction']['responses'][200]['content']['application/json']> {
    return ops.getAction(this.#client, actionType, options);
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
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getAdminConsoleConfig(
    options?: OperationOptions,
  ): Promise<operations['GetAdminConsoleConfig']['responses'][200]['content']['application/json']> {
    return ops.getAdminConsoleConfig(this.#client, options);
  }

  /**
   * `GET /api/configs/cimd` (operationId `GetCimdConfig`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getCimdConfig(
    options?: OperationOptions,
  ): Promise<operations['GetCimdConfig']['responses'][200]['content']['application/json']> {
    return ops.getCimdConfig(this.#client, options);
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
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getIdTokenConfig(
    options?: OperationOptions,
  ): Promise<operations['GetIdTokenConfig']['responses'][200]['content']['application/json']> {
    return ops.getIdTokenConfig(this.#client, options);
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
   * @param tokenTypePath Path parameter `tokenTypePath`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getJwtCustomizer(
    tokenTypePath: operations['GetJwtCustomizer']['parameters']['path']['tokenTypePath'],
    options?: OperationOptions,
  ): Promise<operations['GetJwtCustomizer']['responses'][200]['content']['application/json']> {
    return ops.getJwtCustomizer(this.#client, tokenTypePath, options);
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
   * @param keyType Path parameter `keyType`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOidcKeys(
    keyType: operations['GetOidcKeys']['parameters']['path']['keyType'],
    options?: OperationOptions,
  ): Promise<operations['GetOidcKeys']['responses'][200]['content']['application/json']> {
    return ops.getOidcKeys(this.#client, keyType, options);
  }

  /**
   * `GET /api/configs/oidc/session` (operationId `GetOidcSessionConfig`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOidcSessionConfig(
    options?: OperationOptions,
  ): Promise<operations['GetOidcSessionConfig']['responses'][200]['content']['application/json']> {
    return ops.getOidcSessionConfig(this.#client, options);
  }

  /**
   * `GET /api/configs/actions` (operationId `ListActions`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listActions(
    options?: OperationOptions,
  ): Promise<operations['ListActions']['responses'][200]['content']['application/json']> {
    return ops.listActions(this.#client, options);
  }

  /**
   * `GET /api/configs/jwt-customizer` (operationId `ListJwtCustomizers`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listJwtCustomizers(
    options?: OperationOptions,
  ): Promise<operations['ListJwtCustomizers']['responses'][200]['content']['application/json']> {
    return ops.listJwtCustomizers(this.#client, options);
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
   * @param keyType Path parameter `keyType`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  rotateOidcKeys(
    keyType: operations['RotateOidcKeys']['parameters']['path']['keyType'],
    body: NonNullable<operations['RotateOidcKeys']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['RotateOidcKeys']['responses'][200]['content']['application/json']> {
    return ops.rotateOidcKeys(this.#client, keyType, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  testAction(
    body: NonNullable<operations['TestAction']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['TestAction']['responses'][200]['content']['application/json'] | undefined> {
    return ops.testAction(this.#client, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  testJwtCustomizer(
    body: NonNullable<operations['TestJwtCustomizer']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['TestJwtCustomizer']['responses'][200]['content']['application/json']> {
    return ops.testJwtCustomizer(this.#client, body, options);
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
   * @param actionType Path parameter `actionType`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateAction(
    actionType: operations['UpdateAction']['parameters']['path']['actionType'],
    body: NonNullable<operations['UpdateAction']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateAction']['responses'][200]['content']['application/json']> {
    return ops.updateAction(this.#client, actionType, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateAdminConsoleConfig(
    body: NonNullable<operations['UpdateAdminConsoleConfig']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateAdminConsoleConfig']['responses'][200]['content']['application/json']> {
    return ops.updateAdminConsoleConfig(this.#client, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateCimdConfig(
    body: NonNullable<operations['UpdateCimdConfig']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateCimdConfig']['responses'][200]['content']['application/json']> {
    return ops.updateCimdConfig(this.#client, body, options);
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
   * @param tokenTypePath Path parameter `tokenTypePath`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateJwtCustomizer(
    tokenTypePath: operations['UpdateJwtCustomizer']['parameters']['path']['tokenTypePath'],
    body: NonNullable<operations['UpdateJwtCustomizer']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateJwtCustomizer']['responses'][200]['content']['application/json']> {
    return ops.updateJwtCustomizer(this.#client, tokenTypePath, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateOidcSessionConfig(
    body: NonNullable<operations['UpdateOidcSessionConfig']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateOidcSessionConfig']['responses'][200]['content']['application/json']> {
    return ops.updateOidcSessionConfig(this.#client, body, options);
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
   * @param actionType Path parameter `actionType`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  upsertAction(
    actionType: operations['UpsertAction']['parameters']['path']['actionType'],
    body: NonNullable<operations['UpsertAction']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpsertAction']['responses'][200]['content']['application/json'] | operations['UpsertAction']['responses'][201]['content']['application/json']> {
    return ops.upsertAction(this.#client, actionType, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  upsertIdTokenConfig(
    body: NonNullable<operations['UpsertIdTokenConfig']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpsertIdTokenConfig']['responses'][200]['content']['application/json']> {
    return ops.upsertIdTokenConfig(this.#client, body, options);
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
   * @param tokenTypePath Path parameter `tokenTypePath`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  upsertJwtCustomizer(
    tokenTypePath: operations['UpsertJwtCustomizer']['parameters']['path']['tokenTypePath'],
    body: NonNullable<operations['UpsertJwtCustomizer']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpsertJwtCustomizer']['responses'][200]['content']['application/json'] | operations['UpsertJwtCustomizer']['responses'][201]['content']['application/json']> {
    return ops.upsertJwtCustomizer(this.#client, tokenTypePath, body, options);
  }
}

/** Operations tagged "Connector factories". */
export class ConnectorFactoriesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getConnectorFactory(
    id: operations['GetConnectorFactory']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetConnectorFactory']['responses'][200]['content']['application/json']> {
    return ops.getConnectorFactory(this.#client, id, options);
  }

  /**
   * `GET /api/connector-factories` (operationId `ListConnectorFactories`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listConnectorFactories(
    options?: OperationOptions,
  ): Promise<operations['ListConnectorFactories']['responses'][200]['content']['application/json']> {
    return ops.listConnectorFactories(this.#client, options);
  }
}

/** Operations tagged "Connectors". */
export class ConnectorsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createConnector(
    body: NonNullable<operations['CreateConnector']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateConnector']['responses'][200]['content']['application/json']> {
    return ops.createConnector(this.#client, body, options);
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
   * @param connectorId Path parameter `connectorId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createConnectorAuthorizationUri(
    connectorId: operations['CreateConnectorAuthorizationUri']['parameters']['path']['connectorId'],
    body: NonNullable<operations['CreateConnectorAuthorizationUri']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateConnectorAuthorizationUri']['responses'][200]['content']['application/json']> {
    return ops.createConnectorAuthorizationUri(this.#client, connectorId, body, options);
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
   * @param factoryId Path parameter `factoryId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createConnectorTest(
    factoryId: operations['CreateConnectorTest']['parameters']['path']['factoryId'],
    body: NonNullable<operations['CreateConnectorTest']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.createConnectorTest(this.#client, factoryId, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteConnector(
    id: operations['DeleteConnector']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteConnector(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getConnector(
    id: operations['GetConnector']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetConnector']['responses'][200]['content']['application/json']> {
    return ops.getConnector(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `target`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listConnectors(
    query?: NonNullable<operations['ListConnectors']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListConnectors']['responses'][200]['content']['application/json']> {
    return ops.listConnectors(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateConnector(
    id: operations['UpdateConnector']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateConnector']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateConnector']['responses'][200]['content']['application/json']> {
    return ops.updateConnector(this.#client, id, body, options);
  }
}

/** Operations tagged "Custom phrases". */
export class CustomPhrasesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param languageTag Path parameter `languageTag`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteCustomPhrase(
    languageTag: operations['DeleteCustomPhrase']['parameters']['path']['languageTag'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteCustomPhrase(this.#client, languageTag, options);
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
   * @param languageTag Path parameter `languageTag`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getCustomPhrase(
    languageTag: operations['GetCustomPhrase']['parameters']['path']['languageTag'],
    options?: OperationOptions,
  ): Promise<operations['GetCustomPhrase']['responses'][200]['content']['application/json']> {
    return ops.getCustomPhrase(this.#client, languageTag, options);
  }

  /**
   * `GET /api/custom-phrases` (operationId `ListCustomPhrases`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listCustomPhrases(
    options?: OperationOptions,
  ): Promise<operations['ListCustomPhrases']['responses'][200]['content']['application/json']> {
    return ops.listCustomPhrases(this.#client, options);
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
   * @param languageTag Path parameter `languageTag`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceCustomPhrase(
    languageTag: operations['ReplaceCustomPhrase']['parameters']['path']['languageTag'],
    body: NonNullable<operations['ReplaceCustomPhrase']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceCustomPhrase']['responses'][201]['content']['application/json']> {
    return ops.replaceCustomPhrase(this.#client, languageTag, body, options);
  }
}

/** Operations tagged "Custom profile fields". */
export class CustomProfileFieldsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createCustomProfileField(
    body: NonNullable<operations['CreateCustomProfileField']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateCustomProfileField']['responses'][201]['content']['application/json']> {
    return ops.createCustomProfileField(this.#client, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createCustomProfileFieldsBatch(
    body: NonNullable<operations['CreateCustomProfileFieldsBatch']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateCustomProfileFieldsBatch']['responses'][201]['content']['application/json']> {
    return ops.createCustomProfileFieldsBatch(this.#client, body, options);
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
   * @param name Path parameter `name`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteCustomProfileFieldByName(
    name: operations['DeleteCustomProfileFieldByName']['parameters']['path']['name'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteCustomProfileFieldByName(this.#client, name, options);
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
   * @param name Path parameter `name`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getCustomProfileFieldByName(
    name: operations['GetCustomProfileFieldByName']['parameters']['path']['name'],
    options?: OperationOptions,
  ): Promise<operations['GetCustomProfileFieldByName']['responses'][200]['content']['application/json']> {
    return ops.getCustomProfileFieldByName(this.#client, name, options);
  }

  /**
   * `GET /api/custom-profile-fields` (operationId `ListCustomProfileFields`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listCustomProfileFields(
    options?: OperationOptions,
  ): Promise<operations['ListCustomProfileFields']['responses'][200]['content']['application/json']> {
    return ops.listCustomProfileFields(this.#client, options);
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
   * @param name Path parameter `name`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateCustomProfileFieldByName(
    name: operations['UpdateCustomProfileFieldByName']['parameters']['path']['name'],
    body: NonNullable<operations['UpdateCustomProfileFieldByName']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateCustomProfileFieldByName']['responses'][200]['content']['application/json']> {
    return ops.updateCustomProfileFieldByName(this.#client, name, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateCustomProfileFieldsSieOrder(
    body: NonNullable<operations['UpdateCustomProfileFieldsSieOrder']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateCustomProfileFieldsSieOrder']['responses'][200]['content']['application/json']> {
    return ops.updateCustomProfileFieldsSieOrder(this.#client, body, options);
  }
}

/** Operations tagged "Dashboard". */
export class DashboardApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `GET /api/dashboard/users/active` (operationId `GetActiveUserCounts`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 400: Bad Request [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param query Query parameters:
   *   - `date`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getActiveUserCounts(
    query?: NonNullable<operations['GetActiveUserCounts']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetActiveUserCounts']['responses'][200]['content']['application/json']> {
    return ops.getActiveUserCounts(this.#client, query, options);
  }

  /**
   * `GET /api/dashboard/users/new` (operationId `GetNewUserCounts`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getNewUserCounts(
    options?: OperationOptions,
  ): Promise<operations['GetNewUserCounts']['responses'][200]['content']['application/json']> {
    return ops.getNewUserCounts(this.#client, options);
  }

  /**
   * `GET /api/dashboard/users/total` (operationId `GetTotalUserCount`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getTotalUserCount(
    options?: OperationOptions,
  ): Promise<operations['GetTotalUserCount']['responses'][200]['content']['application/json']> {
    return ops.getTotalUserCount(this.#client, options);
  }
}

/** Operations tagged "Domains". */
export class DomainsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  cleanupDomains(
    body: NonNullable<operations['CleanupDomains']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CleanupDomains']['responses'][200]['content']['application/json']> {
    return ops.cleanupDomains(this.#client, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createDomain(
    body: NonNullable<operations['CreateDomain']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateDomain']['responses'][201]['content']['application/json']> {
    return ops.createDomain(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteDomain(id: operations['DeleteDomain']['parameters']['path']['id'], options?: OperationOptions): Promise<void> {
    return ops.deleteDomain(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getDomain(
    id: operations['GetDomain']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetDomain']['responses'][200]['content']['application/json']> {
    return ops.getDomain(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listDomainVerificationFiles(
    id: operations['ListDomainVerificationFiles']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['ListDomainVerificationFiles']['responses'][200]['content']['application/json']> {
    return ops.listDomainVerificationFiles(this.#client, id, options);
  }

  /**
   * `GET /api/domains` (operationId `ListDomains`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listDomains(
    options?: OperationOptions,
  ): Promise<operations['ListDomains']['responses'][200]['content']['application/json']> {
    return ops.listDomains(this.#client, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceDomainVerificationFiles(
    id: operations['ReplaceDomainVerificationFiles']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceDomainVerificationFiles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceDomainVerificationFiles']['responses'][200]['content']['application/json']> {
    return ops.replaceDomainVerificationFiles(this.#client, id, body, options);
  }
}

/** Operations tagged "Email templates". */
export class EmailTemplatesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteEmailTemplate(
    id: operations['DeleteEmailTemplate']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteEmailTemplate(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `languageTag`
   *   - `templateType`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteEmailTemplates(
    query?: NonNullable<operations['DeleteEmailTemplates']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['DeleteEmailTemplates']['responses'][200]['content']['application/json']> {
    return ops.deleteEmailTemplates(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getEmailTemplate(
    id: operations['GetEmailTemplate']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetEmailTemplate']['responses'][200]['content']['application/json']> {
    return ops.getEmailTemplate(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `languageTag`
   *   - `templateType`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listEmailTemplates(
    query?: NonNullable<operations['ListEmailTemplates']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListEmailTemplates']['responses'][200]['content']['application/json']> {
    return ops.listEmailTemplates(this.#client, query, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceEmailTemplates(
    body: NonNullable<operations['ReplaceEmailTemplates']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceEmailTemplates']['responses'][200]['content']['application/json']> {
    return ops.replaceEmailTemplates(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateEmailTemplateDetails(
    id: operations['UpdateEmailTemplateDetails']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateEmailTemplateDetails']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateEmailTemplateDetails']['responses'][200]['content']['application/json']> {
    return ops.updateEmailTemplateDetails(this.#client, id, body, options);
  }
}

/** Operations tagged "Hooks". */
export class HooksApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createHook(
    body: NonNullable<operations['CreateHook']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateHook']['responses'][201]['content']['application/json']> {
    return ops.createHook(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createHookTest(
    id: operations['CreateHookTest']['parameters']['path']['id'],
    body: NonNullable<operations['CreateHookTest']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.createHookTest(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteHook(id: operations['DeleteHook']['parameters']['path']['id'], options?: OperationOptions): Promise<void> {
    return ops.deleteHook(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `includeExecutionStats`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getHook(
    id: operations['GetHook']['parameters']['path']['id'],
    query?: NonNullable<operations['GetHook']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetHook']['responses'][200]['content']['application/json']> {
    return ops.getHook(this.#client, id, query, options);
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
  listHookRecentLogs(
    id: operations['ListHookRecentLogs']['parameters']['path']['id'],
    query?: NonNullable<operations['ListHookRecentLogs']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListHookRecentLogs']['responses'][200]['content']['application/json']> {
    return ops.listHookRecentLogs(this.#client, id, query, options);
  }

  /**
   * Every item of `listHookRecentLogs`, page after page: `GET /api/hooks/{id}/recent-logs` (operationId `ListHookRecentLogs`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listHookRecentLogs`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listHookRecentLogsIterate(
    id: operations['ListHookRecentLogs']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListHookRecentLogs']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListHookRecentLogs']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listHookRecentLogsIterate(this.#client, id, query, options);
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
   * @param query Query parameters:
   *   - `includeExecutionStats`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listHooks(
    query?: NonNullable<operations['ListHooks']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListHooks']['responses'][200]['content']['application/json']> {
    return ops.listHooks(this.#client, query, options);
  }

  /**
   * Every item of `listHooks`, page after page: `GET /api/hooks` (operationId `ListHooks`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listHooks`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listHooksIterate(
    query?: Omit<NonNullable<operations['ListHooks']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListHooks']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listHooksIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateHook(
    id: operations['UpdateHook']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateHook']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateHook']['responses'][200]['content']['application/json']> {
    return ops.updateHook(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateHookSigningKey(
    id: operations['UpdateHookSigningKey']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['UpdateHookSigningKey']['responses'][200]['content']['application/json']> {
    return ops.updateHookSigningKey(this.#client, id, options);
  }
}

/** Operations tagged "One-time tokens". */
export class OneTimeTokensApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  addOneTimeTokens(
    body: NonNullable<operations['AddOneTimeTokens']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['AddOneTimeTokens']['responses'][201]['content']['application/json']> {
    return ops.addOneTimeTokens(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOneTimeToken(
    id: operations['DeleteOneTimeToken']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOneTimeToken(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOneTimeToken(
    id: operations['GetOneTimeToken']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOneTimeToken']['responses'][200]['content']['application/json']> {
    return ops.getOneTimeToken(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `email`
   *   - `status`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOneTimeTokens(
    query?: NonNullable<operations['ListOneTimeTokens']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOneTimeTokens']['responses'][200]['content']['application/json']> {
    return ops.listOneTimeTokens(this.#client, query, options);
  }

  /**
   * Every item of `listOneTimeTokens`, page after page: `GET /api/one-time-tokens` (operationId `ListOneTimeTokens`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listOneTimeTokens`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOneTimeTokensIterate(
    query?: Omit<NonNullable<operations['ListOneTimeTokens']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOneTimeTokens']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOneTimeTokensIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOneTimeTokenStatus(
    id: operations['ReplaceOneTimeTokenStatus']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOneTimeTokenStatus']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceOneTimeTokenStatus']['responses'][200]['content']['application/json']> {
    return ops.replaceOneTimeTokenStatus(this.#client, id, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  verifyOneTimeToken(
    body: NonNullable<operations['VerifyOneTimeToken']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['VerifyOneTimeToken']['responses'][200]['content']['application/json']> {
    return ops.verifyOneTimeToken(this.#client, body, options);
  }
}

/** Operations tagged "Organization invitations". */
export class OrganizationInvitationsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body The invitation to create.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: The invitation was stored; it is returned with its roles).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationInvitation(
    body: NonNullable<operations['CreateOrganizationInvitation']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateOrganizationInvitation']['responses'][201]['content']['application/json']> {
    return ops.createOrganizationInvitation(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Values for the invitation e-mail template.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The e-mail was handed to the connector).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationInvitationMessage(
    id: operations['CreateOrganizationInvitationMessage']['parameters']['path']['id'],
    body: NonNullable<operations['CreateOrganizationInvitationMessage']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.createOrganizationInvitationMessage(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The invitation is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationInvitation(
    id: operations['DeleteOrganizationInvitation']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationInvitation(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The invitation).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOrganizationInvitation(
    id: operations['GetOrganizationInvitation']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOrganizationInvitation']['responses'][200]['content']['application/json']> {
    return ops.getOrganizationInvitation(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `organizationId`: Only invitations into this organization
   *   - `inviterId`: Only invitations sent by this user
   *   - `invitee`: Only invitations addressed to this e-mail address, compared without regard to case
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The matching invitations, each with the organization roles it grants on acceptance).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationInvitations(
    query?: NonNullable<operations['ListOrganizationInvitations']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationInvitations']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationInvitations(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body The new status.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The invitation after the change).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationInvitationStatus(
    id: operations['ReplaceOrganizationInvitationStatus']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationInvitationStatus']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceOrganizationInvitationStatus']['responses'][200]['content']['application/json']> {
    return ops.replaceOrganizationInvitationStatus(this.#client, id, body, options);
  }
}

/** Operations tagged "Organization roles". */
export class OrganizationRolesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body The role to create.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: The role was created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationRole(
    body: NonNullable<operations['CreateOrganizationRole']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateOrganizationRole']['responses'][201]['content']['application/json']> {
    return ops.createOrganizationRole(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationRoleResourceScope(
    id: operations['CreateOrganizationRoleResourceScope']['parameters']['path']['id'],
    body: NonNullable<operations['CreateOrganizationRoleResourceScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createOrganizationRoleResourceScope(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationRoleScope(
    id: operations['CreateOrganizationRoleScope']['parameters']['path']['id'],
    body: NonNullable<operations['CreateOrganizationRoleScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createOrganizationRoleScope(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The role is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationRole(
    id: operations['DeleteOrganizationRole']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationRole(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param scopeId Path parameter `scopeId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationRoleResourceScope(
    id: operations['DeleteOrganizationRoleResourceScope']['parameters']['path']['id'],
    scopeId: operations['DeleteOrganizationRoleResourceScope']['parameters']['path']['scopeId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationRoleResourceScope(this.#client, id, scopeId, options);
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
   * @param id Path parameter `id`.
   * @param organizationScopeId Path parameter `organizationScopeId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationRoleScope(
    id: operations['DeleteOrganizationRoleScope']['parameters']['path']['id'],
    organizationScopeId: operations['DeleteOrganizationRoleScope']['parameters']['path']['organizationScopeId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationRoleScope(this.#client, id, organizationScopeId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOrganizationRole(
    id: operations['GetOrganizationRole']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOrganizationRole']['responses'][200]['content']['application/json']> {
    return ops.getOrganizationRole(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationRoleResourceScopes(
    id: operations['ListOrganizationRoleResourceScopes']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationRoleResourceScopes']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationRoleResourceScopes']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationRoleResourceScopes(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationRoleResourceScopes`, page after page: `GET /api/organization-roles/{id}/resource-scopes` (operationId `ListOrganizationRoleResourceScopes`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationRoleResourceScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationRoleResourceScopesIterate(
    id: operations['ListOrganizationRoleResourceScopes']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationRoleResourceScopes']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationRoleResourceScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationRoleResourceScopesIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationRoleScopes(
    id: operations['ListOrganizationRoleScopes']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationRoleScopes']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationRoleScopes']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationRoleScopes(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationRoleScopes`, page after page: `GET /api/organization-roles/{id}/scopes` (operationId `ListOrganizationRoleScopes`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationRoleScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationRoleScopesIterate(
    id: operations['ListOrganizationRoleScopes']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationRoleScopes']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationRoleScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationRoleScopesIterate(this.#client, id, query, options);
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
   * @param query Query parameters:
   *   - `q`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationRoles(
    query?: NonNullable<operations['ListOrganizationRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationRoles']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationRoles(this.#client, query, options);
  }

  /**
   * Every item of `listOrganizationRoles`, page after page: `GET /api/organization-roles` (operationId `ListOrganizationRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listOrganizationRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationRolesIterate(
    query?: Omit<NonNullable<operations['ListOrganizationRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationRolesIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationRoleResourceScopes(
    id: operations['ReplaceOrganizationRoleResourceScopes']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationRoleResourceScopes']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationRoleResourceScopes(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationRoleScopes(
    id: operations['ReplaceOrganizationRoleScopes']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationRoleScopes']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationRoleScopes(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateOrganizationRole(
    id: operations['UpdateOrganizationRole']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateOrganizationRole']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateOrganizationRole']['responses'][200]['content']['application/json']> {
    return ops.updateOrganizationRole(this.#client, id, body, options);
  }
}

/** Operations tagged "Organization scopes". */
export class OrganizationScopesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationScope(
    body: NonNullable<operations['CreateOrganizationScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateOrganizationScope']['responses'][201]['content']['application/json']> {
    return ops.createOrganizationScope(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationScope(
    id: operations['DeleteOrganizationScope']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationScope(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOrganizationScope(
    id: operations['GetOrganizationScope']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOrganizationScope']['responses'][200]['content']['application/json']> {
    return ops.getOrganizationScope(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `q`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationScopes(
    query?: NonNullable<operations['ListOrganizationScopes']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationScopes']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationScopes(this.#client, query, options);
  }

  /**
   * Every item of `listOrganizationScopes`, page after page: `GET /api/organization-scopes` (operationId `ListOrganizationScopes`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listOrganizationScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationScopesIterate(
    query?: Omit<NonNullable<operations['ListOrganizationScopes']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationScopesIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateOrganizationScope(
    id: operations['UpdateOrganizationScope']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateOrganizationScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateOrganizationScope']['responses'][200]['content']['application/json']> {
    return ops.updateOrganizationScope(this.#client, id, body, options);
  }
}

/** Operations tagged "Organizations". */
export class OrganizationsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  addOrganizationApplications(
    id: operations['AddOrganizationApplications']['parameters']['path']['id'],
    body: NonNullable<operations['AddOrganizationApplications']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.addOrganizationApplications(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body The users to add.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: The users are members).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  addOrganizationUsers(
    id: operations['AddOrganizationUsers']['parameters']['path']['id'],
    body: NonNullable<operations['AddOrganizationUsers']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['AddOrganizationUsers']['responses'][201]['content']['application/json']> {
    return ops.addOrganizationUsers(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignOrganizationRolesToApplication(
    id: operations['AssignOrganizationRolesToApplication']['parameters']['path']['id'],
    applicationId: operations['AssignOrganizationRolesToApplication']['parameters']['path']['applicationId'],
    body: NonNullable<operations['AssignOrganizationRolesToApplication']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.assignOrganizationRolesToApplication(this.#client, id, applicationId, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignOrganizationRolesToApplications(
    id: operations['AssignOrganizationRolesToApplications']['parameters']['path']['id'],
    body: NonNullable<operations['AssignOrganizationRolesToApplications']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.assignOrganizationRolesToApplications(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignOrganizationRolesToUser(
    id: operations['AssignOrganizationRolesToUser']['parameters']['path']['id'],
    userId: operations['AssignOrganizationRolesToUser']['parameters']['path']['userId'],
    body: NonNullable<operations['AssignOrganizationRolesToUser']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['AssignOrganizationRolesToUser']['responses'][201]['content']['application/json']> {
    return ops.assignOrganizationRolesToUser(this.#client, id, userId, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignOrganizationRolesToUsers(
    id: operations['AssignOrganizationRolesToUsers']['parameters']['path']['id'],
    body: NonNullable<operations['AssignOrganizationRolesToUsers']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.assignOrganizationRolesToUsers(this.#client, id, body, options);
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
   * @param body The organization to create.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: The organization was created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganization(
    body: NonNullable<operations['CreateOrganization']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateOrganization']['responses'][201]['content']['application/json']> {
    return ops.createOrganization(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationJitEmailDomain(
    id: operations['CreateOrganizationJitEmailDomain']['parameters']['path']['id'],
    body: NonNullable<operations['CreateOrganizationJitEmailDomain']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateOrganizationJitEmailDomain']['responses'][201]['content']['application/json']> {
    return ops.createOrganizationJitEmailDomain(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationJitRole(
    id: operations['CreateOrganizationJitRole']['parameters']['path']['id'],
    body: NonNullable<operations['CreateOrganizationJitRole']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createOrganizationJitRole(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createOrganizationJitSsoConnector(
    id: operations['CreateOrganizationJitSsoConnector']['parameters']['path']['id'],
    body: NonNullable<operations['CreateOrganizationJitSsoConnector']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createOrganizationJitSsoConnector(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The organization is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganization(
    id: operations['DeleteOrganization']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganization(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationApplication(
    id: operations['DeleteOrganizationApplication']['parameters']['path']['id'],
    applicationId: operations['DeleteOrganizationApplication']['parameters']['path']['applicationId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationApplication(this.#client, id, applicationId, options);
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
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param organizationRoleId Path parameter `organizationRoleId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationApplicationRole(
    id: operations['DeleteOrganizationApplicationRole']['parameters']['path']['id'],
    applicationId: operations['DeleteOrganizationApplicationRole']['parameters']['path']['applicationId'],
    organizationRoleId: operations['DeleteOrganizationApplicationRole']['parameters']['path']['organizationRoleId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationApplicationRole(this.#client, id, applicationId, organizationRoleId, options);
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
   * @param id Path parameter `id`.
   * @param emailDomain Path parameter `emailDomain`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationJitEmailDomain(
    id: operations['DeleteOrganizationJitEmailDomain']['parameters']['path']['id'],
    emailDomain: operations['DeleteOrganizationJitEmailDomain']['parameters']['path']['emailDomain'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationJitEmailDomain(this.#client, id, emailDomain, options);
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
   * @param id Path parameter `id`.
   * @param organizationRoleId Path parameter `organizationRoleId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationJitRole(
    id: operations['DeleteOrganizationJitRole']['parameters']['path']['id'],
    organizationRoleId: operations['DeleteOrganizationJitRole']['parameters']['path']['organizationRoleId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationJitRole(this.#client, id, organizationRoleId, options);
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
   * @param id Path parameter `id`.
   * @param ssoConnectorId Path parameter `ssoConnectorId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationJitSsoConnector(
    id: operations['DeleteOrganizationJitSsoConnector']['parameters']['path']['id'],
    ssoConnectorId: operations['DeleteOrganizationJitSsoConnector']['parameters']['path']['ssoConnectorId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationJitSsoConnector(this.#client, id, ssoConnectorId, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationUser(
    id: operations['DeleteOrganizationUser']['parameters']['path']['id'],
    userId: operations['DeleteOrganizationUser']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationUser(this.#client, id, userId, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param organizationRoleId Path parameter `organizationRoleId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationUserRole(
    id: operations['DeleteOrganizationUserRole']['parameters']['path']['id'],
    userId: operations['DeleteOrganizationUserRole']['parameters']['path']['userId'],
    organizationRoleId: operations['DeleteOrganizationUserRole']['parameters']['path']['organizationRoleId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteOrganizationUserRole(this.#client, id, userId, organizationRoleId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The organization).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOrganization(
    id: operations['GetOrganization']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOrganization']['responses'][200]['content']['application/json']> {
    return ops.getOrganization(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationApplicationRoles(
    id: operations['ListOrganizationApplicationRoles']['parameters']['path']['id'],
    applicationId: operations['ListOrganizationApplicationRoles']['parameters']['path']['applicationId'],
    query?: NonNullable<operations['ListOrganizationApplicationRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationApplicationRoles']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationApplicationRoles(this.#client, id, applicationId, query, options);
  }

  /**
   * Every item of `listOrganizationApplicationRoles`, page after page: `GET /api/organizations/{id}/applications/{applicationId}/roles` (operationId `ListOrganizationApplicationRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param query Query parameters as for `listOrganizationApplicationRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationApplicationRolesIterate(
    id: operations['ListOrganizationApplicationRoles']['parameters']['path']['id'],
    applicationId: operations['ListOrganizationApplicationRoles']['parameters']['path']['applicationId'],
    query?: Omit<NonNullable<operations['ListOrganizationApplicationRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationApplicationRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationApplicationRolesIterate(this.#client, id, applicationId, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `q`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationApplications(
    id: operations['ListOrganizationApplications']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationApplications']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationApplications']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationApplications(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationApplications`, page after page: `GET /api/organizations/{id}/applications` (operationId `ListOrganizationApplications`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationApplications`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationApplicationsIterate(
    id: operations['ListOrganizationApplications']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationApplications']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationApplications']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationApplicationsIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationJitEmailDomains(
    id: operations['ListOrganizationJitEmailDomains']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationJitEmailDomains']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationJitEmailDomains']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationJitEmailDomains(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationJitEmailDomains`, page after page: `GET /api/organizations/{id}/jit/email-domains` (operationId `ListOrganizationJitEmailDomains`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationJitEmailDomains`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationJitEmailDomainsIterate(
    id: operations['ListOrganizationJitEmailDomains']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationJitEmailDomains']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationJitEmailDomains']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationJitEmailDomainsIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationJitRoles(
    id: operations['ListOrganizationJitRoles']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationJitRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationJitRoles']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationJitRoles(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationJitRoles`, page after page: `GET /api/organizations/{id}/jit/roles` (operationId `ListOrganizationJitRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationJitRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationJitRolesIterate(
    id: operations['ListOrganizationJitRoles']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationJitRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationJitRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationJitRolesIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationJitSsoConnectors(
    id: operations['ListOrganizationJitSsoConnectors']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationJitSsoConnectors']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationJitSsoConnectors']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationJitSsoConnectors(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationJitSsoConnectors`, page after page: `GET /api/organizations/{id}/jit/sso-connectors` (operationId `ListOrganizationJitSsoConnectors`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationJitSsoConnectors`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationJitSsoConnectorsIterate(
    id: operations['ListOrganizationJitSsoConnectors']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationJitSsoConnectors']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationJitSsoConnectors']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationJitSsoConnectorsIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationUserRoles(
    id: operations['ListOrganizationUserRoles']['parameters']['path']['id'],
    userId: operations['ListOrganizationUserRoles']['parameters']['path']['userId'],
    query?: NonNullable<operations['ListOrganizationUserRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationUserRoles']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationUserRoles(this.#client, id, userId, query, options);
  }

  /**
   * Every item of `listOrganizationUserRoles`, page after page: `GET /api/organizations/{id}/users/{userId}/roles` (operationId `ListOrganizationUserRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param query Query parameters as for `listOrganizationUserRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationUserRolesIterate(
    id: operations['ListOrganizationUserRoles']['parameters']['path']['id'],
    userId: operations['ListOrganizationUserRoles']['parameters']['path']['userId'],
    query?: Omit<NonNullable<operations['ListOrganizationUserRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationUserRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationUserRolesIterate(this.#client, id, userId, query, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizationUserScopes(
    id: operations['ListOrganizationUserScopes']['parameters']['path']['id'],
    userId: operations['ListOrganizationUserScopes']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationUserScopes']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationUserScopes(this.#client, id, userId, options);
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
  listOrganizationUsers(
    id: operations['ListOrganizationUsers']['parameters']['path']['id'],
    query?: NonNullable<operations['ListOrganizationUsers']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizationUsers']['responses'][200]['content']['application/json']> {
    return ops.listOrganizationUsers(this.#client, id, query, options);
  }

  /**
   * Every item of `listOrganizationUsers`, page after page: `GET /api/organizations/{id}/users` (operationId `ListOrganizationUsers`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listOrganizationUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationUsersIterate(
    id: operations['ListOrganizationUsers']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationUsers']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationUsersIterate(this.#client, id, query, options);
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
   * @param query Query parameters:
   *   - `q`
   *   - `showFeatured`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listOrganizations(
    query?: NonNullable<operations['ListOrganizations']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListOrganizations']['responses'][200]['content']['application/json']> {
    return ops.listOrganizations(this.#client, query, options);
  }

  /**
   * Every item of `listOrganizations`, page after page: `GET /api/organizations` (operationId `ListOrganizations`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listOrganizations`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationsIterate(
    query?: Omit<NonNullable<operations['ListOrganizations']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizations']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listOrganizationsIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationApplicationRoles(
    id: operations['ReplaceOrganizationApplicationRoles']['parameters']['path']['id'],
    applicationId: operations['ReplaceOrganizationApplicationRoles']['parameters']['path']['applicationId'],
    body: NonNullable<operations['ReplaceOrganizationApplicationRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationApplicationRoles(this.#client, id, applicationId, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationApplications(
    id: operations['ReplaceOrganizationApplications']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationApplications']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationApplications(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationJitEmailDomains(
    id: operations['ReplaceOrganizationJitEmailDomains']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationJitEmailDomains']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationJitEmailDomains(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationJitRoles(
    id: operations['ReplaceOrganizationJitRoles']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationJitRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationJitRoles(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationJitSsoConnectors(
    id: operations['ReplaceOrganizationJitSsoConnectors']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationJitSsoConnectors']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationJitSsoConnectors(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationUserRoles(
    id: operations['ReplaceOrganizationUserRoles']['parameters']['path']['id'],
    userId: operations['ReplaceOrganizationUserRoles']['parameters']['path']['userId'],
    body: NonNullable<operations['ReplaceOrganizationUserRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationUserRoles(this.#client, id, userId, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceOrganizationUsers(
    id: operations['ReplaceOrganizationUsers']['parameters']['path']['id'],
    body: NonNullable<operations['ReplaceOrganizationUsers']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.replaceOrganizationUsers(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateOrganization(
    id: operations['UpdateOrganization']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateOrganization']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateOrganization']['responses'][200]['content']['application/json']> {
    return ops.updateOrganization(this.#client, id, body, options);
  }
}

/** Operations tagged "Resources". */
export class ResourcesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createResource(
    body: NonNullable<operations['CreateResource']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateResource']['responses'][201]['content']['application/json']> {
    return ops.createResource(this.#client, body, options);
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
   * @param resourceId Path parameter `resourceId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createResourceScope(
    resourceId: operations['CreateResourceScope']['parameters']['path']['resourceId'],
    body: NonNullable<operations['CreateResourceScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateResourceScope']['responses'][201]['content']['application/json']> {
    return ops.createResourceScope(this.#client, resourceId, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteResource(
    id: operations['DeleteResource']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteResource(this.#client, id, options);
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
   * @param resourceId Path parameter `resourceId`.
   * @param scopeId Path parameter `scopeId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteResourceScope(
    resourceId: operations['DeleteResourceScope']['parameters']['path']['resourceId'],
    scopeId: operations['DeleteResourceScope']['parameters']['path']['scopeId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteResourceScope(this.#client, resourceId, scopeId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getResource(
    id: operations['GetResource']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetResource']['responses'][200]['content']['application/json']> {
    return ops.getResource(this.#client, id, options);
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
   * @param resourceId Path parameter `resourceId`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listResourceScopes(
    resourceId: operations['ListResourceScopes']['parameters']['path']['resourceId'],
    query?: NonNullable<operations['ListResourceScopes']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListResourceScopes']['responses'][200]['content']['application/json']> {
    return ops.listResourceScopes(this.#client, resourceId, query, options);
  }

  /**
   * Every item of `listResourceScopes`, page after page: `GET /api/resources/{resourceId}/scopes` (operationId `ListResourceScopes`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param resourceId Path parameter `resourceId`.
   * @param query Query parameters as for `listResourceScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listResourceScopesIterate(
    resourceId: operations['ListResourceScopes']['parameters']['path']['resourceId'],
    query?: Omit<NonNullable<operations['ListResourceScopes']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListResourceScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listResourceScopesIterate(this.#client, resourceId, query, options);
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
   * @param query Query parameters:
   *   - `includeScopes`
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listResources(
    query?: NonNullable<operations['ListResources']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListResources']['responses'][200]['content']['application/json']> {
    return ops.listResources(this.#client, query, options);
  }

  /**
   * Every item of `listResources`, page after page: `GET /api/resources` (operationId `ListResources`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listResources`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listResourcesIterate(
    query?: Omit<NonNullable<operations['ListResources']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListResources']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listResourcesIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateResource(
    id: operations['UpdateResource']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateResource']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateResource']['responses'][200]['content']['application/json']> {
    return ops.updateResource(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateResourceIsDefault(
    id: operations['UpdateResourceIsDefault']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateResourceIsDefault']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateResourceIsDefault']['responses'][200]['content']['application/json']> {
    return ops.updateResourceIsDefault(this.#client, id, body, options);
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
   * @param resourceId Path parameter `resourceId`.
   * @param scopeId Path parameter `scopeId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateResourceScope(
    resourceId: operations['UpdateResourceScope']['parameters']['path']['resourceId'],
    scopeId: operations['UpdateResourceScope']['parameters']['path']['scopeId'],
    body: NonNullable<operations['UpdateResourceScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateResourceScope']['responses'][200]['content']['application/json']> {
    return ops.updateResourceScope(this.#client, resourceId, scopeId, body, options);
  }
}

/** Operations tagged "Roles". */
export class RolesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createRole(
    body: NonNullable<operations['CreateRole']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateRole']['responses'][200]['content']['application/json']> {
    return ops.createRole(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createRoleApplication(
    id: operations['CreateRoleApplication']['parameters']['path']['id'],
    body: NonNullable<operations['CreateRoleApplication']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createRoleApplication(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createRoleScope(
    id: operations['CreateRoleScope']['parameters']['path']['id'],
    body: NonNullable<operations['CreateRoleScope']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<undefined | operations['CreateRoleScope']['responses'][201]['content']['application/json']> {
    return ops.createRoleScope(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createRoleUser(
    id: operations['CreateRoleUser']['parameters']['path']['id'],
    body: NonNullable<operations['CreateRoleUser']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<string> {
    return ops.createRoleUser(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteRole(id: operations['DeleteRole']['parameters']['path']['id'], options?: OperationOptions): Promise<void> {
    return ops.deleteRole(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param applicationId Path parameter `applicationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteRoleApplication(
    id: operations['DeleteRoleApplication']['parameters']['path']['id'],
    applicationId: operations['DeleteRoleApplication']['parameters']['path']['applicationId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteRoleApplication(this.#client, id, applicationId, options);
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
   * @param id Path parameter `id`.
   * @param scopeId Path parameter `scopeId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteRoleScope(
    id: operations['DeleteRoleScope']['parameters']['path']['id'],
    scopeId: operations['DeleteRoleScope']['parameters']['path']['scopeId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteRoleScope(this.#client, id, scopeId, options);
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
   * @param id Path parameter `id`.
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteRoleUser(
    id: operations['DeleteRoleUser']['parameters']['path']['id'],
    userId: operations['DeleteRoleUser']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteRoleUser(this.#client, id, userId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getRole(
    id: operations['GetRole']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetRole']['responses'][200]['content']['application/json']> {
    return ops.getRole(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listRoleApplications(
    id: operations['ListRoleApplications']['parameters']['path']['id'],
    query?: NonNullable<operations['ListRoleApplications']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListRoleApplications']['responses'][200]['content']['application/json'] | undefined> {
    return ops.listRoleApplications(this.#client, id, query, options);
  }

  /**
   * Every item of `listRoleApplications`, page after page: `GET /api/roles/{id}/applications` (operationId `ListRoleApplications`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listRoleApplications`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listRoleApplicationsIterate(
    id: operations['ListRoleApplications']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListRoleApplications']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListRoleApplications']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listRoleApplicationsIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listRoleScopes(
    id: operations['ListRoleScopes']['parameters']['path']['id'],
    query?: NonNullable<operations['ListRoleScopes']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListRoleScopes']['responses'][200]['content']['application/json']> {
    return ops.listRoleScopes(this.#client, id, query, options);
  }

  /**
   * Every item of `listRoleScopes`, page after page: `GET /api/roles/{id}/scopes` (operationId `ListRoleScopes`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listRoleScopes`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listRoleScopesIterate(
    id: operations['ListRoleScopes']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListRoleScopes']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListRoleScopes']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listRoleScopesIterate(this.#client, id, query, options);
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
   * @param id Path parameter `id`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listRoleUsers(
    id: operations['ListRoleUsers']['parameters']['path']['id'],
    query?: NonNullable<operations['ListRoleUsers']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListRoleUsers']['responses'][200]['content']['application/json']> {
    return ops.listRoleUsers(this.#client, id, query, options);
  }

  /**
   * Every item of `listRoleUsers`, page after page: `GET /api/roles/{id}/users` (operationId `ListRoleUsers`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param id Path parameter `id`.
   * @param query Query parameters as for `listRoleUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listRoleUsersIterate(
    id: operations['ListRoleUsers']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListRoleUsers']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListRoleUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listRoleUsersIterate(this.#client, id, query, options);
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
  listRoles(
    query?: NonNullable<operations['ListRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListRoles']['responses'][200]['content']['application/json']> {
    return ops.listRoles(this.#client, query, options);
  }

  /**
   * Every item of `listRoles`, page after page: `GET /api/roles` (operationId `ListRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listRolesIterate(
    query?: Omit<NonNullable<operations['ListRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listRolesIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateRole(
    id: operations['UpdateRole']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateRole']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateRole']['responses'][200]['content']['application/json']> {
    return ops.updateRole(this.#client, id, body, options);
  }
}

/** Operations tagged "SAML applications". */
export class SAMLApplicationsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createSamlApplication(
    body: NonNullable<operations['CreateSamlApplication']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateSamlApplication']['responses'][201]['content']['application/json']> {
    return ops.createSamlApplication(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createSamlApplicationSecret(
    id: operations['CreateSamlApplicationSecret']['parameters']['path']['id'],
    body: NonNullable<operations['CreateSamlApplicationSecret']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateSamlApplicationSecret']['responses'][201]['content']['application/json']> {
    return ops.createSamlApplicationSecret(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteSamlApplication(
    id: operations['DeleteSamlApplication']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteSamlApplication(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param secretId Path parameter `secretId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteSamlApplicationSecret(
    id: operations['DeleteSamlApplicationSecret']['parameters']['path']['id'],
    secretId: operations['DeleteSamlApplicationSecret']['parameters']['path']['secretId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteSamlApplicationSecret(this.#client, id, secretId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getSamlApplication(
    id: operations['GetSamlApplication']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetSamlApplication']['responses'][200]['content']['application/json']> {
    return ops.getSamlApplication(this.#client, id, options);
  }

  /**
   * `GET /api/saml-applications/{id}/callback` (operationId `GetSamlApplicationCallback`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 400: Bad Request [application/json]
   * - 404: Not Found [application/json]
   *
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
  getSamlApplicationCallback(
    id: operations['GetSamlApplicationCallback']['parameters']['path']['id'],
    query?: NonNullable<operations['GetSamlApplicationCallback']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetSamlApplicationCallback']['responses'][200]['content']['application/json']> {
    return ops.getSamlApplicationCallback(this.#client, id, query, options);
  }

  /**
   * `GET /api/saml-applications/{id}/metadata` (operationId `ListSamlApplicationMetadata`).
   *
   * Responses:
   * - 200: OK [application/json, text/xml]
   * - 400: Bad Request [application/json]
   * - 404: Not Found [application/json]
   *
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listSamlApplicationMetadata(
    id: operations['ListSamlApplicationMetadata']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['ListSamlApplicationMetadata']['responses'][200]['content']['application/json']> {
    return ops.listSamlApplicationMetadata(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listSamlApplicationSecrets(
    id: operations['ListSamlApplicationSecrets']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['ListSamlApplicationSecrets']['responses'][200]['content']['application/json']> {
    return ops.listSamlApplicationSecrets(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateSamlApplication(
    id: operations['UpdateSamlApplication']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateSamlApplication']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateSamlApplication']['responses'][200]['content']['application/json']> {
    return ops.updateSamlApplication(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param secretId Path parameter `secretId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateSamlApplicationSecret(
    id: operations['UpdateSamlApplicationSecret']['parameters']['path']['id'],
    secretId: operations['UpdateSamlApplicationSecret']['parameters']['path']['secretId'],
    body: NonNullable<operations['UpdateSamlApplicationSecret']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateSamlApplicationSecret']['responses'][200]['content']['application/json']> {
    return ops.updateSamlApplicationSecret(this.#client, id, secretId, body, options);
  }
}

/** Operations tagged "SAML applications auth flow". */
export class SAMLApplicationsAuthFlowApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `POST /api/saml/{id}/authn` (operationId `CreateSamlAuthn`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 302: Found [text/plain]
   * - 400: Bad Request [application/json]
   * - 404: Not Found [application/json, text/plain]
   *
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createSamlAuthn(
    id: operations['CreateSamlAuthn']['parameters']['path']['id'],
    body: NonNullable<operations['CreateSamlAuthn']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateSamlAuthn']['responses'][200]['content']['application/json']> {
    return ops.createSamlAuthn(this.#client, id, body, options);
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
  getSamlAuthn(
    id: operations['GetSamlAuthn']['parameters']['path']['id'],
    query: NonNullable<operations['GetSamlAuthn']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetSamlAuthn']['responses'][200]['content']['application/json']> {
    return ops.getSamlAuthn(this.#client, id, query, options);
  }
}

/** Operations tagged "SSO connector providers". */
export class SSOConnectorProvidersApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `GET /api/sso-connector-providers` (operationId `ListSsoConnectorProviders`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listSsoConnectorProviders(
    options?: OperationOptions,
  ): Promise<operations['ListSsoConnectorProviders']['responses'][200]['content']['application/json']> {
    return ops.listSsoConnectorProviders(this.#client, options);
  }
}

/** Operations tagged "SSO connectors". */
export class SSOConnectorsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createSsoConnector(
    body: NonNullable<operations['CreateSsoConnector']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateSsoConnector']['responses'][200]['content']['application/json']> {
    return ops.createSsoConnector(this.#client, body, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createSsoConnectorSigningKey(
    id: operations['CreateSsoConnectorSigningKey']['parameters']['path']['id'],
    body: NonNullable<operations['CreateSsoConnectorSigningKey']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateSsoConnectorSigningKey']['responses'][201]['content']['application/json']> {
    return ops.createSsoConnectorSigningKey(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteSsoConnector(
    id: operations['DeleteSsoConnector']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteSsoConnector(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param keyId Path parameter `keyId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteSsoConnectorSigningKey(
    id: operations['DeleteSsoConnectorSigningKey']['parameters']['path']['id'],
    keyId: operations['DeleteSsoConnectorSigningKey']['parameters']['path']['keyId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteSsoConnectorSigningKey(this.#client, id, keyId, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getSsoConnector(
    id: operations['GetSsoConnector']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetSsoConnector']['responses'][200]['content']['application/json']> {
    return ops.getSsoConnector(this.#client, id, options);
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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listSsoConnectorSigningKeys(
    id: operations['ListSsoConnectorSigningKeys']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['ListSsoConnectorSigningKeys']['responses'][200]['content']['application/json']> {
    return ops.listSsoConnectorSigningKeys(this.#client, id, options);
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
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listSsoConnectors(
    query?: NonNullable<operations['ListSsoConnectors']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListSsoConnectors']['responses'][200]['content']['application/json']> {
    return ops.listSsoConnectors(this.#client, query, options);
  }

  /**
   * Every item of `listSsoConnectors`, page after page: `GET /api/sso-connectors` (operationId `ListSsoConnectors`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listSsoConnectors`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listSsoConnectorsIterate(
    query?: Omit<NonNullable<operations['ListSsoConnectors']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListSsoConnectors']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listSsoConnectorsIterate(this.#client, query, options);
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
   * @param id Path parameter `id`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateSsoConnector(
    id: operations['UpdateSsoConnector']['parameters']['path']['id'],
    body: NonNullable<operations['UpdateSsoConnector']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateSsoConnector']['responses'][200]['content']['application/json']> {
    return ops.updateSsoConnector(this.#client, id, body, options);
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
   * @param id Path parameter `id`.
   * @param keyId Path parameter `keyId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateSsoConnectorSigningKey(
    id: operations['UpdateSsoConnectorSigningKey']['parameters']['path']['id'],
    keyId: operations['UpdateSsoConnectorSigningKey']['parameters']['path']['keyId'],
    body: NonNullable<operations['UpdateSsoConnectorSigningKey']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateSsoConnectorSigningKey']['responses'][200]['content']['application/json']> {
    return ops.updateSsoConnectorSigningKey(this.#client, id, keyId, body, options);
  }
}

/** Operations tagged "Secrets". */
export class SecretsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param id Path parameter `id`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteSecret(id: operations['DeleteSecret']['parameters']['path']['id'], options?: OperationOptions): Promise<void> {
    return ops.deleteSecret(this.#client, id, options);
  }
}

/** Operations tagged "Sentinel activities". */
export class SentinelActivitiesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteSentinelActivities(
    body: NonNullable<operations['DeleteSentinelActivities']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteSentinelActivities(this.#client, body, options);
  }
}

/** Operations tagged "Sign-in experience". */
export class SignInExperienceApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  checkPasswordWithDefaultSignInExperience(
    body: NonNullable<operations['CheckPasswordWithDefaultSignInExperience']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CheckPasswordWithDefaultSignInExperience']['responses'][200]['content']['application/json']> {
    return ops.checkPasswordWithDefaultSignInExperience(this.#client, body, options);
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
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getSignInExp(
    options?: OperationOptions,
  ): Promise<operations['GetSignInExp']['responses'][200]['content']['application/json']> {
    return ops.getSignInExp(this.#client, options);
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
   * @param query Query parameters:
   *   - `limit` (required)
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUsernameCaseSensitivityConflicts(
    query: NonNullable<operations['GetUsernameCaseSensitivityConflicts']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetUsernameCaseSensitivityConflicts']['responses'][200]['content']['application/json']> {
    return ops.getUsernameCaseSensitivityConflicts(this.#client, query, options);
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
   * @param body Request body (application/json).
   * @param query Query parameters:
   *   - `removeUnusedDemoSocialConnector`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateSignInExp(
    body: NonNullable<operations['UpdateSignInExp']['requestBody']>['content']['application/json'],
    query?: NonNullable<operations['UpdateSignInExp']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['UpdateSignInExp']['responses'][200]['content']['application/json']> {
    return ops.updateSignInExp(this.#client, body, query, options);
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
   * @param body Request body (multipart/form-data).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  uploadCustomUiAssets(
    body?: NonNullable<operations['UploadCustomUiAssets']['requestBody']>['content']['multipart/form-data'],
    options?: OperationOptions,
  ): Promise<operations['UploadCustomUiAssets']['responses'][200]['content']['application/json']> {
    return ops.uploadCustomUiAssets(this.#client, body, options);
  }
}

/** Operations tagged "Status". */
export class StatusApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The server is up).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getStatus(options?: OperationOptions): Promise<void> {
    return ops.getStatus(this.#client, options);
  }
}

/** Operations tagged "Subject tokens". */
export class SubjectTokensApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createSubjectToken(
    body: NonNullable<operations['CreateSubjectToken']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateSubjectToken']['responses'][201]['content']['application/json']> {
    return ops.createSubjectToken(this.#client, body, options);
  }
}

/** Operations tagged "Swagger.json". */
export class SwaggerJsonApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `GET /api/swagger.json` (operationId `GetSwaggerJson`).
   *
   * Responses:
   * - 200: OK [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getSwaggerJson(
    options?: OperationOptions,
  ): Promise<operations['GetSwaggerJson']['responses'][200]['content']['application/json']> {
    return ops.getSwaggerJson(this.#client, options);
  }
}

/** Operations tagged "Systems". */
export class SystemsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `GET /api/systems/application` (operationId `GetSystemApplicationConfig`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   * - 501: Not Implemented [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getSystemApplicationConfig(
    options?: OperationOptions,
  ): Promise<operations['GetSystemApplicationConfig']['responses'][200]['content']['application/json']> {
    return ops.getSystemApplicationConfig(this.#client, options);
  }
}

/** Operations tagged "User assets". */
export class UserAssetsApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `POST /api/user-assets` (operationId `CreateUserAsset`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param body Request body (multipart/form-data).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createUserAsset(
    body?: NonNullable<operations['CreateUserAsset']['requestBody']>['content']['multipart/form-data'],
    options?: OperationOptions,
  ): Promise<operations['CreateUserAsset']['responses'][200]['content']['application/json']> {
    return ops.createUserAsset(this.#client, body, options);
  }

  /**
   * `GET /api/user-assets/service-status` (operationId `GetUserAssetServiceStatus`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 401: Unauthorized [application/json]
   * - 403: Forbidden [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUserAssetServiceStatus(
    options?: OperationOptions,
  ): Promise<operations['GetUserAssetServiceStatus']['responses'][200]['content']['application/json']> {
    return ops.getUserAssetServiceStatus(this.#client, options);
  }
}

/** Operations tagged "Users". */
export class UsersApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  assignUserRoles(
    userId: operations['AssignUserRoles']['parameters']['path']['userId'],
    body: NonNullable<operations['AssignUserRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['AssignUserRoles']['responses'][201]['content']['application/json']> {
    return ops.assignUserRoles(this.#client, userId, body, options);
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
   * @param body The user to create.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The user was created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createUser(
    body: NonNullable<operations['CreateUser']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateUser']['responses'][200]['content']['application/json']> {
    return ops.createUser(this.#client, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createUserIdentity(
    userId: operations['CreateUserIdentity']['parameters']['path']['userId'],
    body: NonNullable<operations['CreateUserIdentity']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateUserIdentity']['responses'][200]['content']['application/json']> {
    return ops.createUserIdentity(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createUserMfaVerification(
    userId: operations['CreateUserMfaVerification']['parameters']['path']['userId'],
    body: NonNullable<operations['CreateUserMfaVerification']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateUserMfaVerification']['responses'][200]['content']['application/json']> {
    return ops.createUserMfaVerification(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createUserPersonalAccessToken(
    userId: operations['CreateUserPersonalAccessToken']['parameters']['path']['userId'],
    body: NonNullable<operations['CreateUserPersonalAccessToken']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['CreateUserPersonalAccessToken']['responses'][201]['content']['application/json']> {
    return ops.createUserPersonalAccessToken(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deletePersonalAccessTokenPost(
    userId: operations['DeletePersonalAccessTokenPost']['parameters']['path']['userId'],
    body: NonNullable<operations['DeletePersonalAccessTokenPost']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deletePersonalAccessTokenPost(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The user is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUser(
    userId: operations['DeleteUser']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteUser(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param grantId Path parameter `grantId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUserGrant(
    userId: operations['DeleteUserGrant']['parameters']['path']['userId'],
    grantId: operations['DeleteUserGrant']['parameters']['path']['grantId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteUserGrant(this.#client, userId, grantId, options);
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
   * @param userId Path parameter `userId`.
   * @param target Path parameter `target`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUserIdentity(
    userId: operations['DeleteUserIdentity']['parameters']['path']['userId'],
    target: operations['DeleteUserIdentity']['parameters']['path']['target'],
    options?: OperationOptions,
  ): Promise<operations['DeleteUserIdentity']['responses'][200]['content']['application/json']> {
    return ops.deleteUserIdentity(this.#client, userId, target, options);
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
   * @param userId Path parameter `userId`.
   * @param verificationId Path parameter `verificationId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUserMfaVerification(
    userId: operations['DeleteUserMfaVerification']['parameters']['path']['userId'],
    verificationId: operations['DeleteUserMfaVerification']['parameters']['path']['verificationId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteUserMfaVerification(this.#client, userId, verificationId, options);
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
   * @param userId Path parameter `userId`.
   * @param name Path parameter `name`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUserPersonalAccessToken(
    userId: operations['DeleteUserPersonalAccessToken']['parameters']['path']['userId'],
    name: operations['DeleteUserPersonalAccessToken']['parameters']['path']['name'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteUserPersonalAccessToken(this.#client, userId, name, options);
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
   * @param userId Path parameter `userId`.
   * @param roleId Path parameter `roleId`.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUserRole(
    userId: operations['DeleteUserRole']['parameters']['path']['userId'],
    roleId: operations['DeleteUserRole']['parameters']['path']['roleId'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteUserRole(this.#client, userId, roleId, options);
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
   * @param userId Path parameter `userId`.
   * @param sessionId Path parameter `sessionId`.
   * @param query Query parameters:
   *   - `revokeGrantsTarget`
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUserSession(
    userId: operations['DeleteUserSession']['parameters']['path']['userId'],
    sessionId: operations['DeleteUserSession']['parameters']['path']['sessionId'],
    query?: NonNullable<operations['DeleteUserSession']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<void> {
    return ops.deleteUserSession(this.#client, userId, sessionId, query, options);
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
   * @param userId Path parameter `userId`.
   * @param query Query parameters:
   *   - `includeSsoIdentities`
   *   - `includePasswordHash`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The user).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUser(
    userId: operations['GetUser']['parameters']['path']['userId'],
    query?: NonNullable<operations['GetUser']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetUser']['responses'][200]['content']['application/json']> {
    return ops.getUser(this.#client, userId, query, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUserHasPassword(
    userId: operations['GetUserHasPassword']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['GetUserHasPassword']['responses'][200]['content']['application/json']> {
    return ops.getUserHasPassword(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param target Path parameter `target`.
   * @param query Query parameters:
   *   - `includeTokenSecret`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUserIdentity(
    userId: operations['GetUserIdentity']['parameters']['path']['userId'],
    target: operations['GetUserIdentity']['parameters']['path']['target'],
    query?: NonNullable<operations['GetUserIdentity']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetUserIdentity']['responses'][200]['content']['application/json']> {
    return ops.getUserIdentity(this.#client, userId, target, query, options);
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
   * @param userId Path parameter `userId`.
   * @param sessionId Path parameter `sessionId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUserSession(
    userId: operations['GetUserSession']['parameters']['path']['userId'],
    sessionId: operations['GetUserSession']['parameters']['path']['sessionId'],
    options?: OperationOptions,
  ): Promise<operations['GetUserSession']['responses'][200]['content']['application/json']> {
    return ops.getUserSession(this.#client, userId, sessionId, options);
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
   * @param userId Path parameter `userId`.
   * @param ssoConnectorId Path parameter `ssoConnectorId`.
   * @param query Query parameters:
   *   - `includeTokenSecret`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUserSsoIdentity(
    userId: operations['GetUserSsoIdentity']['parameters']['path']['userId'],
    ssoConnectorId: operations['GetUserSsoIdentity']['parameters']['path']['ssoConnectorId'],
    query?: NonNullable<operations['GetUserSsoIdentity']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetUserSsoIdentity']['responses'][200]['content']['application/json']> {
    return ops.getUserSsoIdentity(this.#client, userId, ssoConnectorId, query, options);
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
   * @param userId Path parameter `userId`.
   * @param query Query parameters:
   *   - `includeTokenSecret`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserAllIdentities(
    userId: operations['ListUserAllIdentities']['parameters']['path']['userId'],
    query?: NonNullable<operations['ListUserAllIdentities']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListUserAllIdentities']['responses'][200]['content']['application/json']> {
    return ops.listUserAllIdentities(this.#client, userId, query, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserCustomData(
    userId: operations['ListUserCustomData']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserCustomData']['responses'][200]['content']['application/json']> {
    return ops.listUserCustomData(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param query Query parameters:
   *   - `appType`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserGrants(
    userId: operations['ListUserGrants']['parameters']['path']['userId'],
    query?: NonNullable<operations['ListUserGrants']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListUserGrants']['responses'][200]['content']['application/json']> {
    return ops.listUserGrants(this.#client, userId, query, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserLogtoConfigs(
    userId: operations['ListUserLogtoConfigs']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserLogtoConfigs']['responses'][200]['content']['application/json']> {
    return ops.listUserLogtoConfigs(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserMfaVerifications(
    userId: operations['ListUserMfaVerifications']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserMfaVerifications']['responses'][200]['content']['application/json']> {
    return ops.listUserMfaVerifications(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The user's organizations).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserOrganizations(
    userId: operations['ListUserOrganizations']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserOrganizations']['responses'][200]['content']['application/json']> {
    return ops.listUserOrganizations(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserPersonalAccessTokens(
    userId: operations['ListUserPersonalAccessTokens']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserPersonalAccessTokens']['responses'][200]['content']['application/json']> {
    return ops.listUserPersonalAccessTokens(this.#client, userId, options);
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
   * @param userId Path parameter `userId`.
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserRoles(
    userId: operations['ListUserRoles']['parameters']['path']['userId'],
    query?: NonNullable<operations['ListUserRoles']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListUserRoles']['responses'][200]['content']['application/json']> {
    return ops.listUserRoles(this.#client, userId, query, options);
  }

  /**
   * Every item of `listUserRoles`, page after page: `GET /api/users/{userId}/roles` (operationId `ListUserRoles`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param userId Path parameter `userId`.
   * @param query Query parameters as for `listUserRoles`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listUserRolesIterate(
    userId: operations['ListUserRoles']['parameters']['path']['userId'],
    query?: Omit<NonNullable<operations['ListUserRoles']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListUserRoles']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listUserRolesIterate(this.#client, userId, query, options);
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
   * @param userId Path parameter `userId`.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserSessions(
    userId: operations['ListUserSessions']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserSessions']['responses'][200]['content']['application/json']> {
    return ops.listUserSessions(this.#client, userId, options);
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
   * @param query Query parameters:
   *   - `page`: Which page to return, counting from 1
   *   - `page_size`: How many items a page holds, at most 100
   *   - `search_params`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUsers(
    query?: NonNullable<operations['ListUsers']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['ListUsers']['responses'][200]['content']['application/json']> {
    return ops.listUsers(this.#client, query, options);
  }

  /**
   * Every item of `listUsers`, page after page: `GET /api/users` (operationId `ListUsers`).
   * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of
   * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.
   *
   * @param query Query parameters as for `listUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listUsersIterate(
    query?: Omit<NonNullable<operations['ListUsers']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
    return ops.listUsersIterate(this.#client, query, options);
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
   * @param userId Path parameter `userId`.
   * @param target Path parameter `target`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK; 201: Created).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceUserIdentity(
    userId: operations['ReplaceUserIdentity']['parameters']['path']['userId'],
    target: operations['ReplaceUserIdentity']['parameters']['path']['target'],
    body: NonNullable<operations['ReplaceUserIdentity']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceUserIdentity']['responses'][200]['content']['application/json'] | operations['ReplaceUserIdentity']['responses'][201]['content']['application/json']> {
    return ops.replaceUserIdentity(this.#client, userId, target, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  replaceUserRoles(
    userId: operations['ReplaceUserRoles']['parameters']['path']['userId'],
    body: NonNullable<operations['ReplaceUserRoles']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['ReplaceUserRoles']['responses'][200]['content']['application/json']> {
    return ops.replaceUserRoles(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updatePersonalAccessTokenName(
    userId: operations['UpdatePersonalAccessTokenName']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdatePersonalAccessTokenName']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdatePersonalAccessTokenName']['responses'][200]['content']['application/json']> {
    return ops.updatePersonalAccessTokenName(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUser(
    userId: operations['UpdateUser']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUser']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUser']['responses'][200]['content']['application/json']> {
    return ops.updateUser(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserCustomData(
    userId: operations['UpdateUserCustomData']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUserCustomData']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserCustomData']['responses'][200]['content']['application/json']> {
    return ops.updateUserCustomData(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserIsSuspended(
    userId: operations['UpdateUserIsSuspended']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUserIsSuspended']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserIsSuspended']['responses'][200]['content']['application/json']> {
    return ops.updateUserIsSuspended(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserLogtoConfigs(
    userId: operations['UpdateUserLogtoConfigs']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUserLogtoConfigs']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserLogtoConfigs']['responses'][200]['content']['application/json']> {
    return ops.updateUserLogtoConfigs(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserPassword(
    userId: operations['UpdateUserPassword']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUserPassword']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserPassword']['responses'][200]['content']['application/json']> {
    return ops.updateUserPassword(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserPasswordExpiration(
    userId: operations['UpdateUserPasswordExpiration']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUserPasswordExpiration']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserPasswordExpiration']['responses'][200]['content']['application/json']> {
    return ops.updateUserPasswordExpiration(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param name Path parameter `name`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserPersonalAccessToken(
    userId: operations['UpdateUserPersonalAccessToken']['parameters']['path']['userId'],
    name: operations['UpdateUserPersonalAccessToken']['parameters']['path']['name'],
    body: NonNullable<operations['UpdateUserPersonalAccessToken']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserPersonalAccessToken']['responses'][200]['content']['application/json']> {
    return ops.updateUserPersonalAccessToken(this.#client, userId, name, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  updateUserProfile(
    userId: operations['UpdateUserProfile']['parameters']['path']['userId'],
    body: NonNullable<operations['UpdateUserProfile']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<operations['UpdateUserProfile']['responses'][200]['content']['application/json']> {
    return ops.updateUserProfile(this.#client, userId, body, options);
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
   * @param userId Path parameter `userId`.
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  verifyUserPassword(
    userId: operations['VerifyUserPassword']['parameters']['path']['userId'],
    body: NonNullable<operations['VerifyUserPassword']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.verifyUserPassword(this.#client, userId, body, options);
  }
}

/** Operations tagged "Verification codes". */
export class VerificationCodesApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  createVerificationCode(
    body: NonNullable<operations['CreateVerificationCode']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.createVerificationCode(this.#client, body, options);
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
   * @param body Request body (application/json).
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: No Content).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  verifyVerificationCode(
    body: NonNullable<operations['VerifyVerificationCode']['requestBody']>['content']['application/json'],
    options?: OperationOptions,
  ): Promise<void> {
    return ops.verifyVerificationCode(this.#client, body, options);
  }
}

/** Operations tagged "Well-known". */
export class WellKnownApi {
  readonly #client: OperationClient;

  constructor(client: OperationClient) {
    this.#client = client;
  }

  /**
   * `GET /api/.well-known/sign-in-exp` (operationId `GetSignInExperienceConfig`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 400: Bad Request [application/json]
   *
   * @param query Query parameters:
   *   - `organizationId`
   *   - `appId`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   * @deprecated The spec marks this operation as deprecated.
   */
  getSignInExperienceConfig(
    query?: NonNullable<operations['GetSignInExperienceConfig']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetSignInExperienceConfig']['responses'][200]['content']['application/json']> {
    return ops.getSignInExperienceConfig(this.#client, query, options);
  }

  /**
   * `GET /api/.well-known/phrases` (operationId `GetSignInExperiencePhrases`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 400: Bad Request [application/json]
   *
   * @param query Query parameters:
   *   - `lng`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getSignInExperiencePhrases(
    query?: NonNullable<operations['GetSignInExperiencePhrases']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetSignInExperiencePhrases']['responses'][200]['content']['application/json']> {
    return ops.getSignInExperiencePhrases(this.#client, query, options);
  }

  /**
   * `GET /api/.well-known/account-center` (operationId `GetWellKnownAccountCenter`).
   *
   * Responses:
   * - 200: OK [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getWellKnownAccountCenter(
    options?: OperationOptions,
  ): Promise<operations['GetWellKnownAccountCenter']['responses'][200]['content']['application/json']> {
    return ops.getWellKnownAccountCenter(this.#client, options);
  }

  /**
   * `GET /api/.well-known/experience` (operationId `GetWellKnownExperience`).
   *
   * Responses:
   * - 200: OK [application/json]
   * - 400: Bad Request [application/json]
   *
   * @param query Query parameters:
   *   - `organizationId`
   *   - `appId`
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getWellKnownExperience(
    query?: NonNullable<operations['GetWellKnownExperience']['parameters']['query']>,
    options?: OperationOptions,
  ): Promise<operations['GetWellKnownExperience']['responses'][200]['content']['application/json']> {
    return ops.getWellKnownExperience(this.#client, query, options);
  }

  /**
   * `GET /api/.well-known/experience.openapi.json` (operationId `GetWellKnownExperienceOpenapiJson`).
   *
   * Responses:
   * - 200: OK [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getWellKnownExperienceOpenapiJson(
    options?: OperationOptions,
  ): Promise<operations['GetWellKnownExperienceOpenapiJson']['responses'][200]['content']['application/json']> {
    return ops.getWellKnownExperienceOpenapiJson(this.#client, options);
  }

  /**
   * `GET /api/.well-known/management.openapi.json` (operationId `GetWellKnownManagementOpenapiJson`).
   *
   * Responses:
   * - 200: OK [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getWellKnownManagementOpenapiJson(
    options?: OperationOptions,
  ): Promise<operations['GetWellKnownManagementOpenapiJson']['responses'][200]['content']['application/json']> {
    return ops.getWellKnownManagementOpenapiJson(this.#client, options);
  }

  /**
   * `GET /api/.well-known/user.openapi.json` (operationId `GetWellKnownUserOpenapiJson`).
   *
   * Responses:
   * - 200: OK [application/json]
   *
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: OK).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getWellKnownUserOpenapiJson(
    options?: OperationOptions,
  ): Promise<operations['GetWellKnownUserOpenapiJson']['responses'][200]['content']['application/json']> {
    return ops.getWellKnownUserOpenapiJson(this.#client, options);
  }
}

/** One instance of every API class, sharing one client. */
export function createApis(client: OperationClient) {
  return {
    accountCenter: new AccountCenterApi(client),
    applications: new ApplicationsApi(client),
    auditLogs: new AuditLogsApi(client),
    authn: new AuthnApi(client),
    cimd: new CIMDApi(client),
    captchaProvider: new CaptchaProviderApi(client),
    configs: new ConfigsApi(client),
    connectorFactories: new ConnectorFactoriesApi(client),
    connectors: new ConnectorsApi(client),
    customPhrases: new CustomPhrasesApi(client),
    customProfileFields: new CustomProfileFieldsApi(client),
    dashboard: new DashboardApi(client),
    domains: new DomainsApi(client),
    emailTemplates: new EmailTemplatesApi(client),
    hooks: new HooksApi(client),
    oneTimeTokens: new OneTimeTokensApi(client),
    organizationInvitations: new OrganizationInvitationsApi(client),
    organizationRoles: new OrganizationRolesApi(client),
    organizationScopes: new OrganizationScopesApi(client),
    organizations: new OrganizationsApi(client),
    resources: new ResourcesApi(client),
    roles: new RolesApi(client),
    samlApplications: new SAMLApplicationsApi(client),
    samlApplicationsAuthFlow: new SAMLApplicationsAuthFlowApi(client),
    ssoConnectorProviders: new SSOConnectorProvidersApi(client),
    ssoConnectors: new SSOConnectorsApi(client),
    secrets: new SecretsApi(client),
    sentinelActivities: new SentinelActivitiesApi(client),
    signInExperience: new SignInExperienceApi(client),
    status: new StatusApi(client),
    subjectTokens: new SubjectTokensApi(client),
    swaggerJson: new SwaggerJsonApi(client),
    systems: new SystemsApi(client),
    userAssets: new UserAssetsApi(client),
    users: new UsersApi(client),
    verificationCodes: new VerificationCodesApi(client),
    wellKnown: new WellKnownApi(client),
  };
}

export type Apis = ReturnType<typeof createApis>;

/** Every operation by operationId: HTTP method (upper case), path template, tag and where the client exposes it. */
export const operationIndex = {
  AddOneTimeTokens: { method: 'POST', path: '/api/one-time-tokens', tag: 'One-time tokens', api: 'oneTimeTokens', methodName: 'addOneTimeTokens', requiresToken: true },
  AddOrganizationApplications: { method: 'POST', path: '/api/organizations/{id}/applications', tag: 'Organizations', api: 'organizations', methodName: 'addOrganizationApplications', requiresToken: true },
  AddOrganizationUsers: { method: 'POST', path: '/api/organizations/{id}/users', tag: 'Organizations', api: 'organizations', methodName: 'addOrganizationUsers', requiresToken: true },
  AssertSaml: { method: 'POST', path: '/api/authn/saml/{connectorId}', tag: 'Authn', api: 'authn', methodName: 'assertSaml', requiresToken: false },
  AssertSingleSignOnSaml: { method: 'POST', path: '/api/authn/single-sign-on/saml/{connectorId}', tag: 'Authn', api: 'authn', methodName: 'assertSingleSignOnSaml', requiresToken: false },
  AssignApplicationRoles: { method: 'POST', path: '/api/applications/{applicationId}/roles', tag: 'Applications', api: 'applications', methodName: 'assignApplicationRoles', requiresToken: true },
  AssignCimdUserConsentScopes: { method: 'POST', path: '/api/cimd/user-consent-scopes', tag: 'CIMD', api: 'cimd', methodName: 'assignCimdUserConsentScopes', requiresToken: true },
  AssignOrganizationRolesToApplication: { method: 'POST', path: '/api/organizations/{id}/applications/{applicationId}/roles', tag: 'Organizations', api: 'organizations', methodName: 'assignOrganizationRolesToApplication', requiresToken: true },
  AssignOrganizationRolesToApplications: { method: 'POST', path: '/api/organizations/{id}/applications/roles', tag: 'Organizations', api: 'organizations', methodName: 'assignOrganizationRolesToApplications', requiresToken: true },
  AssignOrganizationRolesToUser: { method: 'POST', path: '/api/organizations/{id}/users/{userId}/roles', tag: 'Organizations', api: 'organizations', methodName: 'assignOrganizationRolesToUser', requiresToken: true },
  AssignOrganizationRolesToUsers: { method: 'POST', path: '/api/organizations/{id}/users/roles', tag: 'Organizations', api: 'organizations', methodName: 'assignOrganizationRolesToUsers', requiresToken: true },
  AssignUserRoles: { method: 'POST', path: '/api/users/{userId}/roles', tag: 'Users', api: 'users', methodName: 'assignUserRoles', requiresToken: true },
  CheckPasswordWithDefaultSignInExperience: { method: 'POST', path: '/api/sign-in-exp/default/check-password', tag: 'Sign-in experience', api: 'signInExperience', methodName: 'checkPasswordWithDefaultSignInExperience', requiresToken: true },
  CleanupDomains: { method: 'POST', path: '/api/domains/cleanup', tag: 'Domains', api: 'domains', methodName: 'cleanupDomains', requiresToken: true },
  CreateApplication: { method: 'POST', path: '/api/applications', tag: 'Applications', api: 'applications', methodName: 'createApplication', requiresToken: true },
  CreateApplicationProtectedAppMetadataCustomDomain: { method: 'POST', path: '/api/applications/{id}/protected-app-metadata/custom-domains', tag: 'Applications', api: 'applications', methodName: 'createApplicationProtectedAppMetadataCustomDomain', requiresToken: true },
  CreateApplicationSecret: { method: 'POST', path: '/api/applications/{id}/secrets', tag: 'Applications', api: 'applications', methodName: 'createApplicationSecret', requiresToken: true },
  CreateApplicationUserConsentOrganization: { method: 'POST', path: '/api/applications/{id}/users/{userId}/consent-organizations', tag: 'Applications', api: 'applications', methodName: 'createApplicationUserConsentOrganization', requiresToken: true },
  CreateApplicationUserConsentScope: { method: 'POST', path: '/api/applications/{applicationId}/user-consent-scopes', tag: 'Applications', api: 'applications', methodName: 'createApplicationUserConsentScope', requiresToken: true },
  CreateConnector: { method: 'POST', path: '/api/connectors', tag: 'Connectors', api: 'connectors', methodName: 'createConnector', requiresToken: true },
  CreateConnectorAuthorizationUri: { method: 'POST', path: '/api/connectors/{connectorId}/authorization-uri', tag: 'Connectors', api: 'connectors', methodName: 'createConnectorAuthorizationUri', requiresToken: true },
  CreateConnectorTest: { method: 'POST', path: '/api/connectors/{factoryId}/test', tag: 'Connectors', api: 'connectors', methodName: 'createConnectorTest', requiresToken: true },
  CreateCustomProfileField: { method: 'POST', path: '/api/custom-profile-fields', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'createCustomProfileField', requiresToken: true },
  CreateCustomProfileFieldsBatch: { method: 'POST', path: '/api/custom-profile-fields/batch', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'createCustomProfileFieldsBatch', requiresToken: true },
  CreateDomain: { method: 'POST', path: '/api/domains', tag: 'Domains', api: 'domains', methodName: 'createDomain', requiresToken: true },
  CreateHook: { method: 'POST', path: '/api/hooks', tag: 'Hooks', api: 'hooks', methodName: 'createHook', requiresToken: true },
  CreateHookTest: { method: 'POST', path: '/api/hooks/{id}/test', tag: 'Hooks', api: 'hooks', methodName: 'createHookTest', requiresToken: true },
  CreateOrganization: { method: 'POST', path: '/api/organizations', tag: 'Organizations', api: 'organizations', methodName: 'createOrganization', requiresToken: true },
  CreateOrganizationInvitation: { method: 'POST', path: '/api/organization-invitations', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'createOrganizationInvitation', requiresToken: true },
  CreateOrganizationInvitationMessage: { method: 'POST', path: '/api/organization-invitations/{id}/message', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'createOrganizationInvitationMessage', requiresToken: true },
  CreateOrganizationJitEmailDomain: { method: 'POST', path: '/api/organizations/{id}/jit/email-domains', tag: 'Organizations', api: 'organizations', methodName: 'createOrganizationJitEmailDomain', requiresToken: true },
  CreateOrganizationJitRole: { method: 'POST', path: '/api/organizations/{id}/jit/roles', tag: 'Organizations', api: 'organizations', methodName: 'createOrganizationJitRole', requiresToken: true },
  CreateOrganizationJitSsoConnector: { method: 'POST', path: '/api/organizations/{id}/jit/sso-connectors', tag: 'Organizations', api: 'organizations', methodName: 'createOrganizationJitSsoConnector', requiresToken: true },
  CreateOrganizationRole: { method: 'POST', path: '/api/organization-roles', tag: 'Organization roles', api: 'organizationRoles', methodName: 'createOrganizationRole', requiresToken: true },
  CreateOrganizationRoleResourceScope: { method: 'POST', path: '/api/organization-roles/{id}/resource-scopes', tag: 'Organization roles', api: 'organizationRoles', methodName: 'createOrganizationRoleResourceScope', requiresToken: true },
  CreateOrganizationRoleScope: { method: 'POST', path: '/api/organization-roles/{id}/scopes', tag: 'Organization roles', api: 'organizationRoles', methodName: 'createOrganizationRoleScope', requiresToken: true },
  CreateOrganizationScope: { method: 'POST', path: '/api/organization-scopes', tag: 'Organization scopes', api: 'organizationScopes', methodName: 'createOrganizationScope', requiresToken: true },
  CreateResource: { method: 'POST', path: '/api/resources', tag: 'Resources', api: 'resources', methodName: 'createResource', requiresToken: true },
  CreateResourceScope: { method: 'POST', path: '/api/resources/{resourceId}/scopes', tag: 'Resources', api: 'resources', methodName: 'createResourceScope', requiresToken: true },
  CreateRole: { method: 'POST', path: '/api/roles', tag: 'Roles', api: 'roles', methodName: 'createRole', requiresToken: true },
  CreateRoleApplication: { method: 'POST', path: '/api/roles/{id}/applications', tag: 'Roles', api: 'roles', methodName: 'createRoleApplication', requiresToken: true },
  CreateRoleScope: { method: 'POST', path: '/api/roles/{id}/scopes', tag: 'Roles', api: 'roles', methodName: 'createRoleScope', requiresToken: true },
  CreateRoleUser: { method: 'POST', path: '/api/roles/{id}/users', tag: 'Roles', api: 'roles', methodName: 'createRoleUser', requiresToken: true },
  CreateSamlApplication: { method: 'POST', path: '/api/saml-applications', tag: 'SAML applications', api: 'samlApplications', methodName: 'createSamlApplication', requiresToken: true },
  CreateSamlApplicationSecret: { method: 'POST', path: '/api/saml-applications/{id}/secrets', tag: 'SAML applications', api: 'samlApplications', methodName: 'createSamlApplicationSecret', requiresToken: true },
  CreateSamlAuthn: { method: 'POST', path: '/api/saml/{id}/authn', tag: 'SAML applications auth flow', api: 'samlApplicationsAuthFlow', methodName: 'createSamlAuthn', requiresToken: false },
  CreateSsoConnector: { method: 'POST', path: '/api/sso-connectors', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'createSsoConnector', requiresToken: true },
  CreateSsoConnectorSigningKey: { method: 'POST', path: '/api/sso-connectors/{id}/signing-keys', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'createSsoConnectorSigningKey', requiresToken: true },
  CreateSubjectToken: { method: 'POST', path: '/api/subject-tokens', tag: 'Subject tokens', api: 'subjectTokens', methodName: 'createSubjectToken', requiresToken: true },
  CreateUser: { method: 'POST', path: '/api/users', tag: 'Users', api: 'users', methodName: 'createUser', requiresToken: true },
  CreateUserAsset: { method: 'POST', path: '/api/user-assets', tag: 'User assets', api: 'userAssets', methodName: 'createUserAsset', requiresToken: true },
  CreateUserIdentity: { method: 'POST', path: '/api/users/{userId}/identities', tag: 'Users', api: 'users', methodName: 'createUserIdentity', requiresToken: true },
  CreateUserMfaVerification: { method: 'POST', path: '/api/users/{userId}/mfa-verifications', tag: 'Users', api: 'users', methodName: 'createUserMfaVerification', requiresToken: true },
  CreateUserPersonalAccessToken: { method: 'POST', path: '/api/users/{userId}/personal-access-tokens', tag: 'Users', api: 'users', methodName: 'createUserPersonalAccessToken', requiresToken: true },
  CreateVerificationCode: { method: 'POST', path: '/api/verification-codes', tag: 'Verification codes', api: 'verificationCodes', methodName: 'createVerificationCode', requiresToken: true },
  DeleteAction: { method: 'DELETE', path: '/api/configs/actions/{actionType}', tag: 'Configs', api: 'configs', methodName: 'deleteAction', requiresToken: true },
  DeleteApplication: { method: 'DELETE', path: '/api/applications/{id}', tag: 'Applications', api: 'applications', methodName: 'deleteApplication', requiresToken: true },
  DeleteApplicationLegacySecret: { method: 'DELETE', path: '/api/applications/{id}/legacy-secret', tag: 'Applications', api: 'applications', methodName: 'deleteApplicationLegacySecret', requiresToken: true },
  DeleteApplicationProtectedAppMetadataCustomDomain: { method: 'DELETE', path: '/api/applications/{id}/protected-app-metadata/custom-domains/{domain}', tag: 'Applications', api: 'applications', methodName: 'deleteApplicationProtectedAppMetadataCustomDomain', requiresToken: true },
  DeleteApplicationRole: { method: 'DELETE', path: '/api/applications/{applicationId}/roles/{roleId}', tag: 'Applications', api: 'applications', methodName: 'deleteApplicationRole', requiresToken: true },
  DeleteApplicationSecret: { method: 'DELETE', path: '/api/applications/{id}/secrets/{name}', tag: 'Applications', api: 'applications', methodName: 'deleteApplicationSecret', requiresToken: true },
  DeleteApplicationUserConsentOrganization: { method: 'DELETE', path: '/api/applications/{id}/users/{userId}/consent-organizations/{organizationId}', tag: 'Applications', api: 'applications', methodName: 'deleteApplicationUserConsentOrganization', requiresToken: true },
  DeleteApplicationUserConsentScope: { method: 'DELETE', path: '/api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}', tag: 'Applications', api: 'applications', methodName: 'deleteApplicationUserConsentScope', requiresToken: true },
  DeleteCaptchaProvider: { method: 'DELETE', path: '/api/captcha-provider', tag: 'Captcha provider', api: 'captchaProvider', methodName: 'deleteCaptchaProvider', requiresToken: true },
  DeleteCimdUserConsentScope: { method: 'DELETE', path: '/api/cimd/user-consent-scopes/{scopeType}/{scopeId}', tag: 'CIMD', api: 'cimd', methodName: 'deleteCimdUserConsentScope', requiresToken: true },
  DeleteConnector: { method: 'DELETE', path: '/api/connectors/{id}', tag: 'Connectors', api: 'connectors', methodName: 'deleteConnector', requiresToken: true },
  DeleteCustomPhrase: { method: 'DELETE', path: '/api/custom-phrases/{languageTag}', tag: 'Custom phrases', api: 'customPhrases', methodName: 'deleteCustomPhrase', requiresToken: true },
  DeleteCustomProfileFieldByName: { method: 'DELETE', path: '/api/custom-profile-fields/{name}', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'deleteCustomProfileFieldByName', requiresToken: true },
  DeleteDomain: { method: 'DELETE', path: '/api/domains/{id}', tag: 'Domains', api: 'domains', methodName: 'deleteDomain', requiresToken: true },
  DeleteEmailTemplate: { method: 'DELETE', path: '/api/email-templates/{id}', tag: 'Email templates', api: 'emailTemplates', methodName: 'deleteEmailTemplate', requiresToken: true },
  DeleteEmailTemplates: { method: 'DELETE', path: '/api/email-templates', tag: 'Email templates', api: 'emailTemplates', methodName: 'deleteEmailTemplates', requiresToken: true },
  DeleteHook: { method: 'DELETE', path: '/api/hooks/{id}', tag: 'Hooks', api: 'hooks', methodName: 'deleteHook', requiresToken: true },
  DeleteJwtCustomizer: { method: 'DELETE', path: '/api/configs/jwt-customizer/{tokenTypePath}', tag: 'Configs', api: 'configs', methodName: 'deleteJwtCustomizer', requiresToken: true },
  DeleteOidcKey: { method: 'DELETE', path: '/api/configs/oidc/{keyType}/{keyId}', tag: 'Configs', api: 'configs', methodName: 'deleteOidcKey', requiresToken: true },
  DeleteOneTimeToken: { method: 'DELETE', path: '/api/one-time-tokens/{id}', tag: 'One-time tokens', api: 'oneTimeTokens', methodName: 'deleteOneTimeToken', requiresToken: true },
  DeleteOrganization: { method: 'DELETE', path: '/api/organizations/{id}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganization', requiresToken: true },
  DeleteOrganizationApplication: { method: 'DELETE', path: '/api/organizations/{id}/applications/{applicationId}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationApplication', requiresToken: true },
  DeleteOrganizationApplicationRole: { method: 'DELETE', path: '/api/organizations/{id}/applications/{applicationId}/roles/{organizationRoleId}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationApplicationRole', requiresToken: true },
  DeleteOrganizationInvitation: { method: 'DELETE', path: '/api/organization-invitations/{id}', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'deleteOrganizationInvitation', requiresToken: true },
  DeleteOrganizationJitEmailDomain: { method: 'DELETE', path: '/api/organizations/{id}/jit/email-domains/{emailDomain}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationJitEmailDomain', requiresToken: true },
  DeleteOrganizationJitRole: { method: 'DELETE', path: '/api/organizations/{id}/jit/roles/{organizationRoleId}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationJitRole', requiresToken: true },
  DeleteOrganizationJitSsoConnector: { method: 'DELETE', path: '/api/organizations/{id}/jit/sso-connectors/{ssoConnectorId}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationJitSsoConnector', requiresToken: true },
  DeleteOrganizationRole: { method: 'DELETE', path: '/api/organization-roles/{id}', tag: 'Organization roles', api: 'organizationRoles', methodName: 'deleteOrganizationRole', requiresToken: true },
  DeleteOrganizationRoleResourceScope: { method: 'DELETE', path: '/api/organization-roles/{id}/resource-scopes/{scopeId}', tag: 'Organization roles', api: 'organizationRoles', methodName: 'deleteOrganizationRoleResourceScope', requiresToken: true },
  DeleteOrganizationRoleScope: { method: 'DELETE', path: '/api/organization-roles/{id}/scopes/{organizationScopeId}', tag: 'Organization roles', api: 'organizationRoles', methodName: 'deleteOrganizationRoleScope', requiresToken: true },
  DeleteOrganizationScope: { method: 'DELETE', path: '/api/organization-scopes/{id}', tag: 'Organization scopes', api: 'organizationScopes', methodName: 'deleteOrganizationScope', requiresToken: true },
  DeleteOrganizationUser: { method: 'DELETE', path: '/api/organizations/{id}/users/{userId}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationUser', requiresToken: true },
  DeleteOrganizationUserRole: { method: 'DELETE', path: '/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganizationUserRole', requiresToken: true },
  DeletePersonalAccessTokenPost: { method: 'POST', path: '/api/users/{userId}/personal-access-tokens/delete', tag: 'Users', api: 'users', methodName: 'deletePersonalAccessTokenPost', requiresToken: true },
  DeleteResource: { method: 'DELETE', path: '/api/resources/{id}', tag: 'Resources', api: 'resources', methodName: 'deleteResource', requiresToken: true },
  DeleteResourceScope: { method: 'DELETE', path: '/api/resources/{resourceId}/scopes/{scopeId}', tag: 'Resources', api: 'resources', methodName: 'deleteResourceScope', requiresToken: true },
  DeleteRole: { method: 'DELETE', path: '/api/roles/{id}', tag: 'Roles', api: 'roles', methodName: 'deleteRole', requiresToken: true },
  DeleteRoleApplication: { method: 'DELETE', path: '/api/roles/{id}/applications/{applicationId}', tag: 'Roles', api: 'roles', methodName: 'deleteRoleApplication', requiresToken: true },
  DeleteRoleScope: { method: 'DELETE', path: '/api/roles/{id}/scopes/{scopeId}', tag: 'Roles', api: 'roles', methodName: 'deleteRoleScope', requiresToken: true },
  DeleteRoleUser: { method: 'DELETE', path: '/api/roles/{id}/users/{userId}', tag: 'Roles', api: 'roles', methodName: 'deleteRoleUser', requiresToken: true },
  DeleteSamlApplication: { method: 'DELETE', path: '/api/saml-applications/{id}', tag: 'SAML applications', api: 'samlApplications', methodName: 'deleteSamlApplication', requiresToken: true },
  DeleteSamlApplicationSecret: { method: 'DELETE', path: '/api/saml-applications/{id}/secrets/{secretId}', tag: 'SAML applications', api: 'samlApplications', methodName: 'deleteSamlApplicationSecret', requiresToken: true },
  DeleteSecret: { method: 'DELETE', path: '/api/secrets/{id}', tag: 'Secrets', api: 'secrets', methodName: 'deleteSecret', requiresToken: true },
  DeleteSentinelActivities: { method: 'POST', path: '/api/sentinel-activities/delete', tag: 'Sentinel activities', api: 'sentinelActivities', methodName: 'deleteSentinelActivities', requiresToken: true },
  DeleteSsoConnector: { method: 'DELETE', path: '/api/sso-connectors/{id}', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'deleteSsoConnector', requiresToken: true },
  DeleteSsoConnectorSigningKey: { method: 'DELETE', path: '/api/sso-connectors/{id}/signing-keys/{keyId}', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'deleteSsoConnectorSigningKey', requiresToken: true },
  DeleteUser: { method: 'DELETE', path: '/api/users/{userId}', tag: 'Users', api: 'users', methodName: 'deleteUser', requiresToken: true },
  DeleteUserGrant: { method: 'DELETE', path: '/api/users/{userId}/grants/{grantId}', tag: 'Users', api: 'users', methodName: 'deleteUserGrant', requiresToken: true },
  DeleteUserIdentity: { method: 'DELETE', path: '/api/users/{userId}/identities/{target}', tag: 'Users', api: 'users', methodName: 'deleteUserIdentity', requiresToken: true },
  DeleteUserMfaVerification: { method: 'DELETE', path: '/api/users/{userId}/mfa-verifications/{verificationId}', tag: 'Users', api: 'users', methodName: 'deleteUserMfaVerification', requiresToken: true },
  DeleteUserPersonalAccessToken: { method: 'DELETE', path: '/api/users/{userId}/personal-access-tokens/{name}', tag: 'Users', api: 'users', methodName: 'deleteUserPersonalAccessToken', requiresToken: true },
  DeleteUserRole: { method: 'DELETE', path: '/api/users/{userId}/roles/{roleId}', tag: 'Users', api: 'users', methodName: 'deleteUserRole', requiresToken: true },
  DeleteUserSession: { method: 'DELETE', path: '/api/users/{userId}/sessions/{sessionId}', tag: 'Users', api: 'users', methodName: 'deleteUserSession', requiresToken: true },
  GetAccountCenterSettings: { method: 'GET', path: '/api/account-center', tag: 'Account center', api: 'accountCenter', methodName: 'getAccountCenterSettings', requiresToken: true },
  GetAction: { method: 'GET', path: '/api/configs/actions/{actionType}', tag: 'Configs', api: 'configs', methodName: 'getAction', requiresToken: true },
  GetActiveUserCounts: { method: 'GET', path: '/api/dashboard/users/active', tag: 'Dashboard', api: 'dashboard', methodName: 'getActiveUserCounts', requiresToken: true },
  GetAdminConsoleConfig: { method: 'GET', path: '/api/configs/admin-console', tag: 'Configs', api: 'configs', methodName: 'getAdminConsoleConfig', requiresToken: true },
  GetApplication: { method: 'GET', path: '/api/applications/{id}', tag: 'Applications', api: 'applications', methodName: 'getApplication', requiresToken: true },
  GetApplicationAccessControl: { method: 'GET', path: '/api/applications/{applicationId}/access-control', tag: 'Applications', api: 'applications', methodName: 'getApplicationAccessControl', requiresToken: true },
  GetApplicationSignInExperience: { method: 'GET', path: '/api/applications/{applicationId}/sign-in-experience', tag: 'Applications', api: 'applications', methodName: 'getApplicationSignInExperience', requiresToken: true },
  GetCaptchaProvider: { method: 'GET', path: '/api/captcha-provider', tag: 'Captcha provider', api: 'captchaProvider', methodName: 'getCaptchaProvider', requiresToken: true },
  GetCimdConfig: { method: 'GET', path: '/api/configs/cimd', tag: 'Configs', api: 'configs', methodName: 'getCimdConfig', requiresToken: true },
  GetConnector: { method: 'GET', path: '/api/connectors/{id}', tag: 'Connectors', api: 'connectors', methodName: 'getConnector', requiresToken: true },
  GetConnectorFactory: { method: 'GET', path: '/api/connector-factories/{id}', tag: 'Connector factories', api: 'connectorFactories', methodName: 'getConnectorFactory', requiresToken: true },
  GetCustomPhrase: { method: 'GET', path: '/api/custom-phrases/{languageTag}', tag: 'Custom phrases', api: 'customPhrases', methodName: 'getCustomPhrase', requiresToken: true },
  GetCustomProfileFieldByName: { method: 'GET', path: '/api/custom-profile-fields/{name}', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'getCustomProfileFieldByName', requiresToken: true },
  GetDomain: { method: 'GET', path: '/api/domains/{id}', tag: 'Domains', api: 'domains', methodName: 'getDomain', requiresToken: true },
  GetEmailTemplate: { method: 'GET', path: '/api/email-templates/{id}', tag: 'Email templates', api: 'emailTemplates', methodName: 'getEmailTemplate', requiresToken: true },
  GetHasuraAuth: { method: 'GET', path: '/api/authn/hasura', tag: 'Authn', api: 'authn', methodName: 'getHasuraAuth', requiresToken: false },
  GetHook: { method: 'GET', path: '/api/hooks/{id}', tag: 'Hooks', api: 'hooks', methodName: 'getHook', requiresToken: true },
  GetIdTokenConfig: { method: 'GET', path: '/api/configs/id-token', tag: 'Configs', api: 'configs', methodName: 'getIdTokenConfig', requiresToken: true },
  GetJwtCustomizer: { method: 'GET', path: '/api/configs/jwt-customizer/{tokenTypePath}', tag: 'Configs', api: 'configs', methodName: 'getJwtCustomizer', requiresToken: true },
  GetLog: { method: 'GET', path: '/api/logs/{id}', tag: 'Audit logs', api: 'auditLogs', methodName: 'getLog', requiresToken: true },
  GetNewUserCounts: { method: 'GET', path: '/api/dashboard/users/new', tag: 'Dashboard', api: 'dashboard', methodName: 'getNewUserCounts', requiresToken: true },
  GetOidcKeys: { method: 'GET', path: '/api/configs/oidc/{keyType}', tag: 'Configs', api: 'configs', methodName: 'getOidcKeys', requiresToken: true },
  GetOidcSessionConfig: { method: 'GET', path: '/api/configs/oidc/session', tag: 'Configs', api: 'configs', methodName: 'getOidcSessionConfig', requiresToken: true },
  GetOneTimeToken: { method: 'GET', path: '/api/one-time-tokens/{id}', tag: 'One-time tokens', api: 'oneTimeTokens', methodName: 'getOneTimeToken', requiresToken: true },
  GetOrganization: { method: 'GET', path: '/api/organizations/{id}', tag: 'Organizations', api: 'organizations', methodName: 'getOrganization', requiresToken: true },
  GetOrganizationInvitation: { method: 'GET', path: '/api/organization-invitations/{id}', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'getOrganizationInvitation', requiresToken: true },
  GetOrganizationRole: { method: 'GET', path: '/api/organization-roles/{id}', tag: 'Organization roles', api: 'organizationRoles', methodName: 'getOrganizationRole', requiresToken: true },
  GetOrganizationScope: { method: 'GET', path: '/api/organization-scopes/{id}', tag: 'Organization scopes', api: 'organizationScopes', methodName: 'getOrganizationScope', requiresToken: true },
  GetResource: { method: 'GET', path: '/api/resources/{id}', tag: 'Resources', api: 'resources', methodName: 'getResource', requiresToken: true },
  GetRole: { method: 'GET', path: '/api/roles/{id}', tag: 'Roles', api: 'roles', methodName: 'getRole', requiresToken: true },
  GetSamlApplication: { method: 'GET', path: '/api/saml-applications/{id}', tag: 'SAML applications', api: 'samlApplications', methodName: 'getSamlApplication', requiresToken: true },
  GetSamlApplicationCallback: { method: 'GET', path: '/api/saml-applications/{id}/callback', tag: 'SAML applications', api: 'samlApplications', methodName: 'getSamlApplicationCallback', requiresToken: false },
  GetSamlAuthn: { method: 'GET', path: '/api/saml/{id}/authn', tag: 'SAML applications auth flow', api: 'samlApplicationsAuthFlow', methodName: 'getSamlAuthn', requiresToken: false },
  GetSignInExp: { method: 'GET', path: '/api/sign-in-exp', tag: 'Sign-in experience', api: 'signInExperience', methodName: 'getSignInExp', requiresToken: true },
  GetSignInExperienceConfig: { method: 'GET', path: '/api/.well-known/sign-in-exp', tag: 'Well-known', api: 'wellKnown', methodName: 'getSignInExperienceConfig', requiresToken: false },
  GetSignInExperiencePhrases: { method: 'GET', path: '/api/.well-known/phrases', tag: 'Well-known', api: 'wellKnown', methodName: 'getSignInExperiencePhrases', requiresToken: false },
  GetSsoConnector: { method: 'GET', path: '/api/sso-connectors/{id}', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'getSsoConnector', requiresToken: true },
  GetStatus: { method: 'GET', path: '/api/status', tag: 'Status', api: 'status', methodName: 'getStatus', requiresToken: false },
  GetSwaggerJson: { method: 'GET', path: '/api/swagger.json', tag: 'Swagger.json', api: 'swaggerJson', methodName: 'getSwaggerJson', requiresToken: false },
  GetSystemApplicationConfig: { method: 'GET', path: '/api/systems/application', tag: 'Systems', api: 'systems', methodName: 'getSystemApplicationConfig', requiresToken: true },
  GetTotalUserCount: { method: 'GET', path: '/api/dashboard/users/total', tag: 'Dashboard', api: 'dashboard', methodName: 'getTotalUserCount', requiresToken: true },
  GetUser: { method: 'GET', path: '/api/users/{userId}', tag: 'Users', api: 'users', methodName: 'getUser', requiresToken: true },
  GetUserAssetServiceStatus: { method: 'GET', path: '/api/user-assets/service-status', tag: 'User assets', api: 'userAssets', methodName: 'getUserAssetServiceStatus', requiresToken: true },
  GetUserHasPassword: { method: 'GET', path: '/api/users/{userId}/has-password', tag: 'Users', api: 'users', methodName: 'getUserHasPassword', requiresToken: true },
  GetUserIdentity: { method: 'GET', path: '/api/users/{userId}/identities/{target}', tag: 'Users', api: 'users', methodName: 'getUserIdentity', requiresToken: true },
  GetUserSession: { method: 'GET', path: '/api/users/{userId}/sessions/{sessionId}', tag: 'Users', api: 'users', methodName: 'getUserSession', requiresToken: true },
  GetUserSsoIdentity: { method: 'GET', path: '/api/users/{userId}/sso-identities/{ssoConnectorId}', tag: 'Users', api: 'users', methodName: 'getUserSsoIdentity', requiresToken: true },
  GetUsernameCaseSensitivityConflicts: { method: 'GET', path: '/api/sign-in-exp/username-policy/case-sensitivity-conflicts', tag: 'Sign-in experience', api: 'signInExperience', methodName: 'getUsernameCaseSensitivityConflicts', requiresToken: true },
  GetWellKnownAccountCenter: { method: 'GET', path: '/api/.well-known/account-center', tag: 'Well-known', api: 'wellKnown', methodName: 'getWellKnownAccountCenter', requiresToken: false },
  GetWellKnownExperience: { method: 'GET', path: '/api/.well-known/experience', tag: 'Well-known', api: 'wellKnown', methodName: 'getWellKnownExperience', requiresToken: false },
  GetWellKnownExperienceOpenapiJson: { method: 'GET', path: '/api/.well-known/experience.openapi.json', tag: 'Well-known', api: 'wellKnown', methodName: 'getWellKnownExperienceOpenapiJson', requiresToken: false },
  GetWellKnownManagementOpenapiJson: { method: 'GET', path: '/api/.well-known/management.openapi.json', tag: 'Well-known', api: 'wellKnown', methodName: 'getWellKnownManagementOpenapiJson', requiresToken: false },
  GetWellKnownUserOpenapiJson: { method: 'GET', path: '/api/.well-known/user.openapi.json', tag: 'Well-known', api: 'wellKnown', methodName: 'getWellKnownUserOpenapiJson', requiresToken: false },
  ListActions: { method: 'GET', path: '/api/configs/actions', tag: 'Configs', api: 'configs', methodName: 'listActions', requiresToken: true },
  ListApplicationOrganizations: { method: 'GET', path: '/api/applications/{id}/organizations', tag: 'Applications', api: 'applications', methodName: 'listApplicationOrganizations', requiresToken: true },
  ListApplicationProtectedAppMetadataCustomDomains: { method: 'GET', path: '/api/applications/{id}/protected-app-metadata/custom-domains', tag: 'Applications', api: 'applications', methodName: 'listApplicationProtectedAppMetadataCustomDomains', requiresToken: true },
  ListApplicationRoles: { method: 'GET', path: '/api/applications/{applicationId}/roles', tag: 'Applications', api: 'applications', methodName: 'listApplicationRoles', requiresToken: true },
  ListApplicationSecrets: { method: 'GET', path: '/api/applications/{id}/secrets', tag: 'Applications', api: 'applications', methodName: 'listApplicationSecrets', requiresToken: true },
  ListApplicationUserConsentOrganizations: { method: 'GET', path: '/api/applications/{id}/users/{userId}/consent-organizations', tag: 'Applications', api: 'applications', methodName: 'listApplicationUserConsentOrganizations', requiresToken: true },
  ListApplicationUserConsentScopes: { method: 'GET', path: '/api/applications/{applicationId}/user-consent-scopes', tag: 'Applications', api: 'applications', methodName: 'listApplicationUserConsentScopes', requiresToken: true },
  ListApplications: { method: 'GET', path: '/api/applications', tag: 'Applications', api: 'applications', methodName: 'listApplications', requiresToken: true },
  ListCimdUserConsentScopes: { method: 'GET', path: '/api/cimd/user-consent-scopes', tag: 'CIMD', api: 'cimd', methodName: 'listCimdUserConsentScopes', requiresToken: true },
  ListConnectorFactories: { method: 'GET', path: '/api/connector-factories', tag: 'Connector factories', api: 'connectorFactories', methodName: 'listConnectorFactories', requiresToken: true },
  ListConnectors: { method: 'GET', path: '/api/connectors', tag: 'Connectors', api: 'connectors', methodName: 'listConnectors', requiresToken: true },
  ListCustomPhrases: { method: 'GET', path: '/api/custom-phrases', tag: 'Custom phrases', api: 'customPhrases', methodName: 'listCustomPhrases', requiresToken: true },
  ListCustomProfileFields: { method: 'GET', path: '/api/custom-profile-fields', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'listCustomProfileFields', requiresToken: true },
  ListDomainVerificationFiles: { method: 'GET', path: '/api/domains/{id}/verification-files', tag: 'Domains', api: 'domains', methodName: 'listDomainVerificationFiles', requiresToken: true },
  ListDomains: { method: 'GET', path: '/api/domains', tag: 'Domains', api: 'domains', methodName: 'listDomains', requiresToken: true },
  ListEmailTemplates: { method: 'GET', path: '/api/email-templates', tag: 'Email templates', api: 'emailTemplates', methodName: 'listEmailTemplates', requiresToken: true },
  ListHookRecentLogs: { method: 'GET', path: '/api/hooks/{id}/recent-logs', tag: 'Hooks', api: 'hooks', methodName: 'listHookRecentLogs', requiresToken: true },
  ListHooks: { method: 'GET', path: '/api/hooks', tag: 'Hooks', api: 'hooks', methodName: 'listHooks', requiresToken: true },
  ListJwtCustomizers: { method: 'GET', path: '/api/configs/jwt-customizer', tag: 'Configs', api: 'configs', methodName: 'listJwtCustomizers', requiresToken: true },
  ListLogs: { method: 'GET', path: '/api/logs', tag: 'Audit logs', api: 'auditLogs', methodName: 'listLogs', requiresToken: true },
  ListOneTimeTokens: { method: 'GET', path: '/api/one-time-tokens', tag: 'One-time tokens', api: 'oneTimeTokens', methodName: 'listOneTimeTokens', requiresToken: true },
  ListOrganizationApplicationRoles: { method: 'GET', path: '/api/organizations/{id}/applications/{applicationId}/roles', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationApplicationRoles', requiresToken: true },
  ListOrganizationApplications: { method: 'GET', path: '/api/organizations/{id}/applications', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationApplications', requiresToken: true },
  ListOrganizationInvitations: { method: 'GET', path: '/api/organization-invitations', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'listOrganizationInvitations', requiresToken: true },
  ListOrganizationJitEmailDomains: { method: 'GET', path: '/api/organizations/{id}/jit/email-domains', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationJitEmailDomains', requiresToken: true },
  ListOrganizationJitRoles: { method: 'GET', path: '/api/organizations/{id}/jit/roles', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationJitRoles', requiresToken: true },
  ListOrganizationJitSsoConnectors: { method: 'GET', path: '/api/organizations/{id}/jit/sso-connectors', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationJitSsoConnectors', requiresToken: true },
  ListOrganizationRoleResourceScopes: { method: 'GET', path: '/api/organization-roles/{id}/resource-scopes', tag: 'Organization roles', api: 'organizationRoles', methodName: 'listOrganizationRoleResourceScopes', requiresToken: true },
  ListOrganizationRoleScopes: { method: 'GET', path: '/api/organization-roles/{id}/scopes', tag: 'Organization roles', api: 'organizationRoles', methodName: 'listOrganizationRoleScopes', requiresToken: true },
  ListOrganizationRoles: { method: 'GET', path: '/api/organization-roles', tag: 'Organization roles', api: 'organizationRoles', methodName: 'listOrganizationRoles', requiresToken: true },
  ListOrganizationScopes: { method: 'GET', path: '/api/organization-scopes', tag: 'Organization scopes', api: 'organizationScopes', methodName: 'listOrganizationScopes', requiresToken: true },
  ListOrganizationUserRoles: { method: 'GET', path: '/api/organizations/{id}/users/{userId}/roles', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationUserRoles', requiresToken: true },
  ListOrganizationUserScopes: { method: 'GET', path: '/api/organizations/{id}/users/{userId}/scopes', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationUserScopes', requiresToken: true },
  ListOrganizationUsers: { method: 'GET', path: '/api/organizations/{id}/users', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationUsers', requiresToken: true },
  ListOrganizations: { method: 'GET', path: '/api/organizations', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizations', requiresToken: true },
  ListResourceScopes: { method: 'GET', path: '/api/resources/{resourceId}/scopes', tag: 'Resources', api: 'resources', methodName: 'listResourceScopes', requiresToken: true },
  ListResources: { method: 'GET', path: '/api/resources', tag: 'Resources', api: 'resources', methodName: 'listResources', requiresToken: true },
  ListRoleApplications: { method: 'GET', path: '/api/roles/{id}/applications', tag: 'Roles', api: 'roles', methodName: 'listRoleApplications', requiresToken: true },
  ListRoleScopes: { method: 'GET', path: '/api/roles/{id}/scopes', tag: 'Roles', api: 'roles', methodName: 'listRoleScopes', requiresToken: true },
  ListRoleUsers: { method: 'GET', path: '/api/roles/{id}/users', tag: 'Roles', api: 'roles', methodName: 'listRoleUsers', requiresToken: true },
  ListRoles: { method: 'GET', path: '/api/roles', tag: 'Roles', api: 'roles', methodName: 'listRoles', requiresToken: true },
  ListSamlApplicationMetadata: { method: 'GET', path: '/api/saml-applications/{id}/metadata', tag: 'SAML applications', api: 'samlApplications', methodName: 'listSamlApplicationMetadata', requiresToken: false },
  ListSamlApplicationSecrets: { method: 'GET', path: '/api/saml-applications/{id}/secrets', tag: 'SAML applications', api: 'samlApplications', methodName: 'listSamlApplicationSecrets', requiresToken: true },
  ListSsoConnectorProviders: { method: 'GET', path: '/api/sso-connector-providers', tag: 'SSO connector providers', api: 'ssoConnectorProviders', methodName: 'listSsoConnectorProviders', requiresToken: true },
  ListSsoConnectorSigningKeys: { method: 'GET', path: '/api/sso-connectors/{id}/signing-keys', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'listSsoConnectorSigningKeys', requiresToken: true },
  ListSsoConnectors: { method: 'GET', path: '/api/sso-connectors', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'listSsoConnectors', requiresToken: true },
  ListUserAllIdentities: { method: 'GET', path: '/api/users/{userId}/all-identities', tag: 'Users', api: 'users', methodName: 'listUserAllIdentities', requiresToken: true },
  ListUserCustomData: { method: 'GET', path: '/api/users/{userId}/custom-data', tag: 'Users', api: 'users', methodName: 'listUserCustomData', requiresToken: true },
  ListUserGrants: { method: 'GET', path: '/api/users/{userId}/grants', tag: 'Users', api: 'users', methodName: 'listUserGrants', requiresToken: true },
  ListUserLogtoConfigs: { method: 'GET', path: '/api/users/{userId}/logto-configs', tag: 'Users', api: 'users', methodName: 'listUserLogtoConfigs', requiresToken: true },
  ListUserMfaVerifications: { method: 'GET', path: '/api/users/{userId}/mfa-verifications', tag: 'Users', api: 'users', methodName: 'listUserMfaVerifications', requiresToken: true },
  ListUserOrganizations: { method: 'GET', path: '/api/users/{userId}/organizations', tag: 'Users', api: 'users', methodName: 'listUserOrganizations', requiresToken: true },
  ListUserPersonalAccessTokens: { method: 'GET', path: '/api/users/{userId}/personal-access-tokens', tag: 'Users', api: 'users', methodName: 'listUserPersonalAccessTokens', requiresToken: true },
  ListUserRoles: { method: 'GET', path: '/api/users/{userId}/roles', tag: 'Users', api: 'users', methodName: 'listUserRoles', requiresToken: true },
  ListUserSessions: { method: 'GET', path: '/api/users/{userId}/sessions', tag: 'Users', api: 'users', methodName: 'listUserSessions', requiresToken: true },
  ListUsers: { method: 'GET', path: '/api/users', tag: 'Users', api: 'users', methodName: 'listUsers', requiresToken: true },
  ReplaceApplicationAccessControl: { method: 'PUT', path: '/api/applications/{applicationId}/access-control', tag: 'Applications', api: 'applications', methodName: 'replaceApplicationAccessControl', requiresToken: true },
  ReplaceApplicationRoles: { method: 'PUT', path: '/api/applications/{applicationId}/roles', tag: 'Applications', api: 'applications', methodName: 'replaceApplicationRoles', requiresToken: true },
  ReplaceApplicationSignInExperience: { method: 'PUT', path: '/api/applications/{applicationId}/sign-in-experience', tag: 'Applications', api: 'applications', methodName: 'replaceApplicationSignInExperience', requiresToken: true },
  ReplaceApplicationUserConsentOrganizations: { method: 'PUT', path: '/api/applications/{id}/users/{userId}/consent-organizations', tag: 'Applications', api: 'applications', methodName: 'replaceApplicationUserConsentOrganizations', requiresToken: true },
  ReplaceCustomPhrase: { method: 'PUT', path: '/api/custom-phrases/{languageTag}', tag: 'Custom phrases', api: 'customPhrases', methodName: 'replaceCustomPhrase', requiresToken: true },
  ReplaceDomainVerificationFiles: { method: 'PUT', path: '/api/domains/{id}/verification-files', tag: 'Domains', api: 'domains', methodName: 'replaceDomainVerificationFiles', requiresToken: true },
  ReplaceEmailTemplates: { method: 'PUT', path: '/api/email-templates', tag: 'Email templates', api: 'emailTemplates', methodName: 'replaceEmailTemplates', requiresToken: true },
  ReplaceOneTimeTokenStatus: { method: 'PUT', path: '/api/one-time-tokens/{id}/status', tag: 'One-time tokens', api: 'oneTimeTokens', methodName: 'replaceOneTimeTokenStatus', requiresToken: true },
  ReplaceOrganizationApplicationRoles: { method: 'PUT', path: '/api/organizations/{id}/applications/{applicationId}/roles', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationApplicationRoles', requiresToken: true },
  ReplaceOrganizationApplications: { method: 'PUT', path: '/api/organizations/{id}/applications', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationApplications', requiresToken: true },
  ReplaceOrganizationInvitationStatus: { method: 'PUT', path: '/api/organization-invitations/{id}/status', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'replaceOrganizationInvitationStatus', requiresToken: true },
  ReplaceOrganizationJitEmailDomains: { method: 'PUT', path: '/api/organizations/{id}/jit/email-domains', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationJitEmailDomains', requiresToken: true },
  ReplaceOrganizationJitRoles: { method: 'PUT', path: '/api/organizations/{id}/jit/roles', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationJitRoles', requiresToken: true },
  ReplaceOrganizationJitSsoConnectors: { method: 'PUT', path: '/api/organizations/{id}/jit/sso-connectors', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationJitSsoConnectors', requiresToken: true },
  ReplaceOrganizationRoleResourceScopes: { method: 'PUT', path: '/api/organization-roles/{id}/resource-scopes', tag: 'Organization roles', api: 'organizationRoles', methodName: 'replaceOrganizationRoleResourceScopes', requiresToken: true },
  ReplaceOrganizationRoleScopes: { method: 'PUT', path: '/api/organization-roles/{id}/scopes', tag: 'Organization roles', api: 'organizationRoles', methodName: 'replaceOrganizationRoleScopes', requiresToken: true },
  ReplaceOrganizationUserRoles: { method: 'PUT', path: '/api/organizations/{id}/users/{userId}/roles', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationUserRoles', requiresToken: true },
  ReplaceOrganizationUsers: { method: 'PUT', path: '/api/organizations/{id}/users', tag: 'Organizations', api: 'organizations', methodName: 'replaceOrganizationUsers', requiresToken: true },
  ReplaceUserIdentity: { method: 'PUT', path: '/api/users/{userId}/identities/{target}', tag: 'Users', api: 'users', methodName: 'replaceUserIdentity', requiresToken: true },
  ReplaceUserRoles: { method: 'PUT', path: '/api/users/{userId}/roles', tag: 'Users', api: 'users', methodName: 'replaceUserRoles', requiresToken: true },
  RotateOidcKeys: { method: 'POST', path: '/api/configs/oidc/{keyType}/rotate', tag: 'Configs', api: 'configs', methodName: 'rotateOidcKeys', requiresToken: true },
  TestAction: { method: 'POST', path: '/api/configs/actions/test', tag: 'Configs', api: 'configs', methodName: 'testAction', requiresToken: true },
  TestJwtCustomizer: { method: 'POST', path: '/api/configs/jwt-customizer/test', tag: 'Configs', api: 'configs', methodName: 'testJwtCustomizer', requiresToken: true },
  UpdateAccountCenterSettings: { method: 'PATCH', path: '/api/account-center', tag: 'Account center', api: 'accountCenter', methodName: 'updateAccountCenterSettings', requiresToken: true },
  UpdateAction: { method: 'PATCH', path: '/api/configs/actions/{actionType}', tag: 'Configs', api: 'configs', methodName: 'updateAction', requiresToken: true },
  UpdateAdminConsoleConfig: { method: 'PATCH', path: '/api/configs/admin-console', tag: 'Configs', api: 'configs', methodName: 'updateAdminConsoleConfig', requiresToken: true },
  UpdateApplication: { method: 'PATCH', path: '/api/applications/{id}', tag: 'Applications', api: 'applications', methodName: 'updateApplication', requiresToken: true },
  UpdateApplicationCustomData: { method: 'PATCH', path: '/api/applications/{applicationId}/custom-data', tag: 'Applications', api: 'applications', methodName: 'updateApplicationCustomData', requiresToken: true },
  UpdateApplicationSecret: { method: 'PATCH', path: '/api/applications/{id}/secrets/{name}', tag: 'Applications', api: 'applications', methodName: 'updateApplicationSecret', requiresToken: true },
  UpdateCaptchaProvider: { method: 'PUT', path: '/api/captcha-provider', tag: 'Captcha provider', api: 'captchaProvider', methodName: 'updateCaptchaProvider', requiresToken: true },
  UpdateCimdConfig: { method: 'PATCH', path: '/api/configs/cimd', tag: 'Configs', api: 'configs', methodName: 'updateCimdConfig', requiresToken: true },
  UpdateConnector: { method: 'PATCH', path: '/api/connectors/{id}', tag: 'Connectors', api: 'connectors', methodName: 'updateConnector', requiresToken: true },
  UpdateCustomProfileFieldByName: { method: 'PUT', path: '/api/custom-profile-fields/{name}', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'updateCustomProfileFieldByName', requiresToken: true },
  UpdateCustomProfileFieldsSieOrder: { method: 'POST', path: '/api/custom-profile-fields/properties/sie-order', tag: 'Custom profile fields', api: 'customProfileFields', methodName: 'updateCustomProfileFieldsSieOrder', requiresToken: true },
  UpdateEmailTemplateDetails: { method: 'PATCH', path: '/api/email-templates/{id}/details', tag: 'Email templates', api: 'emailTemplates', methodName: 'updateEmailTemplateDetails', requiresToken: true },
  UpdateHook: { method: 'PATCH', path: '/api/hooks/{id}', tag: 'Hooks', api: 'hooks', methodName: 'updateHook', requiresToken: true },
  UpdateHookSigningKey: { method: 'PATCH', path: '/api/hooks/{id}/signing-key', tag: 'Hooks', api: 'hooks', methodName: 'updateHookSigningKey', requiresToken: true },
  UpdateJwtCustomizer: { method: 'PATCH', path: '/api/configs/jwt-customizer/{tokenTypePath}', tag: 'Configs', api: 'configs', methodName: 'updateJwtCustomizer', requiresToken: true },
  UpdateOidcSessionConfig: { method: 'PATCH', path: '/api/configs/oidc/session', tag: 'Configs', api: 'configs', methodName: 'updateOidcSessionConfig', requiresToken: true },
  UpdateOrganization: { method: 'PATCH', path: '/api/organizations/{id}', tag: 'Organizations', api: 'organizations', methodName: 'updateOrganization', requiresToken: true },
  UpdateOrganizationRole: { method: 'PATCH', path: '/api/organization-roles/{id}', tag: 'Organization roles', api: 'organizationRoles', methodName: 'updateOrganizationRole', requiresToken: true },
  UpdateOrganizationScope: { method: 'PATCH', path: '/api/organization-scopes/{id}', tag: 'Organization scopes', api: 'organizationScopes', methodName: 'updateOrganizationScope', requiresToken: true },
  UpdatePersonalAccessTokenName: { method: 'PATCH', path: '/api/users/{userId}/personal-access-tokens', tag: 'Users', api: 'users', methodName: 'updatePersonalAccessTokenName', requiresToken: true },
  UpdateResource: { method: 'PATCH', path: '/api/resources/{id}', tag: 'Resources', api: 'resources', methodName: 'updateResource', requiresToken: true },
  UpdateResourceIsDefault: { method: 'PATCH', path: '/api/resources/{id}/is-default', tag: 'Resources', api: 'resources', methodName: 'updateResourceIsDefault', requiresToken: true },
  UpdateResourceScope: { method: 'PATCH', path: '/api/resources/{resourceId}/scopes/{scopeId}', tag: 'Resources', api: 'resources', methodName: 'updateResourceScope', requiresToken: true },
  UpdateRole: { method: 'PATCH', path: '/api/roles/{id}', tag: 'Roles', api: 'roles', methodName: 'updateRole', requiresToken: true },
  UpdateSamlApplication: { method: 'PATCH', path: '/api/saml-applications/{id}', tag: 'SAML applications', api: 'samlApplications', methodName: 'updateSamlApplication', requiresToken: true },
  UpdateSamlApplicationSecret: { method: 'PATCH', path: '/api/saml-applications/{id}/secrets/{secretId}', tag: 'SAML applications', api: 'samlApplications', methodName: 'updateSamlApplicationSecret', requiresToken: true },
  UpdateSignInExp: { method: 'PATCH', path: '/api/sign-in-exp', tag: 'Sign-in experience', api: 'signInExperience', methodName: 'updateSignInExp', requiresToken: true },
  UpdateSsoConnector: { method: 'PATCH', path: '/api/sso-connectors/{id}', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'updateSsoConnector', requiresToken: true },
  UpdateSsoConnectorSigningKey: { method: 'PATCH', path: '/api/sso-connectors/{id}/signing-keys/{keyId}', tag: 'SSO connectors', api: 'ssoConnectors', methodName: 'updateSsoConnectorSigningKey', requiresToken: true },
  UpdateUser: { method: 'PATCH', path: '/api/users/{userId}', tag: 'Users', api: 'users', methodName: 'updateUser', requiresToken: true },
  UpdateUserCustomData: { method: 'PATCH', path: '/api/users/{userId}/custom-data', tag: 'Users', api: 'users', methodName: 'updateUserCustomData', requiresToken: true },
  UpdateUserIsSuspended: { method: 'PATCH', path: '/api/users/{userId}/is-suspended', tag: 'Users', api: 'users', methodName: 'updateUserIsSuspended', requiresToken: true },
  UpdateUserLogtoConfigs: { method: 'PATCH', path: '/api/users/{userId}/logto-configs', tag: 'Users', api: 'users', methodName: 'updateUserLogtoConfigs', requiresToken: true },
  UpdateUserPassword: { method: 'PATCH', path: '/api/users/{userId}/password', tag: 'Users', api: 'users', methodName: 'updateUserPassword', requiresToken: true },
  UpdateUserPasswordExpiration: { method: 'PATCH', path: '/api/users/{userId}/password/expiration', tag: 'Users', api: 'users', methodName: 'updateUserPasswordExpiration', requiresToken: true },
  UpdateUserPersonalAccessToken: { method: 'PATCH', path: '/api/users/{userId}/personal-access-tokens/{name}', tag: 'Users', api: 'users', methodName: 'updateUserPersonalAccessToken', requiresToken: true },
  UpdateUserProfile: { method: 'PATCH', path: '/api/users/{userId}/profile', tag: 'Users', api: 'users', methodName: 'updateUserProfile', requiresToken: true },
  UploadCustomUiAssets: { method: 'POST', path: '/api/sign-in-exp/default/custom-ui-assets', tag: 'Sign-in experience', api: 'signInExperience', methodName: 'uploadCustomUiAssets', requiresToken: true },
  UpsertAction: { method: 'PUT', path: '/api/configs/actions/{actionType}', tag: 'Configs', api: 'configs', methodName: 'upsertAction', requiresToken: true },
  UpsertIdTokenConfig: { method: 'PUT', path: '/api/configs/id-token', tag: 'Configs', api: 'configs', methodName: 'upsertIdTokenConfig', requiresToken: true },
  UpsertJwtCustomizer: { method: 'PUT', path: '/api/configs/jwt-customizer/{tokenTypePath}', tag: 'Configs', api: 'configs', methodName: 'upsertJwtCustomizer', requiresToken: true },
  VerifyOneTimeToken: { method: 'POST', path: '/api/one-time-tokens/verify', tag: 'One-time tokens', api: 'oneTimeTokens', methodName: 'verifyOneTimeToken', requiresToken: true },
  VerifyUserPassword: { method: 'POST', path: '/api/users/{userId}/password/verify', tag: 'Users', api: 'users', methodName: 'verifyUserPassword', requiresToken: true },
  VerifyVerificationCode: { method: 'POST', path: '/api/verification-codes/verify', tag: 'Verification codes', api: 'verificationCodes', methodName: 'verifyVerificationCode', requiresToken: true },
} as const;

export type OperationId = keyof typeof operationIndex;
