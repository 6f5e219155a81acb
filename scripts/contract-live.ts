/**
 * `npm run contract:live`: the live contract suite against a real Logto (LOGTO_* variables) or,
 * with none set, against the embedded reference server. Exit 0 = all passed, 1 = failures,
 * 2 = configuration error, 130/143 = stopped. Logic in contract-tests/live/runner/run-contract-live.ts.
 */
import { runContractLive } from '../contract-tests/live/runner/run-contract-live.js';
import { processIo, runCli } from '../common/run-cli.js';
import { EXIT } from '../common/usage-error.js';

process.exitCode = await runCli('contract:live', processIo, () => runContractLive(process.argv.slice(2)), EXIT.failed);
