// Short names for the spec's schemas (`OrganizationInvitation`, `CreateOrganizationInvitationRequest`,
// ...), responses, parameters and headers: generated into schema.ts by openapi-typescript
// (rootTypes), so they follow the spec without a hand-kept list.
import type { LogtoError } from './generated/schema.js';

export type * from './generated/schema.js';

/** The JSON body of a Logto error (`{code, message, data?, details?}`); thrown as `LogtoApiError`. */
export type LogtoErrorBody = LogtoError;
