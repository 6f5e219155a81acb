// Kept while the spec tools move to scripts/common; new code imports from there.
export { UsageError as CliError } from '../common/usage-error.js';
export { runCli, processIo, ignoreBrokenPipe, type CliIo } from '../common/run-cli.js';
