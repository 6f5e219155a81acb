/**
 * `npm run bench`: how fast the client and the suites are, against their targets. See
 * docs/benchmarks.md for what each item measures and the latest figures.
 * Logic in scripts/bench/bench-cli.ts.
 */
import { runBenchCli } from './bench/bench-cli.js';
import { processIo, runCli } from '../common/run-cli.js';
import { EXIT } from '../common/usage-error.js';

process.exitCode = await runCli('bench', processIo, () => runBenchCli(process.argv.slice(2)), EXIT.failed);
