import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORTS, DEFAULT_SPEC } from '../suite-options.js';
import { parseContractMockArgs, prepare, USAGE } from './run-contract-mock.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const badYaml = join(dir, 'broken.yaml');
writeFileSync(badYaml, 'openapi: 3.0.3\npaths: [unclosed\n');
const swagger = join(dir, 'swagger.json');
writeFileSync(swagger, '{"swagger": "2.0", "paths": {}}');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { cwd: dir, out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('contract:mock arguments', () => {
  it('defaults to the checked-in spec and reports/mock, resolves given paths against the cwd', () => {
    expect(parseContractMockArgs([], '/w')).toEqual({ spec: DEFAULT_SPEC, reports: DEFAULT_REPORTS });
    expect(parseContractMockArgs(['--', '--spec', '../s.json', '--reports=out'], '/w/repo')).toEqual({ spec: '/w/s.json', reports: '/w/repo/out' });
  });

  it.each([
    ['a missing spec', ['--spec', 'no/such/spec.yaml'], /^contract:mock: .*\/cli-\w+\/no\/such\/spec\.yaml: cannot read the spec \(no such file\); check the path$/],
    ['an unparsable spec', ['--spec', badYaml], /^contract:mock: .*broken\.yaml:\d+:\d+: invalid YAML: .*; fix the YAML syntax$/],
    ['a spec that is not OpenAPI 3', ['--spec', swagger], /^contract:mock: .*swagger\.json:1:\d+: Swagger 2\.0 is not supported; convert the spec to OpenAPI 3\.0 or 3\.1$/],
    ['an unknown flag', ['--sepc', 'x.yaml'], new RegExp(`^contract:mock: unknown argument "--sepc"; ${USAGE.replace(/[[\]|.]/g, '\\$&')}$`)],
    ['a flag without a value', ['--reports'], /^contract:mock: --reports needs a value/],
  ])('rejects %s with one line and exit code 2, before starting anything', async (_name, argv, message) => {
    const { out, err, io: sink } = io();
    expect(await prepare(argv, sink)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it.each([
    ['CONTRACT_MOCK_PRISM_INSTANCES', '0', /^contract:mock: CONTRACT_MOCK_PRISM_INSTANCES="0" is not a number of Prism instances; use a whole number from 1 to 64, or leave it unset for one per core$/],
    ['CONTRACT_MOCK_PRISM_LOG_LEVEL', 'loud', /^contract:mock: CONTRACT_MOCK_PRISM_LOG_LEVEL="loud" is not a Prism log level; use one of trace, debug, info, warn, error, fatal, silent$/],
  ])('rejects %s=%s with one line and exit code 2, before starting anything', async (name, value, message) => {
    const { out, err, io: sink } = io();
    expect(await prepare([], { ...sink, env: { [name]: value } })).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringMatching(message)]);
  });

  it('prints usage for --help', async () => {
    const { out, io: sink } = io();
    expect(await prepare(['--help'], sink)).toBe(0);
    expect(out).toEqual([USAGE]);
  });
});
