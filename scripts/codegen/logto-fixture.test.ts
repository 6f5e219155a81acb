import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { makeRepoTempDir, runtimeImportFor } from './test-support/temp-dir.js';
import { typecheck } from './test-support/typecheck.js';

// CI clones the repo next to `shared/`, so the fixture is always at <repo>/../shared.
const LOGTO_SPEC = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'logto-1.42-management.openapi.json');

describe('generating from the full Logto 1.42 spec', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  let outDir: string;

  beforeAll(async () => {
    expect(existsSync(LOGTO_SPEC), `fixture missing: ${LOGTO_SPEC}`).toBe(true);
    temp = await makeRepoTempDir('codegen-logto');
    outDir = path.join(temp.dir, 'generated');
    const result = await runGenerate(['--spec', LOGTO_SPEC, '--out', outDir, '--runtime-import', runtimeImportFor(outDir)]);
    expect(result.stderr).toEqual([]);
    expect(result.exitCode).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await temp?.remove();
  });

  it('produces code that type-checks under the repo tsconfig', () => {
    const diagnostics = typecheck([path.join(outDir, 'apis.ts'), path.join(outDir, 'schema.ts')]);
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it('exposes every one of the 284 operations exactly once', async () => {
    const apis = await readFile(path.join(outDir, 'apis.ts'), 'utf8');
    const indexBody = apis.slice(apis.indexOf('export const operationIndex = {'), apis.indexOf('} as const;'));
    const entries = indexBody.split('\n').filter((line) => line.includes("methodName: '"));
    expect(entries).toHaveLength(284);
    const calls = apis.match(/this\.#client\.(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\(/g) ?? [];
    expect(calls).toHaveLength(284);
    expect(apis).toContain('export class OrganizationInvitationsApi {');
    expect(apis).toContain('organizationInvitations: new OrganizationInvitationsApi(client),');
    // Acronym tags camelCase the way people write them.
    expect(apis).toContain('samlApplications: new SAMLApplicationsApi(client),');
  });

  it('is deterministic: a second run reports no difference', async () => {
    const check = await runGenerate(['--check', '--spec', LOGTO_SPEC, '--out', outDir, '--runtime-import', runtimeImportFor(outDir)]);
    expect(check.stderr).toEqual([]);
    expect(check.exitCode).toBe(0);
    expect(check.stdout.join('\n')).toMatch(/^generate:check OK: .* \(284 operations\)$/);
  }, 120_000);
});
