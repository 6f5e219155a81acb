/**
 * What `npm run contract` does (scripts/contract.ts only calls this): with no LOGTO_* variables,
 * the mock suite then the live suite against the embedded reference server; with LOGTO_ENDPOINT &
 * co, the live suite against that server. Arguments go to the live suite. Closing line
 * `N passed, N failed[, N skipped]`; exit 0 = all passed, 1 = failures, 2 = configuration error
 * (its one line is then the last line); stopped: the closing line starts with "interrupted" and
 * the exit code is 130 (SIGINT) or 143 (SIGTERM).
 */
import path from 'node:path';
import { addCounts, countsOfRun, INTERRUPT_EXIT_CODES, interruptedLine, runNpmScript, summaryLine, type StepOutcome } from '../../../common/process/index.js';
import { REPO_ROOT, REPORTS_DIR } from '../../../common/paths.js';
import { EXIT } from '../../../common/usage-error.js';
import { readLiveSettings } from '../config/settings.js';
import { parseLiveArgs } from './live-args.js';

export async function runContract(argv: readonly string[]): Promise<number> {
  const liveArgs = [...argv];
  // Arguments and settings are checked before the (long) mock suite runs; a bad one throws a
  // UsageError (one line, exit 2).
  parseLiveArgs(liveArgs);
  const remote = readLiveSettings().mode === 'remote';
  const steps: StepOutcome[] = [];
  const scripts = remote ? ['contract:live'] : ['contract:mock', 'contract:live'];
  if (!remote) console.log('contract: no LOGTO_* settings: mock suite, then live suite against the embedded reference server');
  for (const script of scripts) {
    const step = await runNpmScript(script, script === 'contract:live' ? liveArgs : [], REPO_ROOT);
    steps.push(step);
    // The step's one line (what to fix) is the whole story: no summary after it.
    if (step.exitCode === EXIT.usage) return EXIT.usage;
    if (step.interrupted) break;
  }

  const reports = (remote ? ['live'] : ['mock', 'live']).map((dir) => path.relative(process.cwd(), path.join(REPORTS_DIR, dir)) || '.');
  console.log(`\ncontract: reports in ${reports.map((r) => `${r}/`).join(' and ')}`);
  for (const step of steps) {
    const counts = step.counts === undefined ? 'no summary line' : summaryLine(countsOf(step));
    console.log(`contract: ${step.script}: ${counts} (exit ${step.exitCode}${step.interrupted ? `, interrupted by ${step.interrupted}` : ''})`);
  }
  const total = addCounts(steps.map(countsOf));
  const interrupted = steps.find((s) => s.interrupted)?.interrupted;
  if (interrupted) {
    console.log(interruptedLine(interrupted, total));
    return INTERRUPT_EXIT_CODES[interrupted];
  }
  console.log(summaryLine(total));
  return steps.every((s) => s.exitCode === 0) ? 0 : 1;
}

function countsOf(step: StepOutcome) {
  return countsOfRun(step.exitCode, step.counts, step.interrupted);
}
