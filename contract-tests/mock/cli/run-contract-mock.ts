/**
 * What `npm run contract:mock` does (scripts/contract-mock.ts only calls this): parse
 * `--spec`/`--reports`, reject bad input with one line, run the mock suite under vitest, and end
 * with the line CI reads: `N passed, N failed[, N skipped]`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { loadSpec } from '../../lib/spec/load-spec.js';
import { SpecError } from '../../lib/spec/spec-error.js';
import { summaryLine } from '../../lib/report/results.js';
import { DEFAULT_REPORTS, DEFAULT_SPEC, ENV_REPORTS, ENV_SPEC, REPO_ROOT } from '../suite-options.js';

export const USAGE = 'usage: npm run contract:mock -- [--spec <openapi.yaml|json>] [--reports <dir>]';

export interface ContractMockArgs {
  spec: string;
  reports: string;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Io {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = { cwd: process.cwd(), out: (l) => console.log(l), err: (l) => console.error(l) };

export function parseContractMockArgs(argv: readonly string[], cwd: string): ContractMockArgs | 'help' {
  const args: ContractMockArgs = { spec: DEFAULT_SPEC, reports: DEFAULT_REPORTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--') continue;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag !== '--spec' && flag !== '--reports') throw new UsageError(`unknown argument "${arg}"; ${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (!value || value.startsWith('--')) throw new UsageError(`${flag} needs a value; ${USAGE}`);
    if (flag === '--spec') args.spec = resolve(cwd, value);
    else args.reports = resolve(cwd, value);
  }
  return args;
}

/** Validates arguments and the spec without starting anything; returns the args or an exit code. */
export async function prepare(argv: readonly string[], io: Io = defaultIo): Promise<ContractMockArgs | number> {
  try {
    const args = parseContractMockArgs(argv, io.cwd);
    if (args === 'help') {
      io.out(USAGE);
      return 0;
    }
    // Fail fast with one line instead of a vitest stack trace from inside the global setup.
    await loadSpec(args.spec);
    return args;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SpecError) {
      io.err(`contract:mock: ${error.message}`);
      return 2;
    }
    throw error;
  }
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

export async function runContractMock(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const started = performance.now();
  const prepared = await prepare(argv, io);
  if (typeof prepared === 'number') return prepared;
  const args = prepared;
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
  process.removeListener('SIGINT', forward);
  process.removeListener('SIGTERM', forward);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let results: VitestResults;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as VitestResults;
  } catch {
    io.err(`contract:mock: vitest ended (exit ${code}) without writing ${resultsFile}; see the output above`);
    io.out(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return 1;
  }
  // A file that fails to load has no failed tests but must still fail the run.
  const failed = results.numFailedTests + (results.numFailedTests === 0 ? results.numFailedTestSuites : 0);
  io.out(`contract:mock: spec ${args.spec}; reports in ${args.reports} (coverage.html, coverage.md, coverage.json, junit.xml, findings.json, prism.log); wall time ${seconds} s`);
  io.out(summaryLine({ passed: results.numPassedTests, failed, skipped: results.numPendingTests + results.numTodoTests }));
  return code === 0 && failed === 0 ? 0 : 1;
}
