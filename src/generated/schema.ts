// generated from openapi/logto-management.yaml — do not edit; run npm run generate

export interface paths {
    "/api/organization-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization invitations
         * @description Returns every invitation matching all the given filters, without pagination. Status is
         *     computed when read: a pending invitation whose expiry time has passed comes back as
         *     `Expired`. With no filter at all the list spans the whole tenant, so on a shared tenant
         *     always filter.
         */
        get: operations["ListOrganizationInvitations"];
        put?: never;
        /**
         * Create an organization invitation
         * @description Creates a pending invitation for an e-mail address to join an organization. When
         *     `messagePayload` is an object, the invitation e-mail is sent through the tenant's e-mail
         *     connector in the same transaction: if no connector is configured the call answers 501
         *     and nothing is stored. A tenant allows only one pending invitation per organization and
         *     invitee, where the invitee is compared **with** regard to case (`ada@example.com` and
         *     `Ada@example.com` may both be pending); an expired one does not count. Whether the
         *     invitee is already a member is also decided by an exact, case-sensitive match on the
         *     members' primary e-mail addresses. Sending the e-mail counts towards a per-recipient
         *     limit (see 429).
         */
        post: operations["CreateOrganizationInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization invitation
         * @description Returns one invitation with the organization roles it grants on acceptance. The status is computed when read.
         */
        get: operations["GetOrganizationInvitation"];
        put?: never;
        post?: never;
        /**
         * Delete an organization invitation
         * @description Removes an invitation whatever its status. An invitation that was accepted leaves the membership it created in place.
         */
        delete: operations["DeleteOrganizationInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Accept or revoke an organization invitation
         * @description Moves a pending invitation to `Accepted` or `Revoked`. Accepted, Revoked and Expired are
         *     final. Accepting needs `acceptedUserId`, a user whose primary e-mail address is the
         *     invitee (compared without regard to case); in one transaction the user joins the
         *     organization with the invitation's organization roles.
         */
        put: operations["ReplaceOrganizationInvitationStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations/{id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend the invitation e-mail
         * @description Sends the invitation e-mail to the invitee again, through the tenant's e-mail connector,
         *     with the given template payload. The invitation is looked up first (404), then the
         *     connector (501), then the per-recipient send limit (429); the status of the invitation
         *     does not matter.
         */
        post: operations["CreateOrganizationInvitationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization
         * @description Creates an organization in the tenant.
         */
        post: operations["CreateOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id.
                 * @example q8zw3kx7p1ma
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Returns one organization.
         */
        get: operations["GetOrganization"];
        put?: never;
        post?: never;
        /**
         * Delete an organization
         * @description Deletes an organization together with its memberships and its invitations.
         */
        delete: operations["DeleteOrganization"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id.
                 * @example q8zw3kx7p1ma
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the members of an organization
         * @description Returns one page of the organization's members, ordered by user id, each with the
         *     organization roles held in it (ordered by role name). The total count is in the
         *     `Total-Number` header. Members carry the user fields without `hasPassword`. The
         *     organization is not looked up: an id that names no organization gives an empty page
         *     with `Total-Number: 0`, not a 404.
         */
        get: operations["ListOrganizationUsers"];
        put?: never;
        /**
         * Add users to an organization
         * @description Makes the given users members of the organization, without organization roles. Users
         *     who already are members, and ids repeated in the list, are accepted and change nothing;
         *     the answer echoes the list as it was sent.
         */
        post: operations["AddOrganizationUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization role
         * @description Creates an organization role. Role names are unique in the tenant.
         */
        post: operations["CreateOrganizationRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization role's id.
                 * @example r0l3x9m2k8b4v7c1n5d6f
                 */
                id: components["parameters"]["OrganizationRoleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an organization role
         * @description Deletes an organization role; members holding it lose it.
         */
        delete: operations["DeleteOrganizationRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user
         * @description Creates a user. Logto answers 200, not 201, for this operation.
         */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example u5j2nb8c4rtd
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user.
         */
        get: operations["GetUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user, with the invitations the user sent or accepted and the user's memberships.
         */
        delete: operations["DeleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example u5j2nb8c4rtd
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's organizations
         * @description Returns every organization the user is a member of, each with the organization roles the user holds there.
         */
        get: operations["ListUserOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the server is up
         * @description Answers 204 with no body while the server is running. Needs no token.
         */
        get: operations["GetStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error Logto's Management API raises. */
        LogtoError: {
            /**
             * @description Stable, machine-readable error code such as `entity.not_found`.
             * @example entity.not_found
             */
            code: string;
            /**
             * @description Human-readable explanation, localised by the server.
             * @example The entity does not exist.
             */
            message: string;
            /** @description Extra structured context; validation errors put their issues in `data.issues`. */
            data?: unknown;
            /** @description A one-line summary of what failed validation. */
            details?: string;
        };
        /**
         * @description What Logto answers when the request body is not JSON, or JSON that is neither an
         *     object nor an array: the parser's error is passed through with its message only, so
         *     there is no `code`.
         */
        LogtoBodyParseError: {
            /** @example Invalid JSON */
            message: string;
        };
        /**
         * @description The plain-text body of a 404 that did not come from Logto's own error handling.
         * @example Not Found
         */
        PlainNotFound: string;
        /** @description A 400 answer is either a `LogtoError` or, for a body that is not JSON, a `LogtoBodyParseError`. */
        LogtoBadRequestError: components["schemas"]["LogtoError"] | components["schemas"]["LogtoBodyParseError"];
        /**
         * @description `Pending` until accepted, revoked or past its expiry time. The last three are final.
         *     `Expired` is computed when the invitation is read.
         * @enum {string}
         */
        OrganizationInvitationStatus: "Pending" | "Accepted" | "Expired" | "Revoked";
        /** @description An organization role, by id and name. */
        OrganizationRoleRef: {
            id: string;
            name: string;
        };
        /** @description An invitation for an e-mail address to join an organization. Every field is always present. */
        OrganizationInvitation: {
            tenantId: string;
            id: string;
            /** @description The user who sent the invitation, if any. */
            inviterId: string | null;
            /** @description The invited e-mail address, in the case it was given. */
            invitee: string;
            /** @description The user who accepted the invitation, once accepted. */
            acceptedUserId: string | null;
            organizationId: string;
            status: components["schemas"]["OrganizationInvitationStatus"];
            /** @description Epoch milliseconds. */
            createdAt: number;
            /** @description Epoch milliseconds. */
            updatedAt: number;
            /** @description Epoch milliseconds after which a pending invitation reads as Expired. */
            expiresAt: number;
            /** @description The organization roles granted on acceptance. */
            organizationRoles: components["schemas"]["OrganizationRoleRef"][];
        };
        /**
         * @description Values for the "OrganizationInvitation" e-mail template. Every field is optional; other
         *     fields are passed to the template as they are.
         */
        OrganizationInvitationMessagePayload: {
            code?: string;
            /** @description Where the invitee accepts, usually a page of your application. */
            link?: string;
            locale?: string;
            uiLocales?: string;
        };
        CreateOrganizationInvitationRequest: {
            /** @description The user sending the invitation; must exist when given. */
            inviterId?: string | null;
            /**
             * Format: email
             * @description The e-mail address to invite.
             */
            invitee: string;
            organizationId: string;
            /** @description Epoch milliseconds; must be in the future. */
            expiresAt: number;
            /** @description Organization roles to grant on acceptance; each must exist. */
            organizationRoleIds?: string[];
            /**
             * @description `false` (the default) stores the invitation without e-mailing anyone. An object sends
             *     the invitation e-mail with these template values, which needs an e-mail connector.
             * @default false
             */
            messagePayload?: components["schemas"]["OrganizationInvitationMessagePayload"] | false;
        };
        ReplaceOrganizationInvitationStatusRequest: {
            /** @enum {string} */
            status: "Accepted" | "Revoked";
            /** @description Required when `status` is `Accepted`. */
            acceptedUserId?: string | null;
        };
        OrganizationColor: {
            primaryColor?: string;
            isDarkModeEnabled?: boolean;
            darkPrimaryColor?: string;
        };
        OrganizationBranding: {
            logoUrl?: string;
            darkLogoUrl?: string;
            favicon?: string;
            darkFavicon?: string;
        };
        Organization: {
            tenantId: string;
            id: string;
            name: string;
            description: string | null;
            customData: {
                [key: string]: unknown;
            };
            isMfaRequired: boolean;
            color: components["schemas"]["OrganizationColor"];
            branding: components["schemas"]["OrganizationBranding"];
            customCss: string | null;
            createdAt: number;
        };
        /** @description An organization with the organization roles a given user holds in it. */
        OrganizationWithRoles: components["schemas"]["Organization"] & {
            organizationRoles: components["schemas"]["OrganizationRoleRef"][];
        };
        CreateOrganizationRequest: {
            name: string;
            description?: string | null;
            customData?: {
                [key: string]: unknown;
            };
        };
        OrganizationUserIds: {
            userIds: string[];
        };
        OrganizationRole: {
            tenantId: string;
            id: string;
            name: string;
            description: string | null;
            /** @enum {string} */
            type: "User" | "MachineToMachine";
        };
        CreateOrganizationRoleRequest: {
            name: string;
            description?: string | null;
            /**
             * @default User
             * @enum {string}
             */
            type?: "User" | "MachineToMachine";
            /** @default [] */
            organizationScopeIds?: string[];
            /** @default [] */
            resourceScopeIds?: string[];
        };
        /**
         * @description The fields Logto 1.42 returns for every user, also in an organization's member list.
         *     Logto adds fields over time; unknown fields are allowed.
         */
        UserInfo: {
            id: string;
            username: string | null;
            primaryEmail: string | null;
            primaryPhone: string | null;
            name: string | null;
            avatar: string | null;
            customData: {
                [key: string]: unknown;
            };
            identities: {
                [key: string]: {
                    userId: string;
                    details?: {
                        [key: string]: unknown;
                    };
                };
            };
            lastSignInAt: number | null;
            createdAt: number;
            updatedAt: number;
            profile: {
                [key: string]: unknown;
            };
            applicationId: string | null;
            /** @description The client id metadata document the user signed up through, if any. */
            cimdClientId: string | null;
            isSuspended: boolean;
        };
        /** @description A user read on its own (create, get): every `UserInfo` field and `hasPassword`. */
        User: components["schemas"]["UserInfo"] & {
            /** @description Whether the user has a password. */
            hasPassword: boolean;
        };
        /** @description A user as an organization's member list shows it (no `hasPassword`), with the organization roles held there. */
        OrganizationMember: components["schemas"]["UserInfo"] & {
            organizationRoles: components["schemas"]["OrganizationRoleRef"][];
        };
        CreateUserRequest: {
            /** Format: email */
            primaryEmail?: string;
            primaryPhone?: string;
            username?: string;
            password?: string;
            name?: string;
            avatar?: string | null;
            customData?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /**
         * @description The request is malformed (`guard.invalid_input`, with the offending fields in
         *     `data.issues`; a `text/plain` body is read as a string and refused for not being an
         *     object). A body that is not JSON at all, or JSON that is neither an object nor an array,
         *     is refused with a body that has only a `message`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "guard.invalid_input",
                 *       "message": "The request body is invalid.",
                 *       "details": "Error in key path \"status\": (invalid_type) Expected string but received number.",
                 *       "data": {
                 *         "name": "ZodError",
                 *         "issues": [
                 *           {
                 *             "code": "invalid_type",
                 *             "expected": "string",
                 *             "received": "number",
                 *             "path": [
                 *               "status"
                 *             ],
                 *             "message": "Expected string, received number"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LogtoBadRequestError"];
            };
        };
        /**
         * @description No valid access token: the `Authorization` header is missing
         *     (`auth.authorization_header_missing`), uses a scheme other than Bearer
         *     (`auth.authorization_token_type_not_supported`), or carries a token that does not verify
         *     (`auth.unauthorized`). The token is checked before the body is read, so a request
         *     without one gets this answer whatever its body.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "auth.authorization_header_missing",
                 *       "message": "Authorization header is missing."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
        /** @description The token is valid but lacks the scope `all` (`auth.forbidden`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "auth.forbidden",
                 *       "message": "Forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
        /** @description Nothing exists with this id (`entity.not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "entity.not_found",
                 *       "message": "The resource does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
        /**
         * @description No organization has this id. Logto answers with its generic look-up error,
         *     `entity.not_exists_with_id`, not the `entity.not_found` of users, roles and invitations.
         */
        OrganizationNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "entity.not_exists_with_id",
                 *       "message": "The organizations with ID `q8zw3kx7p1ma` does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
        /**
         * @description The request body is larger than Logto's body parser accepts (1 MiB of JSON). Logto's
         *     error handler drops the parser's 413 and the router's default answer goes out instead:
         *     404 `text/plain` "Not Found", with no error code. This is a Logto defect (see
         *     `openapi/KNOWN-DIFFERENCES.md`); nothing is stored.
         */
        BodyTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainNotFound"];
            };
        };
        /**
         * @description Nothing exists with this id (`entity.not_found`, JSON), or the request body is larger
         *     than 1 MiB, which Logto answers as 404 `text/plain` "Not Found" (a Logto defect, see
         *     `openapi/KNOWN-DIFFERENCES.md`).
         */
        NotFoundOrBodyTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "entity.not_found",
                 *       "message": "The resource does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
                "text/plain": components["schemas"]["PlainNotFound"];
            };
        };
        /** @description The request conflicts with stored data, for example a reference to an id that does not exist (`entity.relation_foreign_key_not_found`). */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "entity.relation_foreign_key_not_found",
                 *       "message": "The referenced entity does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
        /**
         * @description Too many messages went to this recipient recently (`request.message_rate_limited`):
         *     Logto allows 10 sends per recipient, the address compared without regard to case, in
         *     any 600 seconds, counting every kind of message it sends there. Nothing is sent or
         *     stored. Logto sends no `Retry-After`; the oldest send leaves the window 600 seconds after
         *     it happened.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "request.message_rate_limited",
                 *       "message": "Too many messages sent to this recipient. Please try again later."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
        /** @description The tenant has no e-mail connector, so no invitation e-mail can be sent (`connector.not_found`). Nothing is stored. */
        NoEmailConnector: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "connector.not_found",
                 *       "message": "Cannot find any available connector with type Email."
                 *     }
                 */
                "application/json": components["schemas"]["LogtoError"];
            };
        };
    };
    parameters: {
        /**
         * @description The invitation's id.
         * @example k7fsk2nvq0m5d8x1a3b9c
         */
        OrganizationInvitationId: string;
        /**
         * @description The organization's id.
         * @example q8zw3kx7p1ma
         */
        OrganizationId: string;
        /**
         * @description The organization role's id.
         * @example r0l3x9m2k8b4v7c1n5d6f
         */
        OrganizationRoleId: string;
        /**
         * @description The user's id.
         * @example u5j2nb8c4rtd
         */
        UserId: string;
        /** @description Which page to return, counting from 1. */
        Page: number;
        /** @description How many items a page holds, at most 100. */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How many items exist in all pages together.
         * @example 1
         */
        TotalNumber: string;
    };
    pathItems: never;
}
export type LogtoError = components['schemas']['LogtoError'];
export type LogtoBodyParseError = components['schemas']['LogtoBodyParseError'];
export type PlainNotFound = components['schemas']['PlainNotFound'];
export type LogtoBadRequestError = components['schemas']['LogtoBadRequestError'];
export type OrganizationInvitationStatus = components['schemas']['OrganizationInvitationStatus'];
export type OrganizationRoleRef = components['schemas']['OrganizationRoleRef'];
export type OrganizationInvitation = components['schemas']['OrganizationInvitation'];
export type OrganizationInvitationMessagePayload = components['schemas']['OrganizationInvitationMessagePayload'];
export type CreateOrganizationInvitationRequest = components['schemas']['CreateOrganizationInvitationRequest'];
export type ReplaceOrganizationInvitationStatusRequest = components['schemas']['ReplaceOrganizationInvitationStatusRequest'];
export type OrganizationColor = components['schemas']['OrganizationColor'];
export type OrganizationBranding = components['schemas']['OrganizationBranding'];
export type Organization = components['schemas']['Organization'];
export type OrganizationWithRoles = components['schemas']['OrganizationWithRoles'];
export type CreateOrganizationRequest = components['schemas']['CreateOrganizationRequest'];
export type OrganizationUserIds = components['schemas']['OrganizationUserIds'];
export type OrganizationRole = components['schemas']['OrganizationRole'];
export type CreateOrganizationRoleRequest = components['schemas']['CreateOrganizationRoleRequest'];
export type UserInfo = components['schemas']['UserInfo'];
export type User = components['schemas']['User'];
export type OrganizationMember = components['schemas']['OrganizationMember'];
export type CreateUserRequest = components['schemas']['CreateUserRequest'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseOrganizationNotFound = components['responses']['OrganizationNotFound'];
export type ResponseBodyTooLarge = components['responses']['BodyTooLarge'];
export type ResponseNotFoundOrBodyTooLarge = components['responses']['NotFoundOrBodyTooLarge'];
export type ResponseUnprocessableContent = components['responses']['UnprocessableContent'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseNoEmailConnector = components['responses']['NoEmailConnector'];
export type ParameterOrganizationInvitationId = components['parameters']['OrganizationInvitationId'];
export type ParameterOrganizationId = components['parameters']['OrganizationId'];
export type ParameterOrganizationRoleId = components['parameters']['OrganizationRoleId'];
export type ParameterUserId = components['parameters']['UserId'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPageSize = components['parameters']['PageSize'];
export type HeaderTotalNumber = components['headers']['TotalNumber'];
export type $defs = Record<string, never>;
export interface operations {
    ListOrganizationInvitations: {
        parameters: {
            query?: {
                /** @description Only invitations into this organization. */
                organizationId?: string;
                /** @description Only invitations sent by this user. */
                inviterId?: string;
                /** @description Only invitations addressed to this e-mail address, compared without regard to case. */
                invitee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching invitations, each with the organization roles it grants on acceptance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "tenantId": "default",
                     *         "id": "k7fsk2nvq0m5d8x1a3b9c",
                     *         "inviterId": "a9h4w2e6y1qs",
                     *         "invitee": "ada@example.com",
                     *         "acceptedUserId": null,
                     *         "organizationId": "q8zw3kx7p1ma",
                     *         "status": "Pending",
                     *         "createdAt": 1795858200000,
                     *         "updatedAt": 1795858200000,
                     *         "expiresAt": 1796463000000,
                     *         "organizationRoles": [
                     *           {
                     *             "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *             "name": "member"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OrganizationInvitation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    CreateOrganizationInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The invitation to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invitee": "ada@example.com",
                 *       "organizationId": "q8zw3kx7p1ma",
                 *       "inviterId": "a9h4w2e6y1qs",
                 *       "expiresAt": 1796463000000,
                 *       "organizationRoleIds": [
                 *         "r0l3x9m2k8b4v7c1n5d6f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationInvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation was stored; it is returned with its roles. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "default",
                     *       "id": "k7fsk2nvq0m5d8x1a3b9c",
                     *       "inviterId": "a9h4w2e6y1qs",
                     *       "invitee": "ada@example.com",
                     *       "acceptedUserId": null,
                     *       "organizationId": "q8zw3kx7p1ma",
                     *       "status": "Pending",
                     *       "createdAt": 1795858200000,
                     *       "updatedAt": 1795858200000,
                     *       "expiresAt": 1796463000000,
                     *       "organizationRoles": [
                     *         {
                     *           "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *           "name": "member"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationInvitation"];
                };
            };
            /**
             * @description The body is malformed (`guard.invalid_input`: a wrong type, a missing required field,
             *     an invitee that is not an e-mail address) or `expiresAt` is not in the future
             *     (`request.invalid_input`).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "request.invalid_input",
                     *       "message": "Input is invalid. The value of `expiresAt` must be in the future."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoBadRequestError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BodyTooLarge"];
            /**
             * @description The invitation conflicts with what is stored: a referenced organization, inviter or
             *     role does not exist (`entity.relation_foreign_key_not_found`), the invitee already
             *     has a pending invitation to this organization, spelled in the same case
             *     (`entity.unique_integrity_violation`), the invitee is already a member with exactly
             *     this primary e-mail address (`request.invalid_input`), or the invitee is longer than
             *     the 256 characters Logto stores (`entity.value_too_long`). Nothing is stored.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "entity.unique_integrity_violation",
                     *       "message": "The entity already exists. Please check the input and try again."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NoEmailConnector"];
        };
    };
    GetOrganizationInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "default",
                     *       "id": "k7fsk2nvq0m5d8x1a3b9c",
                     *       "inviterId": "a9h4w2e6y1qs",
                     *       "invitee": "ada@example.com",
                     *       "acceptedUserId": null,
                     *       "organizationId": "q8zw3kx7p1ma",
                     *       "status": "Pending",
                     *       "createdAt": 1795858200000,
                     *       "updatedAt": 1795858200000,
                     *       "expiresAt": 1796463000000,
                     *       "organizationRoles": [
                     *         {
                     *           "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *           "name": "member"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    DeleteOrganizationInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ReplaceOrganizationInvitationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        /** @description The new status. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "Accepted",
                 *       "acceptedUserId": "u5j2nb8c4rtd"
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceOrganizationInvitationStatusRequest"];
            };
        };
        responses: {
            /** @description The invitation after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "default",
                     *       "id": "k7fsk2nvq0m5d8x1a3b9c",
                     *       "inviterId": "a9h4w2e6y1qs",
                     *       "invitee": "ada@example.com",
                     *       "acceptedUserId": "u5j2nb8c4rtd",
                     *       "organizationId": "q8zw3kx7p1ma",
                     *       "status": "Accepted",
                     *       "createdAt": 1795858200000,
                     *       "updatedAt": 1795860120000,
                     *       "expiresAt": 1796463000000,
                     *       "organizationRoles": [
                     *         {
                     *           "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *           "name": "member"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description The invitation does not exist, or, when accepting a pending invitation, the user named
             *     by `acceptedUserId` does not exist (`entity.not_found`). A body over 1 MiB is also
             *     answered 404, as `text/plain` "Not Found" (a Logto defect, see
             *     `openapi/KNOWN-DIFFERENCES.md`).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "entity.not_found",
                     *       "message": "The resource does not exist."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoError"];
                    "text/plain": components["schemas"]["PlainNotFound"];
                };
            };
            /**
             * @description The change is not allowed. `request.invalid_input`: `acceptedUserId` is missing when
             *     accepting (checked first), the invitation is no longer pending (checked before the
             *     user is looked up), or that user's primary e-mail address is not the invitee
             *     (compared without regard to case). `entity.db_constraint_violated`: the invitation
             *     grants an organization role of type `MachineToMachine`, which a user cannot hold;
             *     nothing changes and the invitation stays pending.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "request.invalid_input",
                     *       "message": "The invitation status cannot be changed because it is no longer pending."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoError"];
                };
            };
        };
    };
    CreateOrganizationInvitationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation's id.
                 * @example k7fsk2nvq0m5d8x1a3b9c
                 */
                id: components["parameters"]["OrganizationInvitationId"];
            };
            cookie?: never;
        };
        /** @description Values for the invitation e-mail template. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "link": "https://app.example.com/invitations/k7fsk2nvq0m5d8x1a3b9c",
                 *       "locale": "en"
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationInvitationMessagePayload"];
            };
        };
        responses: {
            /** @description The e-mail was handed to the connector. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOrBodyTooLarge"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NoEmailConnector"];
        };
    };
    CreateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The organization to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Research",
                 *       "description": "The research arm of Acme."
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The organization was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "default",
                     *       "id": "q8zw3kx7p1ma",
                     *       "name": "Acme Research",
                     *       "description": "The research arm of Acme.",
                     *       "customData": {},
                     *       "isMfaRequired": false,
                     *       "color": {},
                     *       "branding": {},
                     *       "customCss": null,
                     *       "createdAt": 1795858200000
                     *     }
                     */
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BodyTooLarge"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    GetOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id.
                 * @example q8zw3kx7p1ma
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "default",
                     *       "id": "q8zw3kx7p1ma",
                     *       "name": "Acme Research",
                     *       "description": "The research arm of Acme.",
                     *       "customData": {},
                     *       "isMfaRequired": false,
                     *       "color": {},
                     *       "branding": {},
                     *       "customCss": null,
                     *       "createdAt": 1795858200000
                     *     }
                     */
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrganizationNotFound"];
        };
    };
    DeleteOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id.
                 * @example q8zw3kx7p1ma
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ListOrganizationUsers: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds, at most 100. */
                page_size?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The organization's id.
                 * @example q8zw3kx7p1ma
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members. */
            200: {
                headers: {
                    "Total-Number": components["headers"]["TotalNumber"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "u5j2nb8c4rtd",
                     *         "username": null,
                     *         "primaryEmail": "ada@example.com",
                     *         "primaryPhone": null,
                     *         "name": "Ada",
                     *         "avatar": null,
                     *         "customData": {},
                     *         "identities": {},
                     *         "lastSignInAt": null,
                     *         "createdAt": 1795858200000,
                     *         "updatedAt": 1795858200000,
                     *         "profile": {},
                     *         "applicationId": null,
                     *         "cimdClientId": null,
                     *         "isSuspended": false,
                     *         "organizationRoles": [
                     *           {
                     *             "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *             "name": "member"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OrganizationMember"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    AddOrganizationUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization's id.
                 * @example q8zw3kx7p1ma
                 */
                id: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The users to add. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userIds": [
                 *         "u5j2nb8c4rtd"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OrganizationUserIds"];
            };
        };
        responses: {
            /** @description The users are members. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userIds": [
                     *         "u5j2nb8c4rtd"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationUserIds"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BodyTooLarge"];
            /** @description The organization or one of the users does not exist (`entity.relation_foreign_key_not_found`). Nobody is added. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "entity.relation_foreign_key_not_found",
                     *       "message": "Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoError"];
                };
            };
        };
    };
    CreateOrganizationRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The role to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "member",
                 *       "description": "Can read the organization's projects."
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRoleRequest"];
            };
        };
        responses: {
            /** @description The role was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "default",
                     *       "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *       "name": "member",
                     *       "description": "Can read the organization's projects.",
                     *       "type": "User"
                     *     }
                     */
                    "application/json": components["schemas"]["OrganizationRole"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BodyTooLarge"];
            /**
             * @description A role with this name already exists (`entity.unique_integrity_violation`), or an id
             *     in `organizationScopeIds` or `resourceScopeIds` names no scope
             *     (`entity.relation_foreign_key_not_found`). Nothing is created.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "entity.unique_integrity_violation",
                     *       "message": "The entity already exists. Please check the input and try again."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoError"];
                };
            };
        };
    };
    DeleteOrganizationRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization role's id.
                 * @example r0l3x9m2k8b4v7c1n5d6f
                 */
                id: components["parameters"]["OrganizationRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The user to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "primaryEmail": "ada@example.com",
                 *       "name": "Ada"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "u5j2nb8c4rtd",
                     *       "username": null,
                     *       "primaryEmail": "ada@example.com",
                     *       "primaryPhone": null,
                     *       "name": "Ada",
                     *       "avatar": null,
                     *       "customData": {},
                     *       "identities": {},
                     *       "lastSignInAt": null,
                     *       "createdAt": 1795858200000,
                     *       "updatedAt": 1795858200000,
                     *       "profile": {},
                     *       "applicationId": null,
                     *       "cimdClientId": null,
                     *       "isSuspended": false,
                     *       "hasPassword": false
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BodyTooLarge"];
            /**
             * @description The e-mail address, username or phone number is already used by another user
             *     (`user.email_already_in_use`, compared without regard to case;
             *     `user.username_already_in_use`; `user.phone_already_in_use`), the phone number is not
             *     a possible international number (`user.invalid_phone`), or a value is longer than
             *     Logto stores (`entity.value_too_long`: `username`, `primaryEmail` and `name` hold 128
             *     characters, `avatar` 2048). Nothing is stored.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "user.email_already_in_use",
                     *       "message": "This email is associated with an existing account."
                     *     }
                     */
                    "application/json": components["schemas"]["LogtoError"];
                };
            };
        };
    };
    GetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example u5j2nb8c4rtd
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "u5j2nb8c4rtd",
                     *       "username": null,
                     *       "primaryEmail": "ada@example.com",
                     *       "primaryPhone": null,
                     *       "name": "Ada",
                     *       "avatar": null,
                     *       "customData": {},
                     *       "identities": {},
                     *       "lastSignInAt": null,
                     *       "createdAt": 1795858200000,
                     *       "updatedAt": 1795858200000,
                     *       "profile": {},
                     *       "applicationId": null,
                     *       "cimdClientId": null,
                     *       "isSuspended": false,
                     *       "hasPassword": false
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    DeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example u5j2nb8c4rtd
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ListUserOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example u5j2nb8c4rtd
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "tenantId": "default",
                     *         "id": "q8zw3kx7p1ma",
                     *         "name": "Acme Research",
                     *         "description": "The research arm of Acme.",
                     *         "customData": {},
                     *         "isMfaRequired": false,
                     *         "color": {},
                     *         "branding": {},
                     *         "customCss": null,
                     *         "createdAt": 1795858200000,
                     *         "organizationRoles": [
                     *           {
                     *             "id": "r0l3x9m2k8b4v7c1n5d6f",
                     *             "name": "member"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OrganizationWithRoles"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    GetStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
