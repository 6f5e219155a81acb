import { defineConfig } from 'vitest/config';

// Unit layer: the client, the tooling scripts, the reference server's own tests and the live
// suite's own unit tests (its runner, settings and sweep logic, which need no server).
// The contract suites have their own configs under contract-tests/ because they need
// global setups (Prism, a server) that unit tests must not pay for.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'contract-tests/reference-server/**/*.test.ts', 'contract-tests/live/unit/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default', ['junit', { outputFile: 'reports/unit/junit.xml' }], ['json', { outputFile: 'reports/unit/results.json' }]] : ['default', ['json', { outputFile: 'reports/unit/results.json' }]],
  },
});
