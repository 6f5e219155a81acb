/**
 * `npm run contract`: the project's main job: the mock suite and the live suite against the
 * embedded reference server, or, with LOGTO_ENDPOINT & co, the live suite against that server.
 * Exit 0 = all passed, 1 = failures, 2 = configuration error, 130/143 = stopped.
 * Logic in contract-tests/live/runner/run-contract.ts.
 */
import { runContract } from '../contract-tests/live/runner/run-contract.js';
import { processIo, runCli } from '../common/run-cli.js';
import { EXIT } from '../common/usage-error.js';

process.exitCode = await runCli('contract', processIo, () => runContract(process.argv.slice(2)), EXIT.failed);
