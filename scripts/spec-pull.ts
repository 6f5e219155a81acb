import { runPull } from './spec-tools/pull-cli.js';
import { ignoreBrokenPipe } from '../common/run-cli.js';

// Thin entry point: all behaviour lives in spec-tools/ where it is tested in-process.
ignoreBrokenPipe();
process.exitCode = await runPull(process.argv.slice(2));
