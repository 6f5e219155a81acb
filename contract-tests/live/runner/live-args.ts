import path from 'node:path';
import { UsageError } from '../../../common/usage-error.js';

export interface LiveArgs {
  viaPrismProxy: boolean;
  /** `index/count`, handed to `vitest --shard`. */
  shard: string | undefined;
  /** One test at a time, one file at a time: for measuring what concurrency buys. */
  serial: boolean;
  /** Only the generic phase (every operation, requests that cannot change anything); no writes needed. */
  generic: boolean;
  /** Only the whole-API scenarios, the invalid bodies and the generic phase. */
  wholeApi: boolean;
  /** With `generic`: count every listable resource of the tenant before and after, and fail on a change. */
  census: boolean;
  /** The spec to test against instead of ours (absolute path), e.g. the built full spec. */
  spec: string | undefined;
  /** An older spec (absolute path): run only the checks that send to an operation the diff from it to ours names. */
  changedSince: string | undefined;
  help: boolean;
}

export const LIVE_USAGE = `usage: npm run contract:live [-- --via-prism-proxy] [--shard=<index>/<count>] [--serial] [--generic | --whole-api] [--census] [--spec <file>] [--changed-since <old spec>]

Runs the live contract suite: the scenarios, then the generic phase. With no LOGTO_* variables it
starts the embedded reference server; with LOGTO_ENDPOINT, LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET
(and optionally LOGTO_MANAGEMENT_RESOURCE) it tests that server, which needs
LOGTO_CONTRACT_ALLOW_WRITES=1.

  --generic        only the generic phase: every operation of the spec with requests that cannot
                   create, change or delete anything (no token, a garbage token, a token without
                   scope "all", every GET without path parameters, every GET/PUT/PATCH/DELETE by an
                   id that cannot exist); safe on a shared tenant, so LOGTO_CONTRACT_ALLOW_WRITES is
                   not needed. Reports add generic.json and generic.md (per operation and check).
  --whole-api      only what runs over every operation of the spec: the whole-API scenarios, the
                   invalid bodies and the generic phase (not the invitation rule scenarios).
  --census         against a server: read every list (every item) and every tenant-wide setting
                   before and after the run (census.json); anything changed fails the run.
                   LOGTO_CONTRACT_OPERATIONS=implemented narrows a run to the operations the
                   reference server implements (the embedded one is always checked on those),
                   =carried to openapi/carried-operations.json.
  --spec <file>    test against this spec instead of openapi/logto-management.yaml (e.g. Logto's
                   own, openapi/upstream/management.openapi.json, or npm run spec:build -- --out
                   .tmp/full.yaml while editing the overlay).
  --changed-since <old spec>
                   only the checks that send to an operation the spec diff from <old spec> (e.g.
                   openapi/upstream/history/logto-1.40.0.openapi.json) to the spec under test
                   names, Logto's spec compared with Logto's (ours stands in for its upstream):
                   the whole-API scenarios and the generic checks and invalid bodies by the
                   operations they send to, the hand-written files by the operations they declare
                   (contract-tests/live/scenarios/operations-touched.ts). A scenario or file runs
                   whole, with the fixtures it creates; what is skipped is counted per kind.
Reports: reports/live/ (junit.xml, results.json, coverage.md/html/json, conformance-junit.xml), removed at the
start of each run. Exit codes: 0 pass, 1 contract failures, 2 configuration error, 130/143 stopped by
SIGINT/SIGTERM (reports marked interrupted; on a tenant, what the run created is deleted, or the
contract:sweep command to do it is printed).`;

export function parseLiveArgs(argv: readonly string[]): LiveArgs {
  const args: LiveArgs = { viaPrismProxy: false, shard: undefined, serial: false, generic: false, wholeApi: false, census: false, spec: undefined, changedSince: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--via-prism-proxy') args.viaPrismProxy = true;
    else if (arg === '--serial') args.serial = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--generic') args.generic = true;
    else if (arg === '--whole-api') args.wholeApi = true;
    else if (arg === '--census') args.census = true;
    else if (arg === '--spec' || arg.startsWith('--spec=')) {
      const value = arg === '--spec' ? argv[++i] : arg.slice('--spec='.length);
      if (!value || value.startsWith('--')) throw new UsageError('--spec needs a file, e.g. --spec openapi/upstream/management.openapi.json (Logto\'s own spec).');
      args.spec = path.resolve(value);
    } else if (arg === '--changed-since' || arg.startsWith('--changed-since=')) {
      const value = arg === '--changed-since' ? argv[++i] : arg.slice('--changed-since='.length);
      if (!value || value.startsWith('--')) throw new UsageError('--changed-since needs the older spec, e.g. --changed-since openapi/upstream/history/logto-1.40.0.openapi.json (the Logto you upgrade from).');
      args.changedSince = path.resolve(value);
    } else if (arg === '--shard' || arg.startsWith('--shard=')) {
      const value = arg === '--shard' ? argv[++i] : arg.slice('--shard='.length);
      if (!value || !/^[1-9]\d*\/[1-9]\d*$/.test(value) || Number(value.split('/')[0]) > Number(value.split('/')[1])) {
        throw new UsageError(`--shard "${value ?? ''}" is not <index>/<count> with 1 <= index <= count; e.g. --shard=1/3.`);
      }
      args.shard = value;
    } else {
      throw new UsageError(`unknown argument "${arg}"; known: --via-prism-proxy, --shard=<index>/<count>, --serial, --generic, --whole-api, --census, --spec <file>, --changed-since <old spec>, --help.`);
    }
  }
  if (args.generic && args.wholeApi) throw new UsageError('--generic and --whole-api choose different parts of the run; give one (--whole-api includes the generic phase).');
  return args;
}
