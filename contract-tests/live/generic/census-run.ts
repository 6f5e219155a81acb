import path from 'node:path';
import { createContractContext } from '../../lib/context.js';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations } from '../../lib/spec/operations.js';
import type { RemoteSettings } from '../config/settings.js';
import { LIVE_REPORTS_DIR } from '../support/repo-paths.js';
import { accessTokenOf, requestToken } from '../support/token-request.js';
import { operationsInScope, scopeFor } from './generic-scope.js';
import { AUDIT_LOG_PATH, auditLogGrowth, censusChanges, takeCensus, type CensusEntry } from './census.js';

// `contract:live --generic --census`: the census before and after the run, as the runner prints it.

/** Counts every listable resource of the tenant (census.ts); printed as one line. */
export async function census(settings: RemoteSettings, specPath: string, when: 'before' | 'after'): Promise<CensusEntry[]> {
  const spec = await loadSpec(specPath);
  const token = accessTokenOf(await requestToken({ ...settings, scope: 'all' }));
  if (!token) throw new Error(`the census ${when} the run could not get a token from ${settings.endpoint}/oidc/token`);
  const entries = await takeCensus(createContractContext(spec), (await operationsInScope(listOperations(spec), scopeFor('remote'))).operations, settings.endpoint, token);
  const counted = entries.filter((e) => e.count !== null);
  console.log(`contract:live: census ${when} the run: ${counted.length} listable resources counted (${counted.map((e) => `${e.operationId} ${e.count}`).join(', ')})${entries.length > counted.length ? `; not counted: ${entries.filter((e) => e.count === null).map((e) => `${e.operationId} (${e.note ?? ''})`).join(', ')}` : ''}`);
  return entries;
}

/**
 * Writes census.json and says whether the tenant changed (true = the run changed it, or someone
 * else did meanwhile). The audit log grows by the run's own records, which are read back and
 * accounted for (census.ts); any other change fails.
 */
export async function reportCensus(settings: RemoteSettings, before: CensusEntry[], after: CensusEntry[]): Promise<boolean> {
  const changes = censusChanges(before, after);
  const audit = changes.find((c) => before.find((e) => e.operationId === c.operationId)?.path === AUDIT_LOG_PATH);
  let auditNote: string | undefined;
  let auditExplained = false;
  if (audit && audit.before !== null && audit.after !== null && audit.after > audit.before) {
    const token = accessTokenOf(await requestToken({ ...settings, scope: 'all' }));
    // The token just requested is logged too: one more entry to read back.
    const growth = token ? await auditLogGrowth(settings.endpoint, token, audit.after - audit.before + 1, settings.appId) : undefined;
    if (growth) {
      auditExplained = growth.unexplained === 0;
      auditNote = `${audit.operationId} ${audit.before} -> ${audit.after}: the audit log's new entries are ${auditExplained ? "all records of this run's own requests" : `not all this run's own (${growth.unexplained} unexplained)`}: ${Object.entries(growth.added).map(([k, n]) => `${n} ${k}`).join(', ')}`;
    }
  }
  const real = changes.filter((c) => c !== audit || !auditExplained);
  writeFileAtomic(path.join(LIVE_REPORTS_DIR, 'census.json'), `${JSON.stringify({ before, after, changes, ...(auditNote ? { auditLog: auditNote } : {}) }, null, 2)}\n`);
  if (auditNote) console.log(`contract:live: census: ${auditNote}`);
  if (real.length === 0) {
    console.log(`contract:live: census unchanged: ${before.filter((e) => e.count !== null).length} listable resources counted, the same after the run${auditExplained ? ' (the audit log aside, see above)' : ''} (census.json)`);
    return false;
  }
  console.error(`contract:live: census CHANGED during the run: ${real.map((c) => `${c.operationId} ${c.before ?? 'not counted'} -> ${c.after ?? 'not counted'}`).join(', ')} (census.json); a generic run must not change the tenant, unless someone else changed it meanwhile`);
  return true;
}
