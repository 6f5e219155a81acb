import { compareTraces, versionsOf } from './compare-traces.js';
import { readTrace, TraceFileError } from '../scenarios/trace.js';
import { UsageError } from '../../common/usage-error.js';
import { runCli, type CliIo } from '../../common/run-cli.js';

const USAGE = `usage: npm run contract:trace-diff -- <old-trace> <new-trace>

Says, per step, how the behaviour recorded in two traces differs (status, error code, content
type, contract headers, body shape, and the values each step's expectation names), and whether
the two come from the same Logto version and spec. Exit codes: 0 no difference, 1 behaviour
changed, 2 bad input.`;

export async function runTraceDiff(argv: string[], io: CliIo): Promise<number> {
  return runCli('contract:trace-diff', io, async () => {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const unknown = argv.find((a) => a.startsWith('-'));
    if (unknown) throw new UsageError(`unknown option ${unknown}. Usage: npm run contract:trace-diff -- <old-trace> <new-trace>`);
    if (argv.length !== 2) throw new UsageError(`expected two trace files, got ${argv.length}. Usage: npm run contract:trace-diff -- <old-trace> <new-trace>`);
    const [oldFile, newFile] = argv as [string, string];
    let before;
    let after;
    try {
      before = readTrace(oldFile);
      after = readTrace(newFile);
    } catch (error) {
      if (error instanceof TraceFileError) throw new UsageError(error.message);
      throw error;
    }
    io.out(`contract:trace-diff: ${oldFile} (${before.target}, e-mail connector ${before.emailConnector}, ${before.steps.length} steps)`);
    io.out(`contract:trace-diff: ${newFile} (${after.target}, e-mail connector ${after.emailConnector}, ${after.steps.length} steps)`);
    io.out(`contract:trace-diff: ${versionsOf(before, after).line}`);
    if (before.emailConnector !== after.emailConnector) {
      io.out(`contract:trace-diff: note: one trace was recorded with an e-mail connector and the other without; connector steps differ for that reason`);
    }
    const differences = compareTraces(before, after);
    if (differences.length === 0) {
      io.out('contract:trace-diff: no behaviour changed');
      return 0;
    }
    const byStep = new Map<string, string[]>();
    for (const d of differences) byStep.set(d.step, [...(byStep.get(d.step) ?? []), d.what]);
    for (const [step, whats] of byStep) {
      io.out(`${step}:`);
      for (const what of whats) io.out(`  - ${what}`);
    }
    io.out(`contract:trace-diff: ${byStep.size} step(s) changed behaviour (${differences.length} difference(s))`);
    return 1;
  });
}
