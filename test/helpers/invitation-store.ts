import type { ServerResponse } from 'node:http';
import type { OrganizationInvitation } from '../../src/models.js';
import type { ApiHandler } from './fake-logto.js';
import { sendJson, type RecordedRequest } from './http-server.js';

// The fake stores exactly what the spec says the server returns.
type StoredInvitation = OrganizationInvitation;

const notFound = (res: ServerResponse): void => sendJson(res, 404, { code: 'entity.not_found', message: 'The entity does not exist.' });

/**
 * The six invitation operations over an in-memory map, shaped like Logto's answers: enough to
 * check that each generated method sends the right request and decodes the answer.
 */
export function invitationStore(): { handler: ApiHandler; invitations: Map<string, StoredInvitation>; messages: unknown[] } {
  const invitations = new Map<string, StoredInvitation>();
  const messages: unknown[] = [];
  let next = 1;

  const handler = (req: RecordedRequest, res: ServerResponse): void => {
    const url = new URL(req.url, 'http://x');
    const parts = url.pathname.split('/').filter(Boolean); // api, organization-invitations, id?, sub?
    if (parts[1] !== 'organization-invitations') return notFound(res);
    const id = parts[2];
    const sub = parts[3];
    if (!id && req.method === 'GET') {
      const filters = Object.fromEntries(url.searchParams);
      const list = [...invitations.values()].filter(
        (i) =>
          (!filters.organizationId || i.organizationId === filters.organizationId) &&
          (!filters.inviterId || i.inviterId === filters.inviterId) &&
          (!filters.invitee || i.invitee.toLowerCase() === filters.invitee.toLowerCase()),
      );
      return sendJson(res, 200, list);
    }
    if (!id && req.method === 'POST') {
      const body = JSON.parse(req.body) as { invitee: string; organizationId: string; expiresAt: number; inviterId?: string | null };
      const now = Date.now();
      const created: StoredInvitation = {
        tenantId: 'default',
        id: `inv${String(next++).padStart(18, '0')}`,
        inviterId: body.inviterId ?? null,
        invitee: body.invitee,
        acceptedUserId: null,
        organizationId: body.organizationId,
        status: 'Pending',
        createdAt: now,
        updatedAt: now,
        expiresAt: body.expiresAt,
        organizationRoles: [],
      };
      invitations.set(created.id, created);
      return sendJson(res, 201, created);
    }
    const found = id ? invitations.get(id) : undefined;
    if (!found) return notFound(res);
    if (!sub && req.method === 'GET') return sendJson(res, 200, found);
    if (!sub && req.method === 'DELETE') {
      invitations.delete(found.id);
      res.writeHead(204).end();
      return;
    }
    if (sub === 'status' && req.method === 'PUT') {
      const body = JSON.parse(req.body) as { status: 'Accepted' | 'Revoked'; acceptedUserId?: string };
      if (found.status !== 'Pending') return sendJson(res, 422, { code: 'request.invalid_input', message: 'Invitation is not pending.' });
      found.status = body.status;
      found.acceptedUserId = body.acceptedUserId ?? null;
      found.updatedAt = Date.now();
      return sendJson(res, 200, found);
    }
    if (sub === 'message' && req.method === 'POST') {
      messages.push(JSON.parse(req.body));
      res.writeHead(204).end();
      return;
    }
    res.writeHead(405, { Allow: 'GET, DELETE', 'Content-Type': 'text/plain' }).end('Method Not Allowed');
  };
  return { handler, invitations, messages };
}
