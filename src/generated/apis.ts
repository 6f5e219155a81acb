// generated from openapi/logto-management.yaml — do not edit; run npm run generate

import type { Client } from 'openapi-fetch';
import { unwrap, type OperationOptions } from '../runtime/unwrap.js';
import { paginate, type PaginateOptions } from '../runtime/paginate.js';
import type { operations, paths } from './schema.js';

export type { OperationOptions, PaginateOptions };

/** Operations tagged "Organization invitations". */
export class OrganizationInvitationsApi {
  readonly #client: Client<paths>;

  constructor(client: Client<paths>) {
    this.#client = client;
  }

  /**
   * Create an organization invitation
   *
   * Creates a pending invitation for an e-mail address to join an organization. When
   * `messagePayload` is an object, the invitation e-mail is sent through the tenant's e-mail
   * connector in the same transaction: if no connector is configured the call answers 501
   * and nothing is stored. A tenant allows only one pending invitation per organization and
   * invitee, where the invitee is compared **with** regard to case (`ada@example.com` and
   * `Ada@example.com` may both be pending); an expired one does not count. Whether the
   * invitee is already a member is also decided by an exact, case-sensitive match on the
   * members' primary e-mail addresses. Sending the e-mail counts towards a per-recipient
   * limit (see 429).
   *
   * `POST /api/organization-invitations` (operationId `CreateOrganizationInvitation`).
   *
   * Responses:
   * - 201: The invitation was stored; it is returned with its roles. [application/json]
   * - 400: The body is malformed (`guard.invalid_input`: a wrong type, a missing required field, an invitee that is not an e-mail address) or `expiresAt` is not in the future (`request.invalid_input`). [application/json]
   * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
   * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
   * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and the router's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. This is a Logto defect (see `openapi/KNOWN-DIFFERENCES.md`); nothing is stored. [text/plain]
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
    return unwrap<operations['CreateOrganizationInvitation']['responses'][201]['content']['application/json']>(
      { operationId: 'CreateOrganizationInvitation', method: 'POST', path: '/api/organization-invitations' },
      this.#client.POST('/api/organization-invitations', {
        body,
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }

  /**
   * Resend the invitation e-mail
   *
   * Sends the invitation e-mail to the invitee again, through the tenant's e-mail connector,
   * with the given template payload. The invitation is looked up first (404), then the
   * connector (501), then the per-recipient send limit (429); the status of the invitation
   * does not matter.
   *
   * `POST /api/organization-invitations/{id}/message` (operationId `CreateOrganizationInvitationMessage`).
   *
   * Responses:
   * - 204: The e-mail was handed to the connector.
   * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
   * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
   * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
   * - 404: Nothing exists with this id (`entity.not_found`, JSON), or the request body is larger than 1 MiB, which Logto answers as 404 `text/plain` "Not Found" (a Logto defect, see `openapi/KNOWN-DIFFERENCES.md`). [application/json, text/plain]
   * - 429: Too many messages went to this recipient recently (`request.message_rate_limited`): Logto allows 10 sends per recipient, the address compared without regard to case, in any 600 seconds, counting every kind of message it sends there. Nothing is sent or stored. Logto sends no `Retry-After`; the oldest send leaves the window 600 seconds after it happened. [application/json]
   * - 501: The tenant has no e-mail connector, so no invitation e-mail can be sent (`connector.not_found`). Nothing is stored. [application/json]
   *
   * @param id The invitation's id.
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
    return unwrap<void>(
      { operationId: 'CreateOrganizationInvitationMessage', method: 'POST', path: '/api/organization-invitations/{id}/message' },
      this.#client.POST('/api/organization-invitations/{id}/message', {
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
   * @param id The invitation's id.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The invitation is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationInvitation(
    id: operations['DeleteOrganizationInvitation']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return unwrap<void>(
      { operationId: 'DeleteOrganizationInvitation', method: 'DELETE', path: '/api/organization-invitations/{id}' },
      this.#client.DELETE('/api/organization-invitations/{id}', {
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
   * @param id The invitation's id.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The invitation).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOrganizationInvitation(
    id: operations['GetOrganizationInvitation']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOrganizationInvitation']['responses'][200]['content']['application/json']> {
    return unwrap<operations['GetOrganizationInvitation']['responses'][200]['content']['application/json']>(
      { operationId: 'GetOrganizationInvitation', method: 'GET', path: '/api/organization-invitations/{id}' },
      this.#client.GET('/api/organization-invitations/{id}', {
        params: { path: { id } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }

  /**
   * List organization invitations
   *
   * Returns every invitation matching all the given filters, without pagination. Status is
   * computed when read: a pending invitation whose expiry time has passed comes back as
   * `Expired`. With no filter at all the list spans the whole tenant, so on a shared tenant
   * always filter.
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
    return unwrap<operations['ListOrganizationInvitations']['responses'][200]['content']['application/json']>(
      { operationId: 'ListOrganizationInvitations', method: 'GET', path: '/api/organization-invitations' },
      this.#client.GET('/api/organization-invitations', {
        params: { query },
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }

  /**
   * Accept or revoke an organization invitation
   *
   * Moves a pending invitation to `Accepted` or `Revoked`. Accepted, Revoked and Expired are
   * final. Accepting needs `acceptedUserId`, a user whose primary e-mail address is the
   * invitee (compared without regard to case); in one transaction the user joins the
   * organization with the invitation's organization roles.
   *
   * `PUT /api/organization-invitations/{id}/status` (operationId `ReplaceOrganizationInvitationStatus`).
   *
   * Responses:
   * - 200: The invitation after the change. [application/json]
   * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
   * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
   * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
   * - 404: The invitation does not exist, or, when accepting a pending invitation, the user named by `acceptedUserId` does not exist (`entity.not_found`). A body over 1 MiB is also answered 404, as `text/plain` "Not Found" (a Logto defect, see `openapi/KNOWN-DIFFERENCES.md`). [application/json, text/plain]
   * - 422: The change is not allowed. `request.invalid_input`: `acceptedUserId` is missing when accepting (checked first), the invitation is no longer pending (checked before the user is looked up), or that user's primary e-mail address is not the invitee (compared without regard to case). `entity.db_constraint_violated`: the invitation grants an organization role of type `MachineToMachine`, which a user cannot hold; nothing changes and the invitation stays pending. [application/json]
   *
   * @param id The invitation's id.
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
    return unwrap<operations['ReplaceOrganizationInvitationStatus']['responses'][200]['content']['application/json']>(
      { operationId: 'ReplaceOrganizationInvitationStatus', method: 'PUT', path: '/api/organization-invitations/{id}/status' },
      this.#client.PUT('/api/organization-invitations/{id}/status', {
        params: { path: { id } },
        body,
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }
}

/** Operations tagged "Organization roles". */
export class OrganizationRolesApi {
  readonly #client: Client<paths>;

  constructor(client: Client<paths>) {
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
   * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and the router's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. This is a Logto defect (see `openapi/KNOWN-DIFFERENCES.md`); nothing is stored. [text/plain]
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
    return unwrap<operations['CreateOrganizationRole']['responses'][201]['content']['application/json']>(
      { operationId: 'CreateOrganizationRole', method: 'POST', path: '/api/organization-roles' },
      this.#client.POST('/api/organization-roles', {
        body,
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
   * @param id The organization role's id.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The role is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganizationRole(
    id: operations['DeleteOrganizationRole']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return unwrap<void>(
      { operationId: 'DeleteOrganizationRole', method: 'DELETE', path: '/api/organization-roles/{id}' },
      this.#client.DELETE('/api/organization-roles/{id}', {
        params: { path: { id } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }
}

/** Operations tagged "Organizations". */
export class OrganizationsApi {
  readonly #client: Client<paths>;

  constructor(client: Client<paths>) {
    this.#client = client;
  }

  /**
   * Add users to an organization
   *
   * Makes the given users members of the organization, without organization roles. Users
   * who already are members, and ids repeated in the list, are accepted and change nothing;
   * the answer echoes the list as it was sent.
   *
   * `POST /api/organizations/{id}/users` (operationId `AddOrganizationUsers`).
   *
   * Responses:
   * - 201: The users are members. [application/json]
   * - 400: The request is malformed (`guard.invalid_input`, with the offending fields in `data.issues`; a `text/plain` body is read as a string and refused for not being an object). A body that is not JSON at all, or JSON that is neither an object nor an array, is refused with a body that has only a `message`. [application/json]
   * - 401: No valid access token: the `Authorization` header is missing (`auth.authorization_header_missing`), uses a scheme other than Bearer (`auth.authorization_token_type_not_supported`), or carries a token that does not verify (`auth.unauthorized`). The token is checked before the body is read, so a request without one gets this answer whatever its body. [application/json]
   * - 403: The token is valid but lacks the scope `all` (`auth.forbidden`). [application/json]
   * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and the router's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. This is a Logto defect (see `openapi/KNOWN-DIFFERENCES.md`); nothing is stored. [text/plain]
   * - 422: The organization or one of the users does not exist (`entity.relation_foreign_key_not_found`). Nobody is added. [application/json]
   *
   * @param id The organization's id.
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
    return unwrap<operations['AddOrganizationUsers']['responses'][201]['content']['application/json']>(
      { operationId: 'AddOrganizationUsers', method: 'POST', path: '/api/organizations/{id}/users' },
      this.#client.POST('/api/organizations/{id}/users', {
        params: { path: { id } },
        body,
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
   * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and the router's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. This is a Logto defect (see `openapi/KNOWN-DIFFERENCES.md`); nothing is stored. [text/plain]
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
    return unwrap<operations['CreateOrganization']['responses'][201]['content']['application/json']>(
      { operationId: 'CreateOrganization', method: 'POST', path: '/api/organizations' },
      this.#client.POST('/api/organizations', {
        body,
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
   * @param id The organization's id.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The organization is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteOrganization(
    id: operations['DeleteOrganization']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<void> {
    return unwrap<void>(
      { operationId: 'DeleteOrganization', method: 'DELETE', path: '/api/organizations/{id}' },
      this.#client.DELETE('/api/organizations/{id}', {
        params: { path: { id } },
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
   * @param id The organization's id.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The organization).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getOrganization(
    id: operations['GetOrganization']['parameters']['path']['id'],
    options?: OperationOptions,
  ): Promise<operations['GetOrganization']['responses'][200]['content']['application/json']> {
    return unwrap<operations['GetOrganization']['responses'][200]['content']['application/json']>(
      { operationId: 'GetOrganization', method: 'GET', path: '/api/organizations/{id}' },
      this.#client.GET('/api/organizations/{id}', {
        params: { path: { id } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }

  /**
   * List the members of an organization
   *
   * Returns one page of the organization's members, ordered by user id, each with the
   * organization roles held in it (ordered by role name). The total count is in the
   * `Total-Number` header. Members carry the user fields without `hasPassword`. The
   * organization is not looked up: an id that names no organization gives an empty page
   * with `Total-Number: 0`, not a 404.
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
   * @param id The organization's id.
   * @param query Query parameters:
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
    return unwrap<operations['ListOrganizationUsers']['responses'][200]['content']['application/json']>(
      { operationId: 'ListOrganizationUsers', method: 'GET', path: '/api/organizations/{id}/users' },
      this.#client.GET('/api/organizations/{id}/users', {
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
   * @param id The organization's id.
   * @param query Query parameters as for `listOrganizationUsers`, without `page` (the iterator walks the pages; `page_size` sets their size, default 100).
   * @param options Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).
   * @throws {LogtoApiError} When a page is answered with a non-2xx status.
   */
  listOrganizationUsersIterate(
    id: operations['ListOrganizationUsers']['parameters']['path']['id'],
    query?: Omit<NonNullable<operations['ListOrganizationUsers']['parameters']['query']>, 'page'>,
    options?: PaginateOptions,
  ): AsyncGenerator<operations['ListOrganizationUsers']['responses'][200]['content']['application/json'][number], void, undefined> {
    return paginate<operations['ListOrganizationUsers']['responses'][200]['content']['application/json'][number]>(
      { operationId: 'ListOrganizationUsers', method: 'GET', path: '/api/organizations/{id}/users' },
      (page, pageSize) =>
        this.#client.GET('/api/organizations/{id}/users', {
          params: { path: { id }, query: { ...query, page, page_size: pageSize } },
          signal: options?.signal,
          headers: options?.headers,
        }),
      { pageSize: query?.page_size, maxPages: options?.maxPages },
    );
  }
}

/** Operations tagged "Status". */
export class StatusApi {
  readonly #client: Client<paths>;

  constructor(client: Client<paths>) {
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
    return unwrap<void>(
      { operationId: 'GetStatus', method: 'GET', path: '/api/status' },
      this.#client.GET('/api/status', {
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }
}

/** Operations tagged "Users". */
export class UsersApi {
  readonly #client: Client<paths>;

  constructor(client: Client<paths>) {
    this.#client = client;
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
   * - 404: The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's error handler drops the parser's 413 and the router's default answer goes out instead: 404 `text/plain` "Not Found", with no error code. This is a Logto defect (see `openapi/KNOWN-DIFFERENCES.md`); nothing is stored. [text/plain]
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
    return unwrap<operations['CreateUser']['responses'][200]['content']['application/json']>(
      { operationId: 'CreateUser', method: 'POST', path: '/api/users' },
      this.#client.POST('/api/users', {
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
   * @param userId The user's id.
   * @param options Per-call abort signal and extra headers.
   * @returns Nothing (204: The user is gone).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  deleteUser(
    userId: operations['DeleteUser']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<void> {
    return unwrap<void>(
      { operationId: 'DeleteUser', method: 'DELETE', path: '/api/users/{userId}' },
      this.#client.DELETE('/api/users/{userId}', {
        params: { path: { userId } },
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
   * @param userId The user's id.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The user).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  getUser(
    userId: operations['GetUser']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['GetUser']['responses'][200]['content']['application/json']> {
    return unwrap<operations['GetUser']['responses'][200]['content']['application/json']>(
      { operationId: 'GetUser', method: 'GET', path: '/api/users/{userId}' },
      this.#client.GET('/api/users/{userId}', {
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
   * @param userId The user's id.
   * @param options Per-call abort signal and extra headers.
   * @returns The success body (200: The user's organizations).
   * @throws {LogtoApiError} When the server answers with a non-2xx status.
   */
  listUserOrganizations(
    userId: operations['ListUserOrganizations']['parameters']['path']['userId'],
    options?: OperationOptions,
  ): Promise<operations['ListUserOrganizations']['responses'][200]['content']['application/json']> {
    return unwrap<operations['ListUserOrganizations']['responses'][200]['content']['application/json']>(
      { operationId: 'ListUserOrganizations', method: 'GET', path: '/api/users/{userId}/organizations' },
      this.#client.GET('/api/users/{userId}/organizations', {
        params: { path: { userId } },
        signal: options?.signal,
        headers: options?.headers,
      }),
    );
  }
}

/** One instance of every API class, sharing one openapi-fetch client. */
export function createApis(client: Client<paths>) {
  return {
    organizationInvitations: new OrganizationInvitationsApi(client),
    organizationRoles: new OrganizationRolesApi(client),
    organizations: new OrganizationsApi(client),
    status: new StatusApi(client),
    users: new UsersApi(client),
  };
}

export type Apis = ReturnType<typeof createApis>;

/** Every operation by operationId: HTTP method (upper case), path template, tag and where the client exposes it. */
export const operationIndex = {
  AddOrganizationUsers: { method: 'POST', path: '/api/organizations/{id}/users', tag: 'Organizations', api: 'organizations', methodName: 'addOrganizationUsers', requiresToken: true },
  CreateOrganization: { method: 'POST', path: '/api/organizations', tag: 'Organizations', api: 'organizations', methodName: 'createOrganization', requiresToken: true },
  CreateOrganizationInvitation: { method: 'POST', path: '/api/organization-invitations', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'createOrganizationInvitation', requiresToken: true },
  CreateOrganizationInvitationMessage: { method: 'POST', path: '/api/organization-invitations/{id}/message', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'createOrganizationInvitationMessage', requiresToken: true },
  CreateOrganizationRole: { method: 'POST', path: '/api/organization-roles', tag: 'Organization roles', api: 'organizationRoles', methodName: 'createOrganizationRole', requiresToken: true },
  CreateUser: { method: 'POST', path: '/api/users', tag: 'Users', api: 'users', methodName: 'createUser', requiresToken: true },
  DeleteOrganization: { method: 'DELETE', path: '/api/organizations/{id}', tag: 'Organizations', api: 'organizations', methodName: 'deleteOrganization', requiresToken: true },
  DeleteOrganizationInvitation: { method: 'DELETE', path: '/api/organization-invitations/{id}', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'deleteOrganizationInvitation', requiresToken: true },
  DeleteOrganizationRole: { method: 'DELETE', path: '/api/organization-roles/{id}', tag: 'Organization roles', api: 'organizationRoles', methodName: 'deleteOrganizationRole', requiresToken: true },
  DeleteUser: { method: 'DELETE', path: '/api/users/{userId}', tag: 'Users', api: 'users', methodName: 'deleteUser', requiresToken: true },
  GetOrganization: { method: 'GET', path: '/api/organizations/{id}', tag: 'Organizations', api: 'organizations', methodName: 'getOrganization', requiresToken: true },
  GetOrganizationInvitation: { method: 'GET', path: '/api/organization-invitations/{id}', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'getOrganizationInvitation', requiresToken: true },
  GetStatus: { method: 'GET', path: '/api/status', tag: 'Status', api: 'status', methodName: 'getStatus', requiresToken: false },
  GetUser: { method: 'GET', path: '/api/users/{userId}', tag: 'Users', api: 'users', methodName: 'getUser', requiresToken: true },
  ListOrganizationInvitations: { method: 'GET', path: '/api/organization-invitations', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'listOrganizationInvitations', requiresToken: true },
  ListOrganizationUsers: { method: 'GET', path: '/api/organizations/{id}/users', tag: 'Organizations', api: 'organizations', methodName: 'listOrganizationUsers', requiresToken: true },
  ListUserOrganizations: { method: 'GET', path: '/api/users/{userId}/organizations', tag: 'Users', api: 'users', methodName: 'listUserOrganizations', requiresToken: true },
  ReplaceOrganizationInvitationStatus: { method: 'PUT', path: '/api/organization-invitations/{id}/status', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'replaceOrganizationInvitationStatus', requiresToken: true },
} as const;

export type OperationId = keyof typeof operationIndex;
