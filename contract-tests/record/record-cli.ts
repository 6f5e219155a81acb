import { parseArgs } from 'node:util';
import { driveScenarios } from './drive.js';
import { openRecordTarget } from './record-target.js';
import { SCENARIO_SET } from './scenario-set.js';
import { TRACE_FORMAT, writeTrace, type Trace } from './trace.js';
import { UsageError } from '../../common/usage-error.js';
import { runCli, type CliIo } from '../../common/run-cli.js';

const USAGE = `usage: npm run contract:record -- --out <file> [--label <text>] [--email-connector]

Drives the recorded scenario set through a Logto and writes its trace (per step: the request as
written, status, error code, content type, contract headers, body shape; no token, no run ids).
  --out <file>        where the trace goes (written whole or not at all)
  --label <text>      what the trace says it was recorded from (default: the endpoint)
  --email-connector   embedded reference server only: start it with its file e-mail connector
Target: the LOGTO_* variables (as for contract:live; needs LOGTO_CONTRACT_ALLOW_WRITES=1, and
LOGTO_CONTRACT_SEND_EMAIL=1 when the tenant has an e-mail connector), or the embedded reference
server when none is set. Exit codes: 0 recorded, 1 the run failed or left data behind, 2 bad input.`;

export async function runRecord(argv: string[], io: CliIo): Promise<number> {
  return runCli('contract:record', io, async () => {
    const args = parse(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    // A bad setting is a UsageError: runCli prints its one line and exits 2.
    const target = await openRecordTarget({ emailConnector: args.emailConnector, label: args.label });
    try {
      io.out(`contract:record: recording from ${target.label} (e-mail connector ${target.emailConnector}); names start with ${target.prefix}`);
      let count = 0;
      const result = await driveScenarios(SCENARIO_SET, target, () => {
        count += 1;
      });
      const trace: Trace = { format: TRACE_FORMAT, target: target.label, emailConnector: target.emailConnector, recordedAt: new Date().toISOString(), steps: result.steps };
      writeTrace(args.out, trace);
      io.out(`contract:record: ${count} steps recorded to ${args.out}`);
      for (const problem of result.cleanupProblems) io.err(`contract:record: cleanup: ${problem}`);
      if (result.cleanupProblems.length > 0) {
        io.err(`contract:record: some data was left behind; remove it with npm run contract:sweep -- --yes --prefix=${target.prefix}`);
        // The sweep knows the live suite's kinds only; the recording also creates these.
        if (result.cleanupProblems.some((problem) => /\/api\/(organization-scopes|resources)\//.test(problem))) {
          io.err('contract:record: the sweep does not delete organization scopes or API resources: send the DELETE requests listed above yourself');
        }
        return 1;
      }
      return 0;
    } finally {
      await target.stop();
    }
  });
}

interface RecordArgs {
  out: string;
  label?: string;
  emailConnector: boolean;
  help: boolean;
}

function parse(argv: string[]): RecordArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, label: { type: 'string' }, 'email-connector': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const what = (error as Error).message.split('\n')[0]?.replace(/\. To specify.*$/, '') ?? 'bad arguments';
    throw new UsageError(`${what}. Usage: npm run contract:record -- --out <file> [--label <text>] [--email-connector]`);
  }
  if (values.help) return { out: '', emailConnector: false, help: true };
  if (!values.out) throw new UsageError('--out <file> is required: where to write the trace (e.g. --out contract-tests/traces/staging.trace.json).');
  return { out: values.out, ...(values.label ? { label: values.label } : {}), emailConnector: values['email-connector'] ?? false, help: false };
}
