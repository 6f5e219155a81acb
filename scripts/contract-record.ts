/**
 * `npm run contract:record -- --out <file>`: records the scenario set's trace from a Logto (the
 * LOGTO_* target) or the embedded reference server. Logic in contract-tests/record/record-cli.ts.
 */
import { runRecord } from '../contract-tests/record/record-cli.js';
import { processIo } from '../common/run-cli.js';

process.exitCode = await runRecord(process.argv.slice(2), processIo);
