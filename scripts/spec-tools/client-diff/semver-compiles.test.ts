import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../codegen/generate-files.js';
import { makeRepoTempDir, runtimeImportFor } from '../../codegen/test-support/temp-dir.js';
import { typecheck, writeUsage } from '../../codegen/test-support/typecheck.js';
import { clientReportOf } from './client-report-of.js';

/**
 * The semver step is a claim about compiling code: "major" means code that compiled against the
 * old client may not compile (or may break at run time), "minor" and "patch" that it still
 * compiles. Here the claim is checked with the TypeScript compiler: each pair's two clients are
 * generated, and code written against the old one is type-checked against both.
 */
const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'diff');
const base = path.join(fixtures, 'base.yaml');

/** Code a user wrote against base.yaml's client: it calls every method and reads every field. */
const USES_EVERYTHING = `
async function usesEverything(): Promise<void> {
  await logto.default.getHealth();
  const list = await logto.default.listWidgets({ color: 'red' });
  const created = await logto.default.createWidget({ name: 'w', kind: 'small', note: 'n' });
  const one = await logto.default.getWidget('w1');
  for (const widget of [...list, created, one]) {
    const id: string = widget.id;
    const name: string = widget.name;
    const size: number = widget.size;
    const note: string | undefined = widget.note;
    void [id, name, size, note];
  }
}
void usesEverything;
`;

/** An exhaustive switch over a response enum: how code notices a value it does not handle. */
const EXHAUSTIVE_STATUS = `
async function label(): Promise<string> {
  const { status } = await logto.default.getWidget('w1');
  switch (status) {
    case 'Active':
      return 'on';
    case 'Retired':
      return 'off';
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
}
void label;
`;

const cases: { file: string; semver: 'major' | 'minor' | 'patch'; usage: string }[] = [
  { file: 'operation-removed.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'client-operation-renamed.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'client-tag-added.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'client-path-parameter-added.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'path-changed.yaml', semver: 'major', usage: "type GetOne = paths['/widgets/{id}']['get'];\nexport type { GetOne };\n" },
  { file: 'client-result-widened.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'parameter-became-required.yaml', semver: 'major', usage: 'void logto.default.listWidgets();\n' },
  { file: 'request-field-became-required.yaml', semver: 'major', usage: "void logto.default.createWidget({ name: 'w' });\n" },
  { file: 'client-request-field-retyped.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'request-field-removed.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'request-enum-narrowed.yaml', semver: 'major', usage: "void logto.default.createWidget({ name: 'w', kind: 'large' });\n" },
  { file: 'response-field-removed.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'response-field-retyped.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'response-field-optional.yaml', semver: 'major', usage: USES_EVERYTHING },
  { file: 'response-enum-widened.yaml', semver: 'major', usage: EXHAUSTIVE_STATUS },
  { file: 'client-response-enum-narrowed.yaml', semver: 'major', usage: EXHAUSTIVE_STATUS },
  { file: 'component-removed.yaml', semver: 'major', usage: "import type { components } from './generated/schema.js';\nexport type Saved = components['schemas']['Widget'];\n" },
  { file: 'operation-added.yaml', semver: 'minor', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
  { file: 'client-page-iterator-added.yaml', semver: 'minor', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
  { file: 'optional-parameter-added.yaml', semver: 'minor', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
  { file: 'response-field-added.yaml', semver: 'minor', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
  { file: 'documentation-changed.yaml', semver: 'patch', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
  { file: 'constraint-relaxed.yaml', semver: 'patch', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
  { file: 'response-added.yaml', semver: 'patch', usage: USES_EVERYTHING + EXHAUSTIVE_STATUS },
];

describe('spec:diff --client: the semver step agrees with the TypeScript compiler', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  /** Type errors per usage file, relative to the repo. */
  let diagnostics: string[];
  const usageFiles = new Map<string, { old: string; new: string }>();

  /** Generates the client for `spec` into `<dir>/generated/` and writes `usage` beside it. */
  const clientWithUsage = async (dir: string, spec: string, usage: string): Promise<string> => {
    const generated = path.join(dir, 'generated');
    await mkdir(generated, { recursive: true });
    const output = await generateFiles({ specFile: spec, runtimeImport: runtimeImportFor(generated) });
    for (const [name, text] of output.files) await writeFile(path.join(generated, name), text);
    return writeUsage(dir, 'logto', usage);
  };

  beforeAll(async () => {
    temp = await makeRepoTempDir('client-semver');
    for (const [index, { file, usage }] of cases.entries()) {
      const dir = path.join(temp.dir, String(index));
      usageFiles.set(file, { old: await clientWithUsage(path.join(dir, 'old'), base, usage), new: await clientWithUsage(path.join(dir, 'new'), path.join(fixtures, file), usage) });
    }
    // One program for every file: the compiler's start-up is paid once.
    diagnostics = typecheck([...usageFiles.values()].flatMap((files) => [files.old, files.new]));
  }, 240_000);

  afterAll(() => temp?.remove());

  const errorsIn = (file: string): string[] => {
    const relative = path.relative(path.resolve(fixtures, '..', '..', '..', '..'), file);
    return diagnostics.filter((line) => line.startsWith(`${relative}:`));
  };

  for (const { file, semver } of cases) {
    const compiles = semver !== 'major';
    it(`${file}: ${semver}, and code written against the old client ${compiles ? 'still compiles' : 'no longer compiles'}`, async () => {
      const files = usageFiles.get(file);
      if (!files) throw new Error(`no usage for ${file}`);
      expect((await clientReportOf(base, path.join(fixtures, file))).report.semver).toBe(semver);
      expect(errorsIn(files.old)).toEqual([]);
      if (compiles) expect(errorsIn(files.new)).toEqual([]);
      else expect(errorsIn(files.new)).not.toEqual([]);
    });
  }

  it('the whole generated code type-checks on both sides (only usage files have errors)', () => {
    expect(diagnostics.filter((line) => !/\/usage\.ts:/.test(line))).toEqual([]);
  });

  it('fails for the reason the report gives: a comparison with a removed enum value, a field that may be missing', () => {
    const newErrors = (file: string): string => errorsIn(usageFiles.get(file)?.new ?? '').join('\n');
    expect(newErrors('client-response-enum-narrowed.yaml')).toMatch(/Type '"Retired"' is not comparable to type '"Active"'/);
    expect(newErrors('response-enum-widened.yaml')).toMatch(/Type '"Archived"' is not assignable to type 'never'/);
    expect(newErrors('response-field-optional.yaml')).toMatch(/Type 'number \| undefined' is not assignable to type 'number'/);
    expect(newErrors('client-operation-renamed.yaml')).toMatch(/Property 'getWidget' does not exist/);
    expect(newErrors('client-path-parameter-added.yaml')).toMatch(/Expected 2-3 arguments, but got 1/);
  });
});
