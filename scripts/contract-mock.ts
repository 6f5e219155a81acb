/**
 * `npm run contract:mock [-- --spec <file>] [--reports <dir>]`: the contract suite against a Prism
 * mock of the spec. Logic in contract-tests/mock/cli/run-contract-mock.ts (unit-tested there).
 */
import { runContractMock } from '../contract-tests/mock/cli/run-contract-mock.js';

runContractMock(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`contract:mock: ${(error as Error).message}`);
    process.exit(1);
  },
);
