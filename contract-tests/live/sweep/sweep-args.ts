import { UsageError } from '../../../common/usage-error.js';
import { SUITE_PREFIX } from '../support/run-id.js';

interface SweepArgs {
  yes: boolean;
  prefix: string;
}

export function parseSweepArgs(argv: readonly string[]): SweepArgs {
  const args: SweepArgs = { yes: false, prefix: SUITE_PREFIX };
  for (const arg of argv) {
    if (arg === '--yes') args.yes = true;
    else if (arg.startsWith('--prefix=')) {
      args.prefix = arg.slice('--prefix='.length);
      if (!args.prefix.toLowerCase().startsWith(SUITE_PREFIX)) {
        throw new UsageError(`--prefix "${args.prefix}" must start with "${SUITE_PREFIX}": the sweep only removes what the contract suite created.`);
      }
    } else throw new UsageError(`unknown argument "${arg}"; usage: npm run contract:sweep [-- --yes] [--prefix=${SUITE_PREFIX}<runid>-]`);
  }
  return args;
}
