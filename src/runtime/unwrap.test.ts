import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLogto, type ApiHandler, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson, sendText } from '../../test/helpers/http-server.js';
import { invitation, ops, testClient } from '../../test/helpers/test-client.js';
import { LogtoApiError, LogtoClientError } from './errors.js';

const servers: FakeLogto[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function apiError(api: ApiHandler, call = (c: ReturnType<typeof testClient>) => ops.get(c, 'inv-42')): Promise<LogtoApiError> {
  const logto = await startFakeLogto({ api });
  servers.push(logto);
  const error = await call(testClient(logto.url, { retry: false })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LogtoApiError);
  return error as LogtoApiError;
}

describe('unwrap: success', () => {
  it('returns the parsed body', async () => {
    const logto = await startFakeLogto({ api: (_req, res) => sendJson(res, 200, invitation('inv-1')) });
    servers.push(logto);
    await expect(ops.get(testClient(logto.url), 'inv-1')).resolves.toEqual(invitation('inv-1'));
  });

  it('returns undefined for 204', async () => {
    const logto = await startFakeLogto({ api: (_req, res) => void res.writeHead(204).end() });
    servers.push(logto);
    await expect(ops.delete(testClient(logto.url), 'inv-1')).resolves.toBeUndefined();
  });

  it('returns undefined for a 200 with an empty chunked body', async () => {
    const logto = await startFakeLogto({
      api: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end();
      },
    });
    servers.push(logto);
    await expect(ops.get(testClient(logto.url), 'inv-1')).resolves.toBeUndefined();
  });

  it('raises a LogtoClientError that names the likely cause for a non-JSON 200', async () => {
    const logto = await startFakeLogto({ api: (_req, res) => sendText(res, 200, '<html>proxy</html>', { 'Content-Type': 'text/html' }) });
    servers.push(logto);
    const error = await ops.get(testClient(logto.url), 'inv-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoClientError);
    expect((error as Error).message).toContain('GetOrganizationInvitation');
    expect((error as Error).message).toMatch(/not valid JSON/);
  });
});

describe('unwrap: error mapping', () => {
  it('maps a Logto JSON error with code, message, data, details and both paths', async () => {
    const body = {
      code: 'guard.invalid_input',
      message: 'The request input is invalid.',
      data: { issues: [{ path: ['status'], message: 'Invalid enum value' }] },
      details: 'Invalid enum value at "status"',
    };
    const error = await apiError((_req, res) => sendJson(res, 400, body), (c) => ops.setStatus(c, 'inv-42', 'Revoked'));
    expect(error).toMatchObject({
      name: 'LogtoApiError',
      status: 400,
      code: 'guard.invalid_input',
      apiMessage: 'The request input is invalid.',
      data: body.data,
      details: body.details,
      body: undefined,
      operationId: 'ReplaceOrganizationInvitationStatus',
      method: 'PUT',
      path: '/api/organization-invitations/{id}/status',
      urlPath: '/api/organization-invitations/inv-42/status',
    });
    expect(error.message).toContain('ReplaceOrganizationInvitationStatus failed with 400');
    expect(error.message).toContain('PUT /api/organization-invitations/inv-42/status');
    expect(error.message).toContain('guard.invalid_input: The request input is invalid.');
    expect(error.message).toContain('Invalid enum value at "status"');
  });

  it('maps 404 entity.not_found', async () => {
    const error = await apiError((_req, res) => sendJson(res, 404, { code: 'entity.not_found', message: 'The entity does not exist.' }));
    expect(error).toMatchObject({ status: 404, code: 'entity.not_found', data: undefined, details: undefined });
  });

  it('maps an empty body with Content-Length: 0', async () => {
    const error = await apiError((_req, res) => void res.writeHead(500, { 'Content-Length': '0' }).end());
    expect(error).toMatchObject({ status: 500, code: undefined, apiMessage: 'Internal Server Error', body: undefined });
  });

  it('maps an empty chunked body', async () => {
    const error = await apiError((_req, res) => {
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end();
    });
    expect(error).toMatchObject({ status: 502, code: undefined, apiMessage: 'Bad Gateway' });
  });

  it('maps a text/plain 404 "Not Found"', async () => {
    const error = await apiError((_req, res) => sendText(res, 404, 'Not Found'));
    expect(error).toMatchObject({ status: 404, code: undefined, apiMessage: 'Not Found', body: 'Not Found' });
    expect(error.message).toContain('GetOrganizationInvitation failed with 404');
  });

  it('maps a text/plain 405 with its Allow header context', async () => {
    const error = await apiError((_req, res) => sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, DELETE' }));
    expect(error).toMatchObject({ status: 405, code: undefined, apiMessage: 'Method Not Allowed' });
  });

  it('maps the code-less 400 for a body that is not JSON', async () => {
    const error = await apiError(
      (_req, res) => sendJson(res, 400, { message: 'Unexpected token } in JSON at position 10' }),
      (c) => ops.create(c, { invitee: 'a@example.com', organizationId: 'o', expiresAt: 1 }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: undefined,
      apiMessage: 'Unexpected token } in JSON at position 10',
      body: { message: 'Unexpected token } in JSON at position 10' },
      operationId: 'CreateOrganizationInvitation',
      method: 'POST',
    });
  });

  it('truncates a long text body in the message but keeps it whole in body', async () => {
    const long = 'x'.repeat(2_000);
    const error = await apiError((_req, res) => sendText(res, 500, long));
    expect(error.message.length).toBeLessThan(700);
    expect(error.body).toBe(long);
  });

  it('serializes to JSON with its fields', async () => {
    const error = await apiError((_req, res) => sendJson(res, 422, { code: 'request.invalid_input', message: 'Nope.' }));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'LogtoApiError',
      status: 422,
      code: 'request.invalid_input',
      operationId: 'GetOrganizationInvitation',
      path: '/api/organization-invitations/{id}',
      urlPath: '/api/organization-invitations/inv-42',
    });
  });
});
