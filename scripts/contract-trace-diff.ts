/**
 * `npm run contract:trace-diff -- <old> <new>`: what changed between two recorded traces.
 * Logic in contract-tests/record/trace-diff-cli.ts.
 */
import { runTraceDiff } from '../contract-tests/record/trace-diff-cli.js';
import { processIo } from '../common/run-cli.js';

process.exitCode = await runTraceDiff(process.argv.slice(2), processIo);
