/**
 * `npm run contract:census -- [--out <file>] [--against <file>]`: every list and tenant-wide
 * setting of the LOGTO_* tenant, by fingerprint, written or compared (read only). Exit codes: 0 the
 * same or written, 1 changed, 2 bad argument or setting. Logic in
 * contract-tests/live/census/census-cli.ts.
 */
import { runCensusCli } from '../contract-tests/live/census/census-cli.js';
import { processIo, runCli } from '../common/run-cli.js';

process.exitCode = await runCli('contract:census', processIo, () => runCensusCli(process.argv.slice(2)));
