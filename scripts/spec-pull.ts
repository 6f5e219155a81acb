import { ignoreBrokenPipe } from './spec-tools/cli-error.js';
import { runPull } from './spec-tools/pull-cli.js';

// Thin entry point: all behaviour lives in spec-tools/ where it is tested in-process.
ignoreBrokenPipe();
process.exitCode = await runPull(process.argv.slice(2));
