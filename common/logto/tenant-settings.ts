/**
 * The tenant-wide settings of a Logto tenant: things a run cannot name with its prefix, so it
 * must not change them unless told it may (LOGTO_CONTRACT_ALLOW_SETTINGS=1). For each: how to
 * read it (the census compares the reads before and after a run; a run that may change settings
 * snapshots them first) and how to put a snapshot back.
 *
 * A setting is read by one GET whose answer is the whole setting. Restoring sends what `restore`
 * builds from the snapshot (and, for collections, from what is there now), in order.
 */

export interface SettingRequest {
  method: 'PUT' | 'PATCH' | 'DELETE' | 'POST';
  path: string;
  body?: unknown;
}

export interface TenantSetting {
  /** What messages call it. */
  setting: string;
  /** The GET that reads it whole. `absentStatus` is what that GET answers when the setting is not set (a 404). */
  read: { path: string; absentStatus?: number };
  /**
   * Values of the read that change without anyone changing the setting (none so far), as JSON
   * pointers: the census ignores them.
   */
  volatile?: readonly string[];
  /**
   * The requests that put `snapshot` back, given what is there now (`current`); `undefined` =
   * absent (the read answered `absentStatus`). Empty when the two are the same.
   */
  restore(snapshot: unknown, current: unknown): SettingRequest[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The keys of `snapshot` whose values differ in `current`, as one PATCH body (the keys a scenario changed). */
export function changedKeys(snapshot: unknown, current: unknown, omit: readonly string[] = []): Record<string, unknown> | undefined {
  if (!isRecord(snapshot)) return undefined;
  const now = isRecord(current) ? current : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (omit.includes(key)) continue;
    if (JSON.stringify(value) !== JSON.stringify(now[key])) body[key] = value;
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

export const TENANT_SETTINGS: readonly TenantSetting[] = [
  {
    setting: 'sign-in experience',
    read: { path: '/api/sign-in-exp' },
    restore(snapshot, current) {
      const body = changedKeys(snapshot, current, ['tenantId', 'id']);
      return body ? [{ method: 'PATCH', path: '/api/sign-in-exp', body }] : [];
    },
  },
];
