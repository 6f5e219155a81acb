// A hand-written slice of the Management API in openapi-typescript's shape, so runtime tests do
// not depend on the generator.

export interface TestInvitation {
  id: string;
  invitee: string;
  organizationId: string;
  status: 'Pending' | 'Accepted' | 'Expired' | 'Revoked';
}

interface ErrorBody {
  code: string;
  message: string;
  data?: unknown;
  details?: string;
}

type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
type NoContent = { headers: Record<string, unknown>; content?: never };
type ErrorResponses = { 400: Json<ErrorBody>; 401: Json<ErrorBody>; 404: Json<ErrorBody>; 422: Json<ErrorBody> };

export interface paths {
  '/api/organization-invitations': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { organizationId?: string; invitee?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<TestInvitation[]> } & ErrorResponses;
    };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { invitee: string; organizationId: string; expiresAt: number } } };
      responses: { 201: Json<TestInvitation> } & ErrorResponses;
    };
  };
  '/api/organization-invitations/{id}': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<TestInvitation> } & ErrorResponses;
    };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 204: NoContent } & ErrorResponses;
    };
  };
  '/api/organization-invitations/{id}/status': {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { 'application/json': { status: 'Accepted' | 'Revoked'; acceptedUserId?: string } } };
      responses: { 200: Json<TestInvitation> } & ErrorResponses;
    };
  };
}
