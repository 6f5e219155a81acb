/**
 * What `npm run contract:mock` does (scripts/contract-mock.ts only calls this): parse
 * `--spec`/`--reports`, reject bad input with one line, start one Prism per core and, without
 * waiting for them, vitest on the mock suite; then write junit.xml from every test that ran and
 * end with the line CI reads: `N passed, N failed[, N skipped]`, counted from the same testcases.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readVitestReport, startChild, summaryLine, vitestEntry } from '../../../common/process/index.js';
import { REPO_ROOT } from '../../../common/paths.js';
import { loadSpec, SpecError } from '../../../common/spec/index.js';
import { UsageError } from '../../../common/usage-error.js';
import { launchFleet } from '../prism-fleet-file.js';
import {
  DEFAULT_REPORTS,
  DEFAULT_SPEC,
  ENV_PRISM_FLEET_FILE,
  ENV_PRISM_INSTANCES,
  ENV_REPORTS,
  ENV_SPEC,
  fleetAnnouncementFile,
  suiteOptions,
  type SuiteOptions,
} from '../suite-options.js';
import { casesOutsideReport } from './suite-cases.js';
import { junitTotals, mergeJunit, summaryCounts } from './suite-junit.js';

export const USAGE = 'usage: npm run contract:mock -- [--spec <openapi.yaml|json>] [--reports <dir>]';

interface ContractMockArgs {
  spec: string;
  reports: string;
}

interface Io {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where CONTRACT_MOCK_* settings are read (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

const defaultIo: Io = { cwd: process.cwd(), out: (l) => console.log(l), err: (l) => console.error(l) };

interface PreparedRun {
  args: ContractMockArgs;
  options: SuiteOptions;
  /** The spec's `info.title`, for the JUnit. */
  title: string;
  /** The spec's document as read here, local refs inlined, handed to the Prism fleet so it is not read twice. */
  document: Record<string, unknown>;
}

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

/** Validates arguments, settings and the spec without starting anything; returns them or an exit code. */
export async function prepare(argv: readonly string[], io: Io = defaultIo): Promise<PreparedRun | number> {
  try {
    const args = parseContractMockArgs(argv, io.cwd);
    if (args === 'help') {
      io.out(USAGE);
      return 0;
    }
    const options = suiteOptions({ ...(io.env ?? process.env), [ENV_SPEC]: args.spec, [ENV_REPORTS]: args.reports });
    // Fail fast with one line instead of a vitest stack trace from inside the global setup.
    const spec = await loadSpec(args.spec);
    return { args, options, title: spec.title, document: spec.document };
  } catch (error) {
    if (error instanceof UsageError || error instanceof SpecError) {
      io.err(`contract:mock: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

export async function runContractMock(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const started = performance.now();
  const prepared = await prepare(argv, io);
  if (typeof prepared === 'number') return prepared;
  const { args, options, title, document } = prepared;
  const resultsFile = join(args.reports, 'vitest-results.json');
  const junitFile = join(args.reports, 'junit.xml');
  // Files an earlier run left must not stand in for this one's.
  rmSync(resultsFile, { force: true });
  rmSync(junitFile, { force: true });
  // Started before vitest and not awaited: Prism's start-up overlaps vitest's; the tests wait
  // for the announcement. They are this process's children, under its guard.
  const announcementFile = fleetAnnouncementFile(args.reports);
  const fleet = launchFleet({ specPath: args.spec, document, reportsDir: args.reports, logLevel: options.prismLogLevel, count: options.prismInstances, announcementFile });
  const child = startChild(process.execPath, [vitestEntry(), 'run', '--config', 'contract-tests/mock/vitest.config.ts'], {
    cwd: REPO_ROOT,
    output: 'inherit',
    // A stop request goes to vitest; the run then ends as usual, with the results so far.
    forwardStopSignals: true,
    env: { ...(io.env ?? process.env), [ENV_SPEC]: args.spec, [ENV_REPORTS]: args.reports, [ENV_PRISM_FLEET_FILE]: announcementFile, [ENV_PRISM_INSTANCES]: String(options.prismInstances) },
  });
  let fleetError: string | undefined;
  fleet.ready.catch((error: unknown) => {
    // Nothing can be checked without a Prism: stop vitest rather than let every test time out.
    fleetError = (error as Error).message;
    child.child.kill('SIGTERM');
  });
  const end = await child.ended;
  const code = end.code ?? (end.signal ? 130 : 1);
  await fleet.stop();
  if (fleetError !== undefined) {
    io.err(`contract:mock: ${fleetError}`);
    io.out(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return 1;
  }
  const results = readVitestReport(resultsFile);
  if (!results) {
    io.err(`contract:mock: vitest ended (exit ${code}) without writing ${resultsFile}; see the output above`);
    io.out(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return 1;
  }
  // The suite's junit.xml has its checks; the run's other tests join them there.
  const junit = mergeJunit(existsSync(junitFile) ? readFileSync(junitFile, 'utf8') : undefined, title, casesOutsideReport(results, REPO_ROOT));
  writeFileSync(junitFile, junit);
  const counts = summaryCounts(junitTotals(junit));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(
    `contract:mock: spec ${args.spec}; ${options.prismInstances} Prism instance(s); reports in ${args.reports} (coverage.html, coverage.md, coverage.json, junit.xml, findings.json, prism-*.log); wall time ${seconds} s`,
  );
  io.out(summaryLine(counts));
  return code === 0 && counts.failed === 0 ? 0 : 1;
}
