/**
 * `npm run contract:sweep [-- --yes] [--prefix=ct-<runid>-]`: removes what crashed live runs left
 * on a tenant (dry run unless --yes). Exit codes: 0 done, 1 some deletions failed, 2 configuration
 * error. Logic in contract-tests/live/sweep/run-sweep.ts.
 */
import { runSweep } from '../contract-tests/live/sweep/run-sweep.js';
import { processIo, runCli } from '../common/run-cli.js';
import { EXIT } from '../common/usage-error.js';

process.exitCode = await runCli('contract:sweep', processIo, () => runSweep(process.argv.slice(2)), EXIT.failed);
