import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../common/paths.js';

/**
 * The house's floors, bottom up. A file may import its own area and the areas its floor lists,
 * nothing above: dependencies point one way, down to `common/` and `src/`. Tests may also import
 * `test/` (their shared helpers); nothing that ships or runs outside a test may.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  // The ground of the tooling, and the library: they import nothing of ours.
  common: [],
  src: [],
  // The conformance library every suite shares.
  'contract-tests/lib': ['common'],
  // The scenario language (steps, placeholders, expectations) and the scenario sets.
  'contract-tests/scenarios': ['common', 'contract-tests/lib'],
  'contract-tests/reference-server': ['common', 'contract-tests/lib'],
  'contract-tests/mock': ['common', 'src', 'contract-tests/lib'],
  'contract-tests/live': ['common', 'src', 'contract-tests/lib', 'contract-tests/scenarios', 'contract-tests/reference-server'],
  'contract-tests/record': ['common', 'src', 'contract-tests/lib', 'contract-tests/scenarios', 'contract-tests/reference-server', 'contract-tests/live'],
  'contract-tests/traces': ['common', 'src', 'contract-tests/lib', 'contract-tests/scenarios', 'contract-tests/reference-server', 'contract-tests/live', 'contract-tests/record'],
  // The npm script entries and the tooling only they use stand on everything else.
  scripts: ['common', 'src', 'contract-tests/lib', 'contract-tests/scenarios', 'contract-tests/reference-server', 'contract-tests/mock', 'contract-tests/live', 'contract-tests/record', 'contract-tests/traces'],
  test: ['common', 'src', 'contract-tests/lib', 'contract-tests/scenarios', 'contract-tests/reference-server', 'contract-tests/live'],
};

/** The library ships with one runtime dependency; its files import nothing else. */
const LIBRARY_PACKAGES = /^(node:|openapi-fetch$)/;

function areaOf(file: string): string | undefined {
  const [top, second] = file.split('/');
  const area = top === 'contract-tests' ? `${top}/${second}` : top;
  return area !== undefined && area in MAY_IMPORT ? area : undefined;
}

function isTestFile(file: string): boolean {
  return file.endsWith('.test.ts') || file.startsWith('test/');
}

interface ImportEdge {
  file: string;
  specifier: string;
  /** Repository path of a relative import's target. */
  target?: string;
}

function importsOf(file: string, text = readFileSync(path.join(REPO_ROOT, file), 'utf8')): ImportEdge[] {
  const edges: ImportEdge[] = [];
  // TypeScript's own pre-parse: static imports, re-exports, side-effect and dynamic imports, and
  // nothing that merely looks like one inside a comment or a string.
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    const target = specifier.startsWith('.') ? path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(file), specifier)).split(path.sep).join('/') : undefined;
    edges.push({ file, specifier, ...(target ? { target } : {}) });
  }
  return edges;
}

/** The imports of `file` that name an area its floor may not import. */
function upwardImports(file: string, text?: string): string[] {
  const area = areaOf(file);
  if (area === undefined) return [];
  const allowed = new Set([area, ...(MAY_IMPORT[area] ?? []), ...(isTestFile(file) ? ['test'] : [])]);
  return importsOf(file, text)
    .filter((edge) => edge.target !== undefined && areaOf(edge.target) !== undefined && !allowed.has(areaOf(edge.target) as string))
    .map((edge) => `${file} imports ${edge.specifier} (${areaOf(edge.target as string)}: not below ${area})`);
}

const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z', '--', '*.ts'], { cwd: REPO_ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file !== '' && !file.startsWith('src/generated/') && !file.includes('/fixtures/'));

describe('dependencies point one way', () => {
  test('every TypeScript file outside generated code and fixtures belongs to a floor', () => {
    const homeless = sources.filter((file) => areaOf(file) === undefined && file.includes('/'));
    expect(homeless).toEqual([]);
  });

  test('no import runs back up a floor', () => {
    expect(sources.flatMap((file) => upwardImports(file))).toEqual([]);
  });

  test("the library's files import only node: modules, openapi-fetch and each other", () => {
    const foreign = sources
      .filter((file) => areaOf(file) === 'src' && !isTestFile(file))
      .flatMap((file) => importsOf(file))
      .filter((edge) => (edge.target === undefined ? !LIBRARY_PACKAGES.test(edge.specifier) : !edge.target.startsWith('src/')))
      .map((edge) => `${edge.file} imports ${edge.specifier}`);
    expect(foreign).toEqual([]);
  });

  test('the check finds an upward import in every form an import is written', () => {
    const text = [
      "import { a } from '../../scripts/x.js';",
      'export * from "../live/y.js";',
      "const z = await import('../../test/helpers/z.js');",
      "import '../lib/fine.js';",
      "// a comment that reads: import x from '../../scripts/not-an-import.js'",
    ].join('\n');
    expect(upwardImports('contract-tests/record/probe.ts', text)).toEqual([
      'contract-tests/record/probe.ts imports ../../scripts/x.js (scripts: not below contract-tests/record)',
      'contract-tests/record/probe.ts imports ../../test/helpers/z.js (test: not below contract-tests/record)',
    ]);
    expect(upwardImports('common/spec/probe.ts', "import { x } from '../../contract-tests/lib/x.js';")).toHaveLength(1);
    expect(upwardImports('src/probe.test.ts', "import { x } from '../test/helpers/x.js';")).toEqual([]);
  });
});
