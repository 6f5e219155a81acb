import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.js';
import { runDiff } from './diff-cli.js';
import { runPull } from './pull-cli.js';
import { DOCUMENTATION_KIND } from '../../common/spec-diff/change.js';
import type { DiffReport } from './report.js';
import { servedLikeText } from '../../test/helpers/served-like.js';
import { UPSTREAM_SPEC } from '../../common/paths.js';

/**
 * At scale (Logto 1.42's 284 operations, recursive schemas, oneOf branches of the same type): the
 * committed upstream compared with itself has no changes, and a served spec (the committed
 * structure with prose of ours added, see `served-like.ts`) pulls back to exactly the committed
 * upstream, losing nothing but the server URL, unused components and prose.
 */
describe('the committed upstream (Logto 1.42 structure)', () => {
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
    const { code, report } = await diff(UPSTREAM_SPEC, UPSTREAM_SPEC);
    expect(report.changes).toEqual([]);
    expect(code).toBe(0);
  });

  it('a served spec pulled (prose-free, pruned, normalised) is the committed upstream byte for byte; compared, documentation changes only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spec-roundtrip-'));
    dirs.push(dir);
    const served = path.join(dir, 'served.json');
    await writeFile(served, await servedLikeText());
    const out = path.join(dir, 'upstream.json');
    const pull = captureIo();
    expect(await runPull(['--from', served, '--out', out], pull.io)).toBe(0);
    expect(pull.err).toEqual([]);
    expect(await readFile(out, 'utf8')).toBe(await readFile(UPSTREAM_SPEC, 'utf8'));

    const { code, report } = await diff('--carried', served, out);
    expect(report.changes.filter((change) => change.kind !== DOCUMENTATION_KIND)).toEqual([]);
    expect(report.changes.length).toBeGreaterThan(0); // the prose did go
    expect(code).toBe(0);
  });
});
