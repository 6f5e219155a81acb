import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.js';
import { runPull, type PullPaths } from './pull-cli.js';
import { knownSpecProblems, loadKnownSpecs } from '../../common/served-spec/known-specs.js';
import { CARRIED_OPERATIONS, REPO_ROOT, UPSTREAM_INDEX, UPSTREAM_SPEC } from '../../common/paths.js';
import { loadSpec } from '../../common/spec/index.js';

/** A copy of the repository's openapi/upstream/ (the two committed specs and their index), so the index can be written. */
const HISTORY_140 = path.join(REPO_ROOT, 'openapi', 'upstream', 'history', 'logto-1.40.0.openapi.json');

describe('spec:pull --logto: the puller says which Logto served the spec, and the index records it', () => {
  let root: string;
  let paths: PullPaths;
  const pull = async (...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> => {
    const { io, out, err } = captureIo();
    return { code: await runPull(argv, io, paths), out, err };
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'spec-pull-logto-'));
    const history = path.join(root, 'openapi', 'upstream', 'history');
    await mkdir(history, { recursive: true });
    await copyFile(UPSTREAM_SPEC, path.join(root, 'openapi', 'upstream', 'management.openapi.json'));
    await copyFile(HISTORY_140, path.join(history, 'logto-1.40.0.openapi.json'));
    await copyFile(UPSTREAM_INDEX, path.join(history, 'index.json'));
    paths = {
      ourSpec: path.join(root, 'openapi', 'logto-management.yaml'),
      carriedFile: CARRIED_OPERATIONS,
      defaultOut: path.join(root, 'openapi', 'upstream', 'management.openapi.json'),
      index: path.join(history, 'index.json'),
      root,
    };
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('names the Logto a pulled structure comes from when the index knows it', async () => {
    const result = await pull('--from', HISTORY_140, '--out', path.join(root, 'again.json'));
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/: 263 of 263 operations, 38 components, from .*logto-1\.40\.0\.openapi\.json; the structure Logto 1\.40\.0 served \(.*index\.json\)$/);
  });

  it('a new structure pulled over the current upstream: asks which Logto it is, then --logto records it and the index is whole again', async () => {
    // A Logto the index does not know: 1.40's spec with one route fewer.
    const doc = (await loadSpec(HISTORY_140)).raw;
    delete (doc.paths as Record<string, unknown>)['/api/status'];
    const served = path.join(root, 'served-by-staging.json');
    await writeFile(served, JSON.stringify(doc));

    const unrecorded = await pull('--from', served);
    expect(unrecorded.code).toBe(0);
    expect(unrecorded.out).toContainEqual(expect.stringMatching(/^spec-pull: which Logto is this\? The served spec does not say: pull again with --logto <version> to record it in .*index\.json \(npm test fails until it is recorded\)$/));
    expect(await knownSpecProblems(paths.index, root)).toEqual([expect.stringMatching(/^openapi\/upstream\/management\.openapi\.json is not the Logto 1\.42\.0 spec/)]);

    const recorded = await pull('--from', served, '--logto', '1.41.0');
    expect(recorded.out).toContainEqual('spec-pull: recorded openapi/upstream/management.openapi.json as Logto 1.41.0 in ' + path.relative(process.cwd(), paths.index));
    const again = await pull('--from', served, '--logto', '1.41.0');
    expect(again.out).toContainEqual('spec-pull: already recorded openapi/upstream/management.openapi.json as Logto 1.41.0 in ' + path.relative(process.cwd(), paths.index));
    expect(await knownSpecProblems(paths.index, root)).toEqual([]);
    const known = await loadKnownSpecs(paths.index);
    expect(known.map((entry) => [entry.file, entry.logto, entry.operations])).toEqual([
      ['openapi/upstream/history/logto-1.40.0.openapi.json', '1.40.0', 263],
      ['openapi/upstream/management.openapi.json', '1.41.0', 262],
    ]);
    expect(JSON.parse(await readFile(paths.index, 'utf8')).about).toMatch(/^Which Logto served each committed upstream spec/);
  });

  it('refuses --logto for a file outside the repository, and a version that is not one', async () => {
    expect(await pull('--from', HISTORY_140, '--out', path.join(os.tmpdir(), 'elsewhere.json'), '--logto', '1.40.0')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^spec-pull: --logto records the pulled spec in .*index\.json, which names files in the repository; give an --out inside it \(e\.g\. openapi\/upstream\/history\/logto-1\.40\.0\.openapi\.json\) or drop --logto$/)],
    });
    expect(await pull('--from', HISTORY_140, '--logto', 'latest')).toMatchObject({ code: 2, err: [expect.stringMatching(/^spec-pull: --logto takes the version of the Logto the spec comes from, like 1\.42\.0, not "latest"/)] });
  });
});
