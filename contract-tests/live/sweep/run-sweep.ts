/**
 * What `npm run contract:sweep [-- --yes] [--prefix=ct-<runid>-]` does (scripts/contract-sweep.ts
 * only calls this): removes what crashed live runs left on a tenant: every kind of the resource model
 * (common/logto/resource-kinds.ts) whose name or e-mail starts with the suite prefix `ct-` (or a narrower
 * one). Nothing else is touched.
 *
 * Dry run by default: lists what it would delete. `--yes` deletes (and needs
 * LOGTO_CONTRACT_ALLOW_WRITES=1, like every write to a tenant). Uses the same LOGTO_* variables
 * as `contract:live`. Exit codes: 0 done, 1 some deletions failed, 2 configuration error.
 */
import { UsageError } from '../../../common/usage-error.js';
import { preflightRemote } from '../config/preflight.js';
import { assertWritesAllowed, readLiveSettings } from '../config/settings.js';
import { httpSweepApi } from './http-sweep-api.js';
import { parseSweepArgs } from './sweep-args.js';
import { executeSweep, planSweep } from './sweep-plan.js';

export async function runSweep(argv: readonly string[]): Promise<number> {
  // A bad argument or setting throws a UsageError: the entry's runCli prints its one line and exits 2.
  const args = parseSweepArgs([...argv]);
  const settings = readLiveSettings();
  if (settings.mode !== 'remote') {
    throw new UsageError(
      'contract:sweep cleans a Logto tenant: set LOGTO_ENDPOINT, LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (the embedded reference server lives in memory and leaves nothing behind).',
    );
  }
  if (args.yes) assertWritesAllowed(settings);
  const token = await preflightRemote(settings);
  const endpoint = settings.endpoint;
  const api = httpSweepApi(endpoint, token);
  const plan = await planSweep(api, args.prefix);
  for (const gap of plan.unlisted) console.log(`contract:sweep: cannot list ${gap.kind}s: ${gap.reason}`);
  console.log(`contract:sweep: ${plan.items.length} item(s) on ${endpoint} start with "${args.prefix}":`);
  for (const item of plan.items) console.log(`  ${item.kind.padEnd(24)} ${item.key}  ${item.label}`);
  if (!args.yes) {
    console.log('contract:sweep: dry run, nothing deleted. Run `npm run contract:sweep -- --yes` (with LOGTO_CONTRACT_ALLOW_WRITES=1) to delete these.');
    return 0;
  }
  const outcome = await executeSweep(api, plan);
  console.log(`contract:sweep: deleted ${outcome.deleted}, already gone ${outcome.gone}, failed ${outcome.failed.length}`);
  for (const failure of outcome.failed) console.error(`contract:sweep: could not delete ${failure}`);
  return outcome.failed.length === 0 ? 0 : 1;
}
