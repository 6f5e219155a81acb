import { parseArgs } from 'node:util';
import { driveScenarios } from './drive.js';
import { openRecordTarget } from './record-target.js';
import { TRACE_FORMAT, writeTrace, type Trace } from '../scenarios/trace.js';
import { SCENARIO_SETS, type ScenarioSetName } from '../scenarios/scenario-sets.js';
import { scenarioSkips } from '../scenarios/scenario-skips.js';
import { readSettings, restoreSettings } from '../live/census/census-run.js';
import { cleanUpLeftovers } from '../live/runner/leftover-cleanup.js';
import { UsageError } from '../../common/usage-error.js';
import { runCli, type CliIo } from '../../common/run-cli.js';

const USAGE = `usage: npm run contract:record -- --out <file> [--logto-version <version>] [--set <name>] [--label <text>] [--email-connector]

Drives the scenario sets through a Logto and writes its trace: per step, the request as written,
status, error code, content type, contract headers, body shape and abstracted body, and what the
step's expectation found; stamped with the Logto version and the fingerprint of the spec the
server served. No token, no secret, no run ids.
  --out <file>              where the trace goes (written whole or not at all)
  --logto-version <version> what the trace says the server is (e.g. 1.42.0); default "unknown"
  --set <name>              ${Object.keys(SCENARIO_SETS).join(' | ')} | all (default all)
  --label <text>            what the trace says it was recorded from (default: the endpoint)
  --email-connector         embedded reference server only: start it with its file e-mail connector
Target: the LOGTO_* variables (as for contract:live; needs LOGTO_CONTRACT_ALLOW_WRITES=1, and
LOGTO_CONTRACT_SEND_EMAIL=1 when the tenant has an e-mail connector; the scenarios that change
tenant-wide settings run only with LOGTO_CONTRACT_ALLOW_SETTINGS=1, and every setting is put back
afterwards), or the embedded reference server when none is set (scenarios using operations it
does not serve are skipped, and listed). Exit codes: 0 recorded, 1 a step did not meet its
expectation, a scenario stopped, or the run left data behind, 2 bad input.`;

export async function runRecord(argv: string[], io: CliIo): Promise<number> {
  return runCli('contract:record', io, async () => {
    const args = parse(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    // A bad setting is a UsageError: runCli prints its one line and exits 2.
    const target = await openRecordTarget({ emailConnector: args.emailConnector, label: args.label });
    const settingsBefore = target.remote ? await readSettings(target.remote) : undefined;
    try {
      io.out(`contract:record: recording ${args.set} from ${target.label} (Logto ${args.logtoVersion}, spec ${target.specFingerprint.slice(0, 12)}, e-mail connector ${target.emailConnector}); names start with ${target.prefix}`);
      const scenarios = args.set === 'all' ? Object.values(SCENARIO_SETS).flat() : SCENARIO_SETS[args.set];
      const skips = scenarioSkips(scenarios, {
          served: target.served,
          emailConnector: target.emailConnector,
          allowSettings: target.allowSettings,
          name: target.remote ? 'this Logto' : 'the embedded reference server',
          ...(target.connectorFactories ? { connectorFactories: target.connectorFactories } : {}),
        }, target.index);
      const result = await driveScenarios(scenarios, target, { skips });
      // What a create answer never reported is not in the scenarios' own cleanup: a refused create
      // that wrote anyway (Logto 1.40 keeps an organization role whose create it answered 422).
      // Everything named with the run's prefix is swept, as contract:live does at its end.
      if (target.remote) {
        const swept = await cleanUpLeftovers({ settings: target.remote, leftovers: [], prefix: target.prefix, sweepByPrefix: true, signal: new AbortController().signal });
        if (swept.deleted > 0) io.out(`contract:record: deleted ${swept.deleted} item(s) named ${target.prefix}… that no answer of the run reported as created (a request refused that wrote anyway?)`);
        result.cleanupProblems.push(...swept.problems);
      }
      const trace: Trace = {
        format: TRACE_FORMAT,
        target: target.label,
        logtoVersion: args.logtoVersion,
        specFingerprint: target.specFingerprint,
        emailConnector: target.emailConnector,
        recordedAt: new Date().toISOString(),
        steps: result.steps,
      };
      writeTrace(args.out, trace);
      io.out(`contract:record: ${result.steps.length} steps of ${scenarios.length - result.skipped.length} scenarios recorded to ${args.out}`);
      for (const { scenario, reason } of result.skipped) io.out(`contract:record: skipped ${scenario}: ${reason}`);
      for (const unmet of result.unmet) io.err(`contract:record: ${unmet.step} did not meet its expectation: ${unmet.what.join('; ')}`);
      for (const stopped of result.stopped) io.err(`contract:record: stopped: ${stopped}`);
      for (const problem of result.cleanupProblems) io.err(`contract:record: cleanup: ${problem}`);
      if (result.cleanupProblems.length > 0) io.err(`contract:record: some data was left behind; remove it with npm run contract:sweep -- --yes --prefix=${target.prefix}`);
      return result.unmet.length + result.stopped.length + result.cleanupProblems.length === 0 ? 0 : 1;
    } finally {
      if (target.remote && settingsBefore) {
        const restored = await restoreSettings(target.remote, settingsBefore);
        for (const r of restored.restored) io.out(`contract:record: put the tenant-wide setting ${r.setting} back as it was (${r.pointers.join(', ')})`);
        for (const problem of restored.problems) io.err(`contract:record: ${problem}`);
      }
      await target.stop();
    }
  });
}

interface RecordArgs {
  out: string;
  logtoVersion: string;
  set: ScenarioSetName | 'all';
  label?: string;
  emailConnector: boolean;
  help: boolean;
}

function parse(argv: string[]): RecordArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        'logto-version': { type: 'string' },
        set: { type: 'string' },
        label: { type: 'string' },
        'email-connector': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const what = (error as Error).message.split('\n')[0]?.replace(/\. To specify.*$/, '') ?? 'bad arguments';
    throw new UsageError(`${what}. Usage: npm run contract:record -- --out <file> [--logto-version <version>] [--set <name>] [--label <text>] [--email-connector]`);
  }
  if (values.help) return { out: '', logtoVersion: 'unknown', set: 'all', emailConnector: false, help: true };
  if (!values.out) throw new UsageError('--out <file> is required: where to write the trace (e.g. --out contract-tests/traces/staging.trace.json).');
  const set = values.set ?? 'all';
  if (set !== 'all' && !(set in SCENARIO_SETS)) throw new UsageError(`--set ${set}: no such scenario set; the sets are ${Object.keys(SCENARIO_SETS).join(', ')} (or all).`);
  return {
    out: values.out,
    logtoVersion: values['logto-version'] ?? 'unknown',
    set: set as RecordArgs['set'],
    ...(values.label ? { label: values.label } : {}),
    emailConnector: values['email-connector'] ?? false,
    help: false,
  };
}
