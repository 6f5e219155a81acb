import { defineConfig } from 'vitest/config';
import { join } from 'node:path';
import { REPO_ROOT } from '../../common/paths.js';
import { suiteOptions } from './suite-options.js';
import { ConformanceLast } from './conformance-last.js';

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
    // One: the run is bound by the cores, which the Prisms need most. A second worker for the
    // client end-to-end and lifecycle files cost its own start, imports and spec read (about
    // 0.4 s of CPU on our spec); in this one the files share them (suite-spec.ts), one after
    // another, the conformance run last (conformance-last.ts).
    maxWorkers: 1,
    sequence: { sequencer: ConformanceLast },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: join(reportsDir, 'vitest-results.json') }]],
  },
});
