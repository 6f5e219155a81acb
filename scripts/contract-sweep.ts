/**
 * `npm run contract:sweep [-- --yes] [--prefix=ct-<runid>-]`: removes what crashed live runs left
 * on a tenant: organizations, organization roles, users and invitations whose name or e-mail
 * starts with the suite prefix `ct-` (or a narrower one). Nothing else is touched.
 *
 * Dry run by default: lists what it would delete. `--yes` deletes (and needs
 * LOGTO_CONTRACT_ALLOW_WRITES=1, like every write to a tenant). Uses the same LOGTO_* variables
 * as `contract:live`. Exit codes: 0 done, 1 some deletions failed, 2 configuration error.
 */
import { CONFIG_ERROR_EXIT_CODE, LiveConfigError } from '../contract-tests/live/config/config-error.js';
import { preflightRemote } from '../contract-tests/live/config/preflight.js';
import { assertWritesAllowed, readLiveSettings } from '../contract-tests/live/config/settings.js';
import { httpSweepApi } from '../contract-tests/live/sweep/http-sweep-api.js';
import { parseSweepArgs, type SweepArgs } from '../contract-tests/live/sweep/sweep-args.js';
import { executeSweep, planSweep } from '../contract-tests/live/sweep/sweep-plan.js';

async function main(): Promise<number> {
  let args: SweepArgs;
  let endpoint: string;
  let token: string;
  try {
    args = parseSweepArgs(process.argv.slice(2));
    const settings = readLiveSettings();
    if (settings.mode !== 'remote') {
      throw new LiveConfigError(
        'contract:sweep cleans a Logto tenant: set LOGTO_ENDPOINT, LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (the embedded reference server lives in memory and leaves nothing behind).',
      );
    }
    if (args.yes) assertWritesAllowed(settings);
    token = await preflightRemote(settings);
    endpoint = settings.endpoint;
  } catch (error) {
    if (error instanceof LiveConfigError) {
      console.error(`contract:sweep: ${error.message}`);
      return CONFIG_ERROR_EXIT_CODE;
    }
    throw error;
  }
  const api = httpSweepApi(endpoint, token);
  const plan = await planSweep(api, args.prefix);
  for (const gap of plan.unlisted) console.log(`contract:sweep: cannot list ${gap.kind}s: ${gap.reason}`);
  console.log(`contract:sweep: ${plan.items.length} item(s) on ${endpoint} start with "${args.prefix}":`);
  for (const item of plan.items) console.log(`  ${item.kind.padEnd(12)} ${item.id}  ${item.label}`);
  if (!args.yes) {
    console.log('contract:sweep: dry run, nothing deleted. Run `npm run contract:sweep -- --yes` (with LOGTO_CONTRACT_ALLOW_WRITES=1) to delete these.');
    return 0;
  }
  const outcome = await executeSweep(api, plan);
  console.log(`contract:sweep: deleted ${outcome.deleted}, already gone ${outcome.gone}, failed ${outcome.failed.length}`);
  for (const failure of outcome.failed) console.error(`contract:sweep: could not delete ${failure}`);
  return outcome.failed.length === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`contract:sweep: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
