// `npm run build` (and `prepare`): dist/ from src/. See scripts/package/build-package.ts.
import { buildPackage } from './package/build-package.js';
import { processIo, runCli } from '../common/run-cli.js';
import { EXIT } from '../common/usage-error.js';

process.exitCode = await runCli('build', processIo, async () => (await buildPackage(), EXIT.ok), EXIT.failed);
