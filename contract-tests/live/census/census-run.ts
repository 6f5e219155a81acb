import path from 'node:path';
import { TENANT_SETTINGS } from '../../../common/logto/tenant-settings.js';
import { loadSpec } from '../../../common/spec/index.js';
import { createContractContext } from '../../lib/context.js';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import { listOperations } from '../../lib/spec/operations.js';
import type { RemoteSettings } from '../config/settings.js';
import { operationsInScope, scopeFor } from '../generic/generic-scope.js';
import { LIVE_REPORTS_DIR } from '../support/repo-paths.js';
import { accessTokenOf, requestToken } from '../support/token-request.js';
import { AUDIT_LOG_OPERATION, auditLogGrowth, censusChanges, changedPointers, readSetting, readSettingValues, takeCensus, type Census, type CensusReader } from './census.js';
import { readAnswer } from '../../lib/run/read-answer.js';

// `contract:live --census` and the settings guard of every run against a tenant: what the runner
// reads before and after the tests, and what it does when something changed.

const REQUEST_TIMEOUT_MS = 30_000;

/** GETs with a fresh token of the run's app (the workers' tokens live in the workers). */
export async function censusReader(settings: RemoteSettings): Promise<CensusReader> {
  const token = accessTokenOf(await requestToken({ ...settings, scope: 'all' }));
  if (!token) throw new Error(`the census could not get a token from ${settings.endpoint}/oidc/token`);
  return {
    async get(target) {
      const response = await fetch(`${settings.endpoint}${target}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const { status, json, headers } = await readAnswer(response);
      return { status, json, headers };
    },
  };
}

/** Every tenant-wide setting, read (the snapshot a run restores from). */
export async function readSettings(settings: RemoteSettings): Promise<Census> {
  return readSettingValues(await censusReader(settings));
}

/** Every list the tenant serves and every setting (census.ts); printed as one line. */
export async function census(settings: RemoteSettings, specPath: string, when: 'before' | 'after' | 'now', tool = 'contract:live'): Promise<Census> {
  const spec = await loadSpec(specPath);
  const operations = (await operationsInScope(listOperations(spec), scopeFor('remote'))).operations;
  const taken = await takeCensus(createContractContext(spec), operations, await censusReader(settings));
  const read = taken.entries.filter((e) => e.fingerprint !== null);
  const lists = read.filter((e) => e.what === 'list');
  console.log(
    `${tool}: census ${when === 'now' ? 'taken' : `${when} the run`}: ${lists.length} lists read (${lists.reduce((n, e) => n + (e.count ?? 0), 0)} items), ${read.length - lists.length} of ${TENANT_SETTINGS.length} settings` +
      `${taken.entries.length > read.length ? `; not read: ${taken.entries.filter((e) => e.fingerprint === null).map((e) => `${e.name} (${e.note ?? ''})`).join(', ')}` : ''}`,
  );
  return taken;
}

/**
 * Writes census.json and says whether the tenant changed (true = the run changed it, or someone
 * else did meanwhile). The audit log grows by the run's own records, which are read back and
 * accounted for (census.ts); any other change fails.
 */
export async function reportCensus(settings: RemoteSettings, before: Census, after: Census, createdApplications: Iterable<string> = []): Promise<boolean> {
  const changes = censusChanges(before.entries, after.entries);
  const audit = changes.find((c) => c.name === AUDIT_LOG_OPERATION);
  let auditNote: string | undefined;
  let auditExplained = false;
  const countOf = (c: Census): number | null => c.entries.find((e) => e.name === AUDIT_LOG_OPERATION)?.count ?? null;
  const [auditBefore, auditAfter] = [countOf(before), countOf(after)];
  if (audit && auditBefore !== null && auditAfter !== null && auditAfter > auditBefore) {
    // The census's own token request is logged too: one more entry to read back.
    const growth = await auditLogGrowth(await censusReader(settings), auditAfter - auditBefore + 1, new Set([settings.appId, ...createdApplications]));
    auditExplained = growth.unexplained === 0;
    auditNote = `${AUDIT_LOG_OPERATION} ${auditBefore} -> ${auditAfter}: the audit log's new entries are ${auditExplained ? "all records of this run's own requests" : `not all this run's own (${growth.unexplained} unexplained)`}: ${Object.entries(growth.added).map(([k, n]) => `${n} ${k}`).join(', ')}`;
  }
  const settingChanges = changes.filter((c) => before.settings.has(c.name) || after.settings.has(c.name)).map((c) => ({ ...c, pointers: changedPointers(before.settings.get(c.name), after.settings.get(c.name)) }));
  const real = changes.filter((c) => c !== audit || !auditExplained);
  writeFileAtomic(
    path.join(LIVE_REPORTS_DIR, 'census.json'),
    `${JSON.stringify({ before: before.entries, after: after.entries, changes: changes.map((c) => settingChanges.find((s) => s.name === c.name) ?? c), ...(auditNote ? { auditLog: auditNote } : {}) }, null, 2)}\n`,
  );
  if (auditNote) console.log(`contract:live: census: ${auditNote}`);
  const read = before.entries.filter((e) => e.fingerprint !== null).length;
  if (real.length === 0) {
    console.log(`contract:live: census unchanged: ${read} lists and settings read, the same after the run${auditExplained ? ' (the audit log aside, see above)' : ''} (census.json)`);
    return false;
  }
  console.error(`contract:live: census CHANGED during the run: ${real.map((c) => `${c.name} ${c.before} -> ${c.after}`).join(', ')} (census.json); a run must leave the tenant as it found it, unless someone else changed it meanwhile`);
  return true;
}

/**
 * Puts every tenant-wide setting that differs from the snapshot back as it was (after a run that
 * may change settings, or as a safety net after one that must not have). Returns what it put
 * back and what it could not.
 */
export async function restoreSettings(settings: RemoteSettings, snapshot: Census): Promise<{ restored: Array<{ setting: string; pointers: string[] }>; problems: string[] }> {
  const reader = await censusReader(settings);
  const token = accessTokenOf(await requestToken({ ...settings, scope: 'all' }));
  const out = { restored: [] as Array<{ setting: string; pointers: string[] }>, problems: [] as string[] };
  const selected = async (setting: (typeof TENANT_SETTINGS)[number]): Promise<unknown> => {
    const read = await readSetting(reader, setting);
    return 'value' in read ? (setting.select ? setting.select(read.value) : read.value) : undefined;
  };
  // In the table's order, each read just before it is put back: restoring one setting can write another.
  for (const setting of TENANT_SETTINGS) {
    if (!snapshot.settings.has(setting.setting)) continue;
    const before = snapshot.settings.get(setting.setting);
    const current = await selected(setting);
    const pointers = changedPointers(before, current);
    if (pointers.length === 0) continue;
    try {
      for (const request of setting.restore(before, current)) {
        const response = await fetch(`${settings.endpoint}${request.path}`, {
          method: request.method,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.body?.cancel().catch(() => undefined);
        if (response.status >= 300) out.problems.push(`restoring ${setting.setting}: ${request.method} ${request.path.split('?')[0]} answered ${response.status}`);
      }
    } catch (error) {
      out.problems.push(`cannot put ${setting.setting} back: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const left = changedPointers(before, await selected(setting));
    if (left.length > 0) out.problems.push(`${setting.setting} still differs from the snapshot at ${left.join(', ')}`);
    else out.restored.push({ setting: setting.setting, pointers });
  }
  return out;
}
