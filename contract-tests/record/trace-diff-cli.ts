import { diffTraceFiles, markOf, summaryOf, type MarkedDifference, type TraceDiffResult } from './trace-diff.js';
import { renderTraceDiffMarkdown } from './trace-diff-markdown.js';
import { UsageError } from '../../common/usage-error.js';
import { runCli, type CliIo } from '../../common/run-cli.js';

const USAGE_LINE = 'npm run contract:trace-diff -- [--markdown] <old-trace> <new-trace>';

const USAGE = `usage: ${USAGE_LINE}

Says, per step, how the behaviour recorded in two traces differs (status, error code, content
type, contract headers, body shape, and the values each step's expectation names), and whether
the two come from the same Logto version and spec. Traces of two Logto versions: each difference
is marked "in the spec diff" (a change between the two servers' specs, known by fingerprint from
openapi/upstream/history/index.json, is about it) or "not in the spec diff" (behaviour no spec
diff shows). Two traces of the same version: every difference is a change of that version's
behaviour. --markdown writes the same as a report. Exit codes: 0 no difference, 1 behaviour
changed, 2 bad input.`;

export async function runTraceDiff(argv: string[], io: CliIo): Promise<number> {
  return runCli('contract:trace-diff', io, async () => {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const markdown = argv.includes('--markdown');
    const files = argv.filter((a) => a !== '--markdown');
    const unknown = files.find((a) => a.startsWith('-'));
    if (unknown) throw new UsageError(`unknown option ${unknown}. Usage: ${USAGE_LINE}`);
    if (files.length !== 2) throw new UsageError(`expected two trace files, got ${files.length}. Usage: ${USAGE_LINE}`);
    const result = await diffTraceFiles(files[0] as string, files[1] as string);
    if (markdown) io.out(renderTraceDiffMarkdown(result));
    else renderText(result, io);
    return result.differences.length === 0 ? 0 : 1;
  });
}

function renderText({ files, before, after, versions, specs, differences }: TraceDiffResult, io: CliIo): void {
  io.out(`contract:trace-diff: ${files.old} (${before.target}, e-mail connector ${before.emailConnector}, ${before.steps.length} steps)`);
  io.out(`contract:trace-diff: ${files.new} (${after.target}, e-mail connector ${after.emailConnector}, ${after.steps.length} steps)`);
  io.out(`contract:trace-diff: ${versions.line}`);
  if (specs) io.out(`contract:trace-diff: ${specs.line}`);
  if (before.emailConnector !== after.emailConnector) {
    io.out(`contract:trace-diff: note: one trace was recorded with an e-mail connector and the other without; connector steps differ for that reason`);
  }
  if (differences.length === 0) {
    io.out('contract:trace-diff: no behaviour changed');
    return;
  }
  const byStep = new Map<string, MarkedDifference[]>();
  for (const d of differences) byStep.set(d.step, [...(byStep.get(d.step) ?? []), d]);
  for (const [step, list] of byStep) {
    io.out(`${step}:`);
    for (const d of list) io.out(`  - ${d.what}${markOf(d.placement)}`);
  }
  io.out(`contract:trace-diff: ${byStep.size} step(s) changed behaviour (${differences.length} difference(s))${summaryOf(differences, versions.same)}`);
}
