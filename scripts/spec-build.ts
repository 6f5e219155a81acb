import { runBuild } from './spec-tools/overlay/build-cli.js';

// Thin entry point: all behaviour lives in spec-tools/overlay/ where it is tested in-process.
process.exitCode = await runBuild(process.argv.slice(2));
