import { describe, expect, inject, it } from 'vitest';
import { isProcessAlive } from '../../common/process/index.js';
import { suiteSpec } from './suite-spec.js';
import { suitePrisms } from './suite-prisms.js';

// The orphan proofs (killing a launcher with SIGINT / SIGKILL) are in the unit layer:
// contract-tests/lib/prism/prism-orphans.test.ts.
describe('Prism lifecycle', () => {
  it('the run is served by at most the configured number of Prisms, each answering on its own 127.0.0.1 port', async () => {
    const prisms = await suitePrisms();
    // Fewer only when the spec has fewer groups of paths to share out (lib/prism/split-paths.ts).
    expect(prisms.length).toBeGreaterThanOrEqual(1);
    expect(prisms.length).toBeLessThanOrEqual(inject('prismInstances'));
    expect(new Set(prisms.map((p) => p.baseUrl)).size).toBe(prisms.length);
    for (const prism of prisms) {
      expect(prism.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(isProcessAlive(prism.pid)).toBe(true);
      const res = await fetch(`${prism.baseUrl}/no-such-path-in-any-spec`);
      expect(res.status).toBe(404);
    }
  });

  it('together they serve every path of the spec, each path on one Prism', async () => {
    const prisms = await suitePrisms();
    const served = prisms.flatMap((p) => p.paths);
    expect(new Set(served).size).toBe(served.length);
    expect(served.sort()).toEqual(Object.keys(((await suiteSpec()).raw.paths ?? {}) as object).sort());
  });
});
