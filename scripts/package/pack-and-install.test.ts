// The package as a user gets it: `npm pack` of this repo, installed from the tarball into an
// empty project that imports it by name, type-checks against its .d.ts and calls a server.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../contract-tests/reference-server/index.js';
import { REPO_ROOT } from '../../common/paths.js';
import { PACKAGE_ENTRIES } from './build-package.js';
import { createConsumerProject, makeTempDir, packRepo, runWithOutput, typecheckAndRun, type PackResult } from './consumer-project.js';

// npm installs and tsc runs, on a machine other tests share: minutes, not the unit default.
const NPM_TIMEOUT_MS = 240_000;

/**
 * What the package must ship: the bundled ESM of each entry point (and the chunk they share), a
 * .d.ts per src/ module (tests left out), the spec, README. The chunk's name carries a content
 * hash, so it is matched by shape.
 */
function expectedFiles(files: readonly string[]): string[] {
  const modules = readdirSync(path.join(REPO_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const declarations = modules.map((file) => `dist/${file.replace(/\.ts$/, '.d.ts')}`);
  const entries = Object.keys(PACKAGE_ENTRIES).map((name) => `dist/${name}.js`);
  const chunks = files.filter((file) => /^dist\/chunks\/chunk-[A-Z0-9]+\.js$/.test(file));
  return [...declarations, ...entries, ...chunks, 'README.md', 'openapi/logto-management.yaml', 'package.json'].sort();
}

/** package.json's exports: each entry point of the build has a subpath, with its types. */
function exportsOf(): Record<string, unknown> {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
}

describe('the npm package', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let pack: PackResult;
  let server: ReferenceServer;

  beforeAll(async () => {
    temp = await makeTempDir('logto-pack');
    [pack, server] = await Promise.all([packRepo(temp.dir), startReferenceServer()]);
  }, NPM_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
    await temp?.remove();
  });

  it('ships exactly the bundled ESM of each entry point and one shared chunk, the .d.ts of every src/ module, the spec, README and package.json', () => {
    expect(pack.files).toEqual(expectedFiles(pack.files));
    expect(pack.files.filter((file) => file.startsWith('dist/chunks/'))).toHaveLength(1);
  });

  it('exports each entry point as ESM with its types: the full client at ".", the small form at "./operations"', () => {
    expect(exportsOf()).toMatchObject({
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './operations': { types: './dist/operations.d.ts', import: './dist/operations.js' },
    });
    for (const name of Object.keys(PACKAGE_ENTRIES)) {
      expect(pack.files).toContain(`dist/${name}.js`);
      expect(pack.files).toContain(`dist/${name}.d.ts`);
    }
  });

  it(
    'installs from the tarball into an empty project that type-checks and calls the reference server',
    async () => {
      const app = path.join(temp.dir, 'consumer');
      await createConsumerProject(app, pack.tarball);
      const output = await typecheckAndRun(app, server);
      expect(output).toEqual({
        invitees: ['packaged@example.com'],
        missingStatus: 404,
        smallForm: { invitees: ['packaged@example.com'], missingStatus: 404 },
        specShipped: true,
      });
    },
    NPM_TIMEOUT_MS,
  );

  it('is publishable: not private, under a name the registry accepts', () => {
    // `npm publish --dry-run` says nothing about either; the real publish refuses a private package (EPRIVATE).
    const { name, private: isPrivate } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; private?: boolean };
    expect(isPrivate).not.toBe(true);
    // The registry's rule for new names (validate-npm-package-name): lower case, URL-safe, at most 214 characters.
    expect(name).toMatch(/^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/);
    expect(name.length).toBeLessThanOrEqual(214);
  });

  it(
    'passes npm publish --dry-run with no warning about the package',
    async () => {
      const { output } = await runWithOutput('npm', ['publish', '--dry-run'], REPO_ROOT);
      const { name, version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
      expect(output).toContain(`+ ${name}@${version}`);
      // The one warning a dry run gives every package on a machine not logged in to the registry.
      const warnings = output.split('\n').filter((line) => /^npm warn/i.test(line) && !line.includes('requires you to be logged in'));
      expect(warnings).toEqual([]);
    },
    NPM_TIMEOUT_MS,
  );
});
