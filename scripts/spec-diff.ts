import { runDiff } from './spec-tools/diff-cli.js';
import { ignoreBrokenPipe } from '../common/run-cli.js';

// Thin entry point: all behaviour lives in spec-tools/ where it is tested in-process.
ignoreBrokenPipe();
process.exitCode = await runDiff(process.argv.slice(2));
