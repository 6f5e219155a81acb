import { describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../lib/spec/operations.js';
import type { Observation } from './observation.js';
import { operationReach, reachByTag, renderReachMarkdown } from './operation-coverage.js';

const op = (operationId: string, tag: string): OperationSpec => ({ operationId, method: 'get', path: `/api/${operationId}`, pointer: '#', tags: [tag], parameters: [], responses: [], security: [] });
const seen = (operationId: string, status: number, extra: Partial<Observation> = {}): Observation => ({
  test: 't',
  target: 'main',
  operationId,
  method: 'GET',
  path: `/api/${operationId}`,
  status,
  contentType: 'application/json',
  deliberatelyInvalid: false,
  violations: [],
  durationMs: 1,
  ...extra,
});

describe('what a run reached, per operation', () => {
  const operations = [op('GetUser', 'Users'), op('ListUsers', 'Users'), op('CreateDomain', 'Domains'), op('GetHook', 'Hooks'), op('RotateOidcKeys', 'Configs')];
  const rows = operationReach(operations, [
    seen('GetUser', 200),
    seen('GetUser', 404),
    seen('ListUsers', 200, { violations: [{ check: 'content_type_conformance', message: 'x' }] }),
    seen('ListUsers', 201, { deliberatelyInvalid: true }),
    seen('CreateDomain', 400),
    seen('GetHook', 401),
  ]);

  it('2xx checked (conforming or not), errors only, not reachable with the reason, not sent', () => {
    expect(rows.map((r) => [r.operationId, r.reach])).toEqual([
      ['GetUser', '2xx checked'],
      ['ListUsers', '2xx checked'],
      ['CreateDomain', 'not reachable'],
      ['GetHook', 'errors only'],
      ['RotateOidcKeys', 'not reachable'],
    ]);
    expect(rows[0]).toMatchObject({ success: [{ status: 200, conforming: true }], errors: [404] });
    // A 2xx to a request broken on purpose is no success checked; one that broke the spec is, and says so.
    expect(rows[1]?.success).toEqual([{ status: 200, conforming: false }]);
    expect(rows[2]?.reason).toMatch(/^cloud-only: /);
    expect(rows[4]?.reason).toMatch(/^never-send: /);
  });

  it('sums per tag, and the Markdown says the figure and every reason', () => {
    expect(reachByTag(rows).find((t) => t.tag === 'Users')).toEqual({ tag: 'Users', operations: 2, '2xx checked': 2, 'errors only': 0, 'not reachable': 0, 'not sent': 0 });
    const md = renderReachMarkdown(rows, { target: 'http://x', spec: 'openapi/logto-management.yaml' });
    expect(md).toContain('**2 of 5**');
    expect(md).toContain('| ListUsers (`GET /api/ListUsers`) | Users | 2xx checked | 200 (broke the spec) |');
    expect(md).toMatch(/CreateDomain .* not reachable .* cloud-only: custom domains/);
  });
});
