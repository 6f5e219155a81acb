import { describe, expect, inject, it } from 'vitest';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The orphan proofs (killing a launcher with SIGINT / SIGKILL) are in the unit layer:
// contract-tests/lib/prism/prism-orphans.test.ts.
describe('Prism lifecycle', () => {
  it('the global setup started a Prism that answers on 127.0.0.1', async () => {
    const baseUrl = inject('prismBaseUrl');
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(isAlive(inject('prismPid'))).toBe(true);
    const res = await fetch(`${baseUrl}/no-such-path-in-any-spec`);
    expect(res.status).toBe(404);
  });
});
