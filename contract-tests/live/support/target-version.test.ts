import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUR_SPEC, REPO_ROOT } from '../../../common/paths.js';
import { readTargetVersion, readVersionGap, writeVersionGap } from './target-version.js';

// fetchSpec reads a file as it reads an endpoint's answer: the committed served specs stand for the servers.
const dir = mkdtempSync(path.join(tmpdir(), 'ct-target-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OLD = path.join(REPO_ROOT, 'openapi/upstream/history/logto-1.40.0.openapi.json');

describe('reading the target\'s version from its served spec', () => {
  it('Logto 1.40.0 is recognised by fingerprint and compared like with like with the upstream our spec is built from', async () => {
    const version = await readTargetVersion(OLD, OUR_SPEC, 'main', dir);
    expect(version.line).toMatch(/^the target is Logto 1\.40\.0 \(its served spec recognised by fingerprint\); 21 operation\(s\) of the spec under test it does not serve/);
    expect(version.gap?.logto).toBe('1.40.0');
    expect(version.gap?.compared).toMatch(/^compared the served spec \(Logto 1\.40\.0\) with openapi\/upstream\/management\.openapi\.json \(Logto 1\.42\.0\)/);
    writeVersionGap(version.gap as NonNullable<typeof version.gap>, dir);
    expect(readVersionGap(dir)?.notServed).toEqual(version.gap?.notServed);
  });

  it('the Logto our spec is built for serves the spec under test: no gap, nothing reads otherwise', async () => {
    const version = await readTargetVersion(path.join(REPO_ROOT, 'openapi/upstream/management.openapi.json'), OUR_SPEC, 'main', dir);
    expect(version.gap).toBeUndefined();
    expect(version.line).toBe('the target is Logto 1.42.0 (its served spec recognised by fingerprint); it serves the spec the run tests with');
  });

  it('a served spec no entry records is said, with its fingerprint, and compared all the same', async () => {
    const doc = JSON.parse(readFileSync(OLD, 'utf8')) as { paths: Record<string, unknown> };
    delete doc.paths['/api/status'];
    const file = path.join(dir, 'unknown.json');
    writeFileSync(file, JSON.stringify(doc));
    const version = await readTargetVersion(file, OUR_SPEC, 'main', dir);
    expect(version.line).toMatch(/^the target is a Logto whose served spec \(fingerprint [0-9a-f]{12}\) openapi\/upstream\/history\/index\.json does not record; compared directly; 22 operation\(s\)/);
    expect(version.gap?.notServed).toContain('GetStatus');
  });

  it('a target that serves no spec is said, and then every difference is a failure', async () => {
    const version = await readTargetVersion(path.join(dir, 'missing.json'), OUR_SPEC, 'main', dir);
    expect(version).toMatchObject({ fingerprint: 'unknown' });
    expect(version.gap).toBeUndefined();
    expect(version.line).toMatch(/serves no spec of its own .*every difference from the spec counts as a failure$/);
  });
});
