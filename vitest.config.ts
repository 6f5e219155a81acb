import { configDefaults, defineConfig } from 'vitest/config';

// Unit layer, one rule: a unit test sits next to the code it tests as `*.test.ts` (the client,
// the tooling scripts, the contract harness); `test/` holds their shared helpers. Two exceptions
// to "next to the code": contract-tests/reference-server/test/ tests the whole server from outside
// (over HTTP, through its harness.ts), and test/temp-leaks.test.ts tests other tests.
// The contract suites' own files are `*.live.test.ts` and `*.mock.test.ts`: they have their own
// configs under contract-tests/ because they need global setups (Prism, a server) that unit tests
// must not pay for.
export default defineConfig({
  test: {
    include: ['{src,common,scripts,contract-tests,test}/**/*.test.ts'],
    exclude: [...configDefaults.exclude, '**/*.live.test.ts', '**/*.mock.test.ts'],
    // Ceilings against a hang, never a judgement of speed: no test asserts how fast anything is,
    // and a test that spawns processes on a loaded machine may take minutes. A test with a
    // ceiling of its own keeps it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: process.env.CI ? ['default', ['junit', { outputFile: 'reports/unit/junit.xml' }], ['json', { outputFile: 'reports/unit/results.json' }]] : ['default', ['json', { outputFile: 'reports/unit/results.json' }]],
  },
});
