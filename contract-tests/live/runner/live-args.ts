import { LiveConfigError } from '../config/config-error.js';

export interface LiveArgs {
  viaPrismProxy: boolean;
  /** `index/count`, handed to `vitest --shard`. */
  shard: string | undefined;
  /** One test at a time, one file at a time: for measuring what concurrency buys. */
  serial: boolean;
  help: boolean;
}

export const LIVE_USAGE = `usage: npm run contract:live [-- --via-prism-proxy] [--shard=<index>/<count>] [--serial]

Runs the live contract suite. With no LOGTO_* variables it starts the embedded reference server;
with LOGTO_ENDPOINT, LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET (and optionally
LOGTO_MANAGEMENT_RESOURCE) it tests that server, which needs LOGTO_CONTRACT_ALLOW_WRITES=1.
Reports: reports/live/ (junit.xml, results.json, coverage.md/html/json, conformance-junit.xml), removed at the
start of each run. Exit codes: 0 pass, 1 contract failures, 2 configuration error, 130/143 stopped by
SIGINT/SIGTERM (reports marked interrupted; on a tenant, what the run created is deleted, or the
contract:sweep command to do it is printed).`;

export function parseLiveArgs(argv: readonly string[]): LiveArgs {
  const args: LiveArgs = { viaPrismProxy: false, shard: undefined, serial: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--via-prism-proxy') args.viaPrismProxy = true;
    else if (arg === '--serial') args.serial = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--shard' || arg.startsWith('--shard=')) {
      const value = arg === '--shard' ? argv[++i] : arg.slice('--shard='.length);
      if (!value || !/^[1-9]\d*\/[1-9]\d*$/.test(value) || Number(value.split('/')[0]) > Number(value.split('/')[1])) {
        throw new LiveConfigError(`--shard "${value ?? ''}" is not <index>/<count> with 1 <= index <= count; e.g. --shard=1/3.`);
      }
      args.shard = value;
    } else {
      throw new LiveConfigError(`unknown argument "${arg}"; known: --via-prism-proxy, --shard=<index>/<count>, --serial, --help.`);
    }
  }
  return args;
}
