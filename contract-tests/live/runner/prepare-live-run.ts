import { existsSync } from 'node:fs';
import { UsageError } from '../../../common/usage-error.js';
import { readOperationsScope } from '../generic/generic-scope.js';
import { preflightRemote } from '../config/preflight.js';
import { assertWritesAllowed, readLiveSettings, readRunId, type LiveSettings } from '../config/settings.js';
import { newRunId, runPrefix } from '../support/run-id.js';
import { parseLiveArgs, type LiveArgs } from './live-args.js';

interface PreparedLiveRun {
  args: LiveArgs;
  /** Environment for the vitest child: seed, run id and proxy mode decided once, here. */
  env: NodeJS.ProcessEnv;
  /** What is being tested, for the first line of output. */
  target: string;
  /** The settings read from the environment (remote ones are needed again to clean up after an interrupt). */
  settings: LiveSettings;
  /** `ct-<runid>-`: every name the run creates starts with it. */
  prefix: string;
}

/**
 * Everything `contract:live` checks before vitest starts: arguments, variables, write permission
 * and, for a remote server, reachability and credentials. Throws `UsageError` (one line).
 */
export async function prepareLiveRun(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<PreparedLiveRun> {
  const args = parseLiveArgs(argv);
  if (args.help) return { args, env, target: '', settings: { mode: 'reference', seed: undefined }, prefix: '' };
  const settings = readLiveSettings(env);
  const runId = readRunId(env) ?? newRunId();
  readOperationsScope(env);
  if (args.spec && !existsSync(args.spec)) throw new UsageError(`--spec ${args.spec}: no such file; give an existing spec (a build of the overlay: npm run spec:build -- --out .tmp/full.yaml), or drop --spec to test ours.`);
  if (args.census && settings.mode !== 'remote') throw new UsageError('--census counts a tenant that outlives the run: set LOGTO_ENDPOINT and the app variables (the embedded servers start empty every run).');
  let target = 'the embedded reference server (no LOGTO_* variables set)';
  if (settings.mode === 'remote') {
    // The generic phase alone cannot write (contract-tests/live/generic/generic-plan.ts), so it needs no permission to.
    if (!args.generic) assertWritesAllowed(settings);
    await preflightRemote(settings);
    target = settings.endpoint;
  }
  const seed = settings.seed ?? (Math.random() * 2 ** 31) | 0;
  return {
    args,
    target,
    settings,
    prefix: runPrefix(runId),
    env: {
      ...env,
      LOGTO_CONTRACT_SEED: String(seed),
      LOGTO_CONTRACT_RUN_ID: runId,
      LOGTO_CONTRACT_VIA_PRISM: args.viaPrismProxy ? '1' : '0',
      LOGTO_CONTRACT_GENERIC_ONLY: args.generic ? '1' : '0',
      ...(args.spec ? { CONTRACT_LIVE_SPEC: args.spec } : {}),
    },
  };
}
