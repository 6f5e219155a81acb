import { defineConfig } from 'vitest/config';

// Unit layer: the client, the tooling scripts, the reference server's own tests, and the
// contract harness's own unit tests (conformance library, runners, settings, sweep logic),
// which need no server, so a contract run executes only contract checks.
// The contract suites have their own configs under contract-tests/ because they need
// global setups (Prism, a server) that unit tests must not pay for.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'contract-tests/reference-server/**/*.test.ts', 'contract-tests/live/unit/**/*.test.ts', 'contract-tests/lib/**/*.test.ts', 'contract-tests/mock/cli/**/*.test.ts', 'contract-tests/record/**/*.test.ts', 'contract-tests/traces/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default', ['junit', { outputFile: 'reports/unit/junit.xml' }], ['json', { outputFile: 'reports/unit/results.json' }]] : ['default', ['json', { outputFile: 'reports/unit/results.json' }]],
  },
});
