/**
 * `npm run contract:mock [-- --spec <file>] [--reports <dir>]`: the contract suite against a Prism
 * mock of the spec. Logic in contract-tests/mock/cli/run-contract-mock.ts (unit-tested there).
 */
import { runContractMock } from '../contract-tests/mock/cli/run-contract-mock.js';
import { processIo, runCli } from '../common/run-cli.js';
import { EXIT } from '../common/usage-error.js';

// process.exit, not exitCode: nothing the run started may keep this process alive after its last line.
process.exit(await runCli('contract:mock', processIo, () => runContractMock(process.argv.slice(2)), EXIT.failed));
