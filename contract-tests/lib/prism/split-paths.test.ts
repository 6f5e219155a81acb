import { describe, expect, it } from 'vitest';
import { splitPaths } from './split-paths.js';

const op = (...statuses: string[]) => ({ responses: Object.fromEntries(statuses.map((s) => [s, { description: s }])) });

describe('splitPaths', () => {
  it('puts every path in exactly one share, in document order', () => {
    const paths = { '/api/users': { get: op('200') }, '/api/roles': { get: op('200') }, '/api/hooks': { get: op('200') }, '/api/logs': { get: op('200') } };
    const shares = splitPaths({ paths }, 2);
    expect(shares.flat().sort()).toEqual(Object.keys(paths).sort());
    for (const share of shares) expect(share).toEqual(Object.keys(paths).filter((p) => share.includes(p)));
  });

  it("keeps one resource's paths on one share", () => {
    const paths = { '/api/users': { get: op('200') }, '/api/roles': { get: op('200') }, '/api/users/{id}': { get: op('200') }, '/api/users/{id}/roles': { get: op('200') } };
    const shares = splitPaths({ paths }, 2);
    expect(shares).toContainEqual(['/api/users', '/api/users/{id}', '/api/users/{id}/roles']);
    expect(shares).toContainEqual(['/api/roles']);
  });

  it('keeps together paths one request could match, whatever their resource', () => {
    // GET /tenant-a/users matches both templates: only a Prism holding both routes it as the whole spec would.
    const paths = { '/{tenant}/users': { get: op('200') }, '/tenant-a/users': { get: op('200') }, '/tenant-a/roles/x': { get: op('200') }, '/other/thing': { get: op('200') } };
    const shares = splitPaths({ paths }, 3);
    const withTemplate = shares.find((s) => s.includes('/{tenant}/users'));
    expect(withTemplate).toContain('/tenant-a/users');
    // Different segment counts cannot match one request, and a literal differs from a literal: free to go elsewhere.
    expect(withTemplate).not.toContain('/other/thing');
  });

  it('balances the shares by the requests the mock run sends: one per documented status, one more per operation', () => {
    const paths = {
      '/api/a': { get: op('200', '400', '401', '404'), post: op('201', '400') }, // 6 + 2 = 8
      '/api/b': { get: op('200') }, // 2
      '/api/c': { get: op('200') }, // 2
      '/api/d': { get: op('200', '404'), delete: op('204') }, // 5
    };
    // Heaviest first to the lightest share: a (8) -> 0, d (5) -> 1, b (2) -> 1 (7), c (2) -> 1 (9).
    // These definitions are short: their size adds less than a request to any of them.
    expect(splitPaths({ paths }, 2)).toEqual([['/api/a'], ['/api/b', '/api/c', '/api/d']]);
  });

  it('weighs a path by the size of its definition too: its schemas cost a Prism more than its requests', () => {
    const big = { get: { responses: { '200': { description: 'x'.repeat(6000) } } } }; // 2 requests + 10 for its 6,000 characters
    const paths = { '/api/a': big, '/api/b': { get: op('200', '400', '404') }, '/api/c': { get: op('200', '400', '404') }, '/api/d': { get: op('200', '400') } };
    // By requests alone a (2) would join d (3); by cost it outweighs b, c and d together.
    expect(splitPaths({ paths }, 2)).toEqual([['/api/a'], ['/api/b', '/api/c', '/api/d']]);
  });

  it('gives one share everything, and leaves a share empty when there are fewer groups than shares', () => {
    const paths = { '/api/users': { get: op('200') }, '/api/users/{id}': { get: op('200') } };
    expect(splitPaths({ paths }, 1)).toEqual([['/api/users', '/api/users/{id}']]);
    expect(splitPaths({ paths }, 2)).toEqual([['/api/users', '/api/users/{id}'], []]);
    expect(splitPaths({}, 2)).toEqual([[], []]);
  });

  it('refuses a share count that is not a whole number of at least 1', () => {
    expect(() => splitPaths({ paths: {} }, 0)).toThrow(/whole number of shares >= 1, got 0/);
    expect(() => splitPaths({ paths: {} }, 1.5)).toThrow(/got 1.5/);
  });
});
