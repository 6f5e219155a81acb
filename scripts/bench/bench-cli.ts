import os from 'node:os';
import path from 'node:path';
import { BENCH_USAGE, parseBenchArgs } from './bench-args.js';
import { renderNotes, renderSideBySide, renderTable } from './render-table.js';
import { runBench } from './run-bench.js';

/**
 * What `npm run bench` does (scripts/bench.ts only calls this): run the items asked for, print the
 * table and the closing line. Exit 0 when every item was measured (met or missed), 1 when one
 * could not be measured; a bad argument throws a UsageError (exit 2).
 */
export async function runBenchCli(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const run = await runBench(args, argv, (line) => console.log(line));
  console.log('');
  const sideBySide = renderSideBySide(run.results);
  if (sideBySide.length > 0) console.log([...sideBySide, ''].join('\n'));
  console.log(renderTable(run.results));
  const notes = renderNotes(run.results);
  if (notes.length > 0) console.log(['', ...notes].join('\n'));
  const cores = os.cpus().length;
  // Only the starting figure tells about other work: by the end, the bench's own suites add load.
  if (run.loadAverageStart > cores) {
    console.log(`\nNote: the 1-minute load average was ${run.loadAverageStart.toFixed(1)} at the start on ${cores} cores; other work was competing for the CPU, so absolute times are inflated (ratios less so).`);
  }
  const missed = run.results.filter((r) => r.status === 'missed').map((r) => r.item);
  const errored = run.results.filter((r) => r.status === 'error').map((r) => r.item);
  // Items without a target yet are measured, neither met nor missed.
  const untargeted = run.results.filter((r) => r.status === 'measured').map((r) => r.item);
  console.log(
    `\nbench: ${run.results.length - missed.length - errored.length - untargeted.length} met, ${missed.length} missed${missed.length ? ` (item ${missed.join(', ')})` : ''}` +
      `${untargeted.length ? `, ${untargeted.length} measured without a target (item ${untargeted.join(', ')})` : ''}` +
      `${errored.length ? `, ${errored.length} not measured (item ${errored.join(', ')})` : ''}; figures in ${path.relative(process.cwd(), run.reportPath) || run.reportPath} (and bench.md beside it)`,
  );
  return errored.length > 0 ? 1 : 0;
}
