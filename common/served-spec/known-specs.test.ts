import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownSpecProblems, loadKnownSpecs, recognise } from './known-specs.js';
import { logtoOurSpecIsFor } from './our-logto.js';
import { REPO_ROOT, UPSTREAM_INDEX, UPSTREAM_SPEC } from '../paths.js';
import { loadSpec } from '../spec/index.js';

const HISTORY_140 = path.join(REPO_ROOT, 'openapi', 'upstream', 'history', 'logto-1.40.0.openapi.json');

describe('openapi/upstream/history/index.json: which Logto served each committed upstream spec', () => {
  it('records the current upstream as Logto 1.42.0 and the 1.40.0 copy, and every file is the spec its entry records', async () => {
    const known = await loadKnownSpecs();
    expect(known.map((entry) => [entry.file, entry.logto])).toEqual([
      ['openapi/upstream/management.openapi.json', '1.42.0'],
      ['openapi/upstream/history/logto-1.40.0.openapi.json', '1.40.0'],
    ]);
    expect(await knownSpecProblems()).toEqual([]);
  });

  it('recognises a spec by its structure, whatever its prose or key order', async () => {
    const known = await loadKnownSpecs();
    const doc = (await loadSpec(HISTORY_140)).raw;
    expect(recognise(doc, known)?.logto).toBe('1.40.0');
    const withProse = structuredClone(doc);
    (withProse.info as Record<string, unknown>).description = 'Prose is not structure.';
    expect(recognise(withProse, known)?.logto).toBe('1.40.0');
    const changed = structuredClone(doc);
    delete (changed.paths as Record<string, unknown>)['/api/users'];
    expect(recognise(changed, known)).toBeUndefined();
  });

  describe('in a copy of the folder', () => {
    let root: string;
    let index: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(os.tmpdir(), 'known-specs-'));
      await mkdir(path.join(root, 'openapi', 'upstream', 'history'), { recursive: true });
      await copyFile(UPSTREAM_SPEC, path.join(root, 'openapi', 'upstream', 'management.openapi.json'));
      index = path.join(root, 'openapi', 'upstream', 'history', 'index.json');
      await copyFile(UPSTREAM_INDEX, index);
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it('says so when a new pull replaced the current upstream without recording which Logto it is', async () => {
      // The 1.40 copy where the current upstream should be: what a pull from an older Logto writes.
      await copyFile(HISTORY_140, path.join(root, 'openapi', 'upstream', 'management.openapi.json'));
      await writeFile(path.join(root, 'openapi', 'upstream', 'history', 'logto-9.9.9.openapi.json'), await readFile(HISTORY_140));
      const problems = await knownSpecProblems(index, root);
      expect(problems[0]).toMatch(
        /^openapi\/upstream\/management\.openapi\.json is not the Logto 1\.42\.0 spec .* records \(now 263 operations, fingerprint 1b8e8560325d\): after a new pull, record which Logto served it there .*history\/logto-1\.42\.0\.openapi\.json/,
      );
      // The 1.40 entry's file is missing from this copy, and the stray file has no entry.
      expect(problems.slice(1)).toEqual([
        expect.stringMatching(/^openapi\/upstream\/history\/logto-1\.40\.0\.openapi\.json \(Logto 1\.40\.0 in .*\) cannot be read; restore it from git or remove its entry$/),
        expect.stringMatching(/logto-9\.9\.9\.openapi\.json has no entry in .*index\.json; add which Logto served it$/),
      ]);
    });
  });
});

describe('which Logto our spec is for', () => {
  it('is the entry of the upstream its first line names: Logto 1.42.0, with that upstream\'s fingerprint', async () => {
    const known = await loadKnownSpecs();
    const ours = await logtoOurSpecIsFor(undefined, known);
    expect(ours.logto).toBe('1.42.0');
    expect(ours.file).toBe(path.relative(REPO_ROOT, UPSTREAM_SPEC).split(path.sep).join('/'));
    expect(ours.fingerprint).toBe(known.find((entry) => entry.logto === '1.42.0')?.fingerprint);
  });
});
