import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { announceOutcome } from '../../../common/process/index.js';
import { UsageError } from '../../../common/usage-error.js';
import { loadSpec } from '../../../common/spec/index.js';
import { OperationIndex } from '../../lib/spec/operation-index.js';
import { listOperations } from '../../lib/spec/operations.js';
import type { Census } from '../census/census.js';
import { census, readSettings } from '../census/census-run.js';
import type { RemoteSettings } from '../config/settings.js';
import { SPEC_PATH } from '../support/repo-paths.js';
import { readTargetVersion, TARGET_VERSION_FILE_VARIABLE, type TargetVersion } from '../support/target-version.js';
import type { VersionGap } from '../support/version-gap.js';

interface BeforeTests {
  /** For the vitest child: where the global setup waits for the target's version. */
  env: NodeJS.ProcessEnv;
  /**
   * The tenant as it was before any test: every tenant-wide setting, and with --census every
   * listable resource too; and the settings it could not read although the target serves them.
   */
  snapshot: Promise<{ settings: Census; census?: Census; unread: string[] }>;
  /** Removes what this left on disk; after vitest has ended. */
  dispose(): void;
}

/**
 * What `contract:live` learns about a remote target before the first test, learnt while vitest
 * boots rather than before it starts: the Logto version its served spec says (reading a served spec
 * takes the server about a second) and the tenant's settings (and census) as they were. The global
 * setup waits for the version's announcement, which is written only once the snapshot is taken too,
 * so no test can run before the tenant was recorded. A failure of either is announced, so the global
 * setup stops with it, and `snapshot` rejects with it.
 */
export function learnBeforeTests(settings: RemoteSettings, specPath: string, withCensus: boolean): BeforeTests {
  const dir = mkdtempSync(path.join(tmpdir(), 'ct-live-before-'));
  const file = path.join(dir, 'target-version.json');
  // The served spec is compared with the spec the global setup would compare it with (ours).
  const version: Promise<TargetVersion> = readTargetVersion(settings.endpoint, SPEC_PATH, 'main', dir);
  const snapshot = (async () => {
    const before = withCensus ? await census(settings, specPath, 'before') : undefined;
    return { settings: before ?? (await readSettings(settings)), ...(before ? { census: before } : {}) };
  })();
  const both = Promise.all([version, snapshot]).catch((error: unknown) => {
    // Nothing was sent that writes: the tests wait for this, and now will not run. Like a server
    // the settings check found unreachable, it is for the user to fix: one line, exit 2.
    throw new UsageError(`could not read ${settings.endpoint} before the tests (${error instanceof Error ? error.message : String(error)}); no test ran and nothing was written: check that the server answers, then run again`);
  });
  announceOutcome(file, both.then(([value]) => value), 'contract:live');
  return {
    env: { [TARGET_VERSION_FILE_VARIABLE]: file },
    snapshot: both.then(async ([target, taken]) => ({ ...taken, unread: await unreadSettings(taken.settings, target.gap) })),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The settings the snapshot could not read (an error, a refusal) although the target serves their
 * read: a change to one of them would go unseen, and could not be put back. A setting whose read
 * the target's own spec lacks is left out (Logto 1.40 has no actions and no CIMD): there is nothing
 * there to change.
 */
export async function unreadSettings(snapshot: Census, gap: VersionGap | undefined): Promise<string[]> {
  const unread = snapshot.entries.filter((e) => e.what === 'setting' && e.fingerprint === null);
  if (unread.length === 0) return [];
  const notServed = new Set(gap?.notServed ?? []);
  const index = new OperationIndex(listOperations(await loadSpec(SPEC_PATH)));
  return unread
    .filter((e) => {
      const operation = index.find('GET', e.path.split('?')[0] as string);
      return !(operation && notServed.has(operation.operationId));
    })
    .map((e) => `${e.name}${e.note ? ` (${e.note})` : ''}`);
}
