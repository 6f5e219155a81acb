import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { makeRepoTempDir } from './test-support/temp-dir.js';

const FIXTURES = 'scripts/codegen/fixtures';

describe('a broken spec fails with a short message naming the file and the place', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  let outDir: string;

  beforeAll(async () => {
    temp = await makeRepoTempDir('codegen-broken');
    outDir = path.join(temp.dir, 'generated');
  });

  afterAll(async () => {
    await temp?.remove();
  });

  const cases: Array<{ fixture: string; message: RegExp }> = [
    { fixture: 'invalid-yaml.yaml', message: /^invalid-yaml\.yaml:9:16: invalid YAML: Nested mappings are not allowed in compact mappings; fix the YAML syntax$/ },
    { fixture: 'invalid-json.json', message: /^invalid-json\.json:5:56: invalid JSON: Expected double-quoted property name; fix the JSON syntax$/ },
    {
      fixture: 'dangling-ref.yaml',
      message: /^dangling-ref\.yaml:15:\d+: dangling \$ref at #\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema: target #\/components\/schemas\/Thing does not exist$/,
    },
    {
      fixture: 'external-ref.yaml',
      message: /^external-ref\.yaml:11:\d+: \$ref at #\/paths\/~1things\/get\/responses\/200 points outside this file \(\.\/responses\.yaml#\/Things\); bundle the spec into one file first/,
    },
    { fixture: 'not-openapi.yaml', message: /^not-openapi\.yaml: not an OpenAPI 3\.x document \(no top-level "openapi" field\)$/ },
    { fixture: 'swagger-2.json', message: /^swagger-2\.json:2:\d+: Swagger 2\.0 is not supported; convert the spec to OpenAPI 3\.0 or 3\.1$/ },
    { fixture: 'unsupported-version.yaml', message: /^unsupported-version\.yaml:1:\d+: unsupported OpenAPI version "4\.0\.0"; supported: 3\.0\.x and 3\.1\.x$/ },
    { fixture: 'undeclared-path-param.yaml', message: /^undeclared-path-param\.yaml:8:\d+: GET \/things\/\{id\} .*uses path parameter \{id\} but does not declare it/ },
    { fixture: 'no-such-spec.yaml', message: /^no-such-spec\.yaml: cannot read the spec \(no such file\); check the path$/ },
  ];

  for (const { fixture, message } of cases) {
    it(`${fixture}: exit 2 (bad input), one line, nothing written`, async () => {
      const result = await runGenerate(['--spec', path.join(REPO_ROOT, FIXTURES, fixture), '--out', outDir]);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toEqual([]);
      expect(result.stderr).toHaveLength(1);
      const [line = ''] = result.stderr;
      expect(line.startsWith(`${FIXTURES}/${fixture}`)).toBe(true);
      expect(line.slice(`${FIXTURES}/`.length)).toMatch(message);
      expect(existsSync(outDir)).toBe(false);
    });
  }

  it('lists several dangling $refs, one per line', async () => {
    const spec = path.join(temp.dir, 'many-dangling.json');
    const paths = Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [
        `/t${index}`,
        { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/M${index}` } } } } } } },
      ]),
    );
    await writeFile(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }, null, 2));
    const result = await runGenerate(['--spec', spec, '--out', outDir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.join('\n').split('\n')).toHaveLength(6);
    expect(result.stderr.join('\n')).toMatch(/\.\.\. and 2 more unresolved \$ref\(s\)/);
  });

  it('rejects an unknown argument with exit code 2 and points at --help', async () => {
    const result = await runGenerate(['--sepc', 'x.yaml']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toEqual(['generate: unknown argument "--sepc"; run with --help for the options']);
    const missingValue = await runGenerate(['--spec']);
    expect(missingValue.exitCode).toBe(2);
    expect(missingValue.stderr[0]).toMatch(/^generate: --spec needs a value/);
  });

  it('prints no stack trace from the real command line', () => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const child = spawnSync(tsx, ['scripts/generate.ts', '--spec', `${FIXTURES}/dangling-ref.yaml`, '--out', outDir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr.trim().split('\n')).toHaveLength(1);
    expect(child.stderr).toMatch(/^scripts\/codegen\/fixtures\/dangling-ref\.yaml:15:\d+: dangling \$ref/);
    expect(child.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
