/**
 * `npm run contract:mock [-- --spec <file>] [--reports <dir>]`: runs the contract suite against a
 * Prism mock of the spec (contract-tests/mock) and ends with the line CI reads: `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { loadSpec, SpecError, summaryLine } from '../contract-tests/lib/index.js';
import { DEFAULT_REPORTS, DEFAULT_SPEC, ENV_REPORTS, ENV_SPEC, REPO_ROOT } from '../contract-tests/mock/suite-options.js';

const USAGE = 'usage: npm run contract:mock -- [--spec <openapi.yaml|json>] [--reports <dir>]';

interface Args {
  spec: string;
  reports: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[], cwd = process.cwd()): Args | 'help' {
  const args: Args = { spec: DEFAULT_SPEC, reports: DEFAULT_REPORTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--') continue;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--spec' && flag !== '--reports') throw new UsageError(`unknown argument "${arg}"; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (!value || value.startsWith('--')) throw new UsageError(`${flag} needs a value; ${USAGE}`);
    if (flag === '--spec') args.spec = resolve(cwd, value);
    else args.reports = resolve(cwd, value);
  }
  return args;
}

function vitestEntry(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('vitest/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(pkgPath), pkg.bin.vitest as string);
}

interface VitestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

async function main(): Promise<number> {
  const started = performance.now();
  let args: Args | 'help';
  try {
    args = parseArgs(process.argv.slice(2));
    if (args === 'help') {
      console.log(USAGE);
      return 0;
    }
    // Fail fast with one line instead of a vitest stack trace from inside the global setup.
    await loadSpec(args.spec);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SpecError) {
      console.error(`contract:mock: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const resultsFile = join(args.reports, 'vitest-results.json');
  rmSync(resultsFile, { force: true });
  const child = spawn(process.execPath, [vitestEntry(), 'run', '--config', 'contract-tests/mock/vitest.config.ts'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, [ENV_SPEC]: args.spec, [ENV_REPORTS]: args.reports },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number>((done) => child.on('exit', (c, signal) => done(c ?? (signal ? 130 : 1))));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let results: VitestResults;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as VitestResults;
  } catch {
    console.error(`contract:mock: vitest ended (exit ${code}) without writing ${resultsFile}; see the output above`);
    console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return 1;
  }
  const failed = results.numFailedTests + (results.numFailedTests === 0 && results.numFailedTestSuites > 0 ? results.numFailedTestSuites : 0);
  console.log(`contract:mock: spec ${args.spec}; reports in ${args.reports} (coverage.html, coverage.md, coverage.json, junit.xml, findings.json, prism.log); wall time ${seconds} s`);
  console.log(summaryLine({ passed: results.numPassedTests, failed, skipped: results.numPendingTests + results.numTodoTests }));
  return code === 0 && failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`contract:mock: ${(error as Error).message}`);
    process.exit(1);
  },
);
