import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.js';
import { runDiff } from './diff-cli.js';
import { runPull } from './pull-cli.js';
import { DOCUMENTATION_KIND } from './diff/change.js';
import type { DiffReport } from './report.js';
import { LOGTO_FIXTURE } from '../../common/paths.js';

/**
 * At scale (Logto 1.42's 284 operations, recursive schemas, oneOf branches of the same type):
 * a spec compared with itself has no changes, and a pull loses nothing but the server URL and
 * Logto's prose (summaries and descriptions, which only ever count as documentation changes).
 */
describe('the Logto 1.42 served spec', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const diff = async (...argv: string[]): Promise<{ code: number; report: DiffReport }> => {
    const { io, stdout, err } = captureIo();
    const code = await runDiff(['--json', ...argv], io);
    expect(err).toEqual([]);
    return { code, report: JSON.parse(stdout()) as DiffReport };
  };

  it('compared with itself: no changes, exit 0', async () => {
    const { code, report } = await diff(LOGTO_FIXTURE, LOGTO_FIXTURE);
    expect(report.changes).toEqual([]);
    expect(code).toBe(0);
  });

  it('compared with its pulled (filtered, prose-free, pruned, normalised) copy, carried operations: documentation changes only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spec-roundtrip-'));
    dirs.push(dir);
    const out = path.join(dir, 'upstream.yaml');
    const { io } = captureIo();
    expect(await runPull(['--from', LOGTO_FIXTURE, '--out', out], io)).toBe(0);
    const { code, report } = await diff('--carried', LOGTO_FIXTURE, out);
    expect(report.changes.filter((change) => change.kind !== DOCUMENTATION_KIND)).toEqual([]);
    expect(report.changes.length).toBeGreaterThan(0); // the prose did go
    expect(code).toBe(0);
  });
});
