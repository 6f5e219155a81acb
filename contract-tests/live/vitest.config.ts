import { defineConfig } from 'vitest/config';
import { REPO_ROOT } from '../../common/paths.js';
import { LiveReporter } from './runner/live-reporter.js';

// The live suite: every scenario against a real server (LOGTO_*) or the embedded reference
// server, started by the global setup. Tests are independent (own organization, users, roles,
// run-prefixed names), so they all run concurrently; the server, not the client, is the bottleneck.
export default defineConfig({
  root: REPO_ROOT,
  test: {
    // Every `*.live.test.ts`: the scenarios and the generic phase (every operation, requests that
    // cannot change anything). The harness's own unit tests, plain `*.test.ts`, run in the root unit layer.
    include: ['contract-tests/live/**/*.live.test.ts'],
    globalSetup: ['contract-tests/live/global-setup.ts'],
    sequence: { concurrent: true },
    maxConcurrency: 24,
    // Two worker threads: tests overlap their waits on the server inside each file, and each
    // extra worker costs its own imports on a small machine (measured: 2 beat 1 and 4).
    pool: 'threads',
    maxWorkers: 2,
    // Files share a worker's module cache (spec, Ajv, client): imports cost more than the tests.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // The console, plus a line per test on disk as it ends: `contract:live` writes junit.xml and
    // results.json from it (vitest's own writers leave an empty junit.xml when a run is stopped).
    reporters: ['default', new LiveReporter()],
  },
});
