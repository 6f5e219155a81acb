import { defineConfig } from 'vitest/config';
import { join } from 'node:path';
import { REPO_ROOT } from '../../common/paths.js';
import { suiteOptions } from './suite-options.js';

const { reportsDir } = suiteOptions();

// Contract suite against a Prism mock: the `*.mock.test.ts` files (the harness's own unit tests,
// plain `*.test.ts`, run in the root unit layer).
export default defineConfig({
  root: REPO_ROOT,
  test: {
    include: ['contract-tests/mock/**/*.mock.test.ts'],
    globalSetup: ['contract-tests/mock/global-setup.ts'],
    // The files share no mutable state; reusing warm workers saves a Node start + transform per file.
    pool: 'threads',
    isolate: false,
    // Two, whatever the core count: the client end-to-end and lifecycle files then run beside the
    // conformance run (they wait for the same Prisms) instead of after it, off the wall time.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: join(reportsDir, 'vitest-results.json') }]],
  },
});
