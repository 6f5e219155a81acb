import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../common/paths.js';

/**
 * No export nobody imports: an export is a promise that someone outside the file uses the name.
 * Read from the files' syntax alone (no type check): what each file exports, and what every
 * file imports or re-exports from which file. The package's entry points (package.json
 * `exports`), the files the npm scripts run, tests, vitest configs and global setups are used by
 * definition; a name used only by a test is used. Generated code (src/generated/) is read for
 * what it imports and passes on, never reported: the generator decides what it exports.
 */
interface FileFacts {
  exports: Set<string>;
  /** Names this file takes from others: target file → names (`*` = all of them). */
  imports: Map<string, Set<string>>;
  /** `export * from` targets: their exports are this file's too. */
  reexportsAll: string[];
  /** `export { a as b } from`: b here is a there. */
  reexports: Array<{ from: string; name: string; as: string }>;
}

function factsOf(file: string, text: string, known: ReadonlySet<string>): FileFacts {
  const resolve = (fromFile: string, specifier: string): string | undefined => {
    if (!specifier.startsWith('.')) return undefined;
    const base = path.resolve(path.dirname(fromFile), specifier);
    return [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')].find((candidate) => known.has(candidate));
  };
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const facts: FileFacts = { exports: new Set(), imports: new Map(), reexportsAll: [], reexports: [] };
  const take = (target: string | undefined, name: string): void => {
    if (target) facts.imports.set(target, new Set([...(facts.imports.get(target) ?? []), name]));
  };
  const isExported = (node: ts.Node): boolean => (ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword) : false);
  // Only the file's own top-level statements export; an `export` inside `declare module 'x' {}`
  // adds to x's names, not to this file's.
  const isTopLevel = (node: ts.Node): boolean => node.parent === source;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolve(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (!clause) take(target, '*');
      if (clause?.name) take(target, 'default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) take(target, '*');
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) take(target, (element.propertyName ?? element.name).text);
    } else if (ts.isExportDeclaration(node)) {
      const target = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? resolve(file, node.moduleSpecifier.text) : undefined;
      if (!node.exportClause) {
        if (target) facts.reexportsAll.push(target);
      } else if (ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          facts.exports.add(element.name.text);
          if (target) facts.reexports.push({ from: target, name: (element.propertyName ?? element.name).text, as: element.name.text });
        }
      }
    } else if (ts.isExportAssignment(node)) {
      facts.exports.add('default');
    } else if (isExported(node) && isTopLevel(node)) {
      if (ts.isVariableStatement(node)) for (const declaration of node.declarationList.declarations) ts.isIdentifier(declaration.name) && facts.exports.add(declaration.name.text);
      else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) {
        const isDefault = (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        facts.exports.add(isDefault ? 'default' : node.name.text);
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      take(resolve(file, node.arguments[0].text), '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

/** The exports of `files` that no file imports, as `file: name`; files `unreported` only import. */
function unusedExports(files: ReadonlyMap<string, string>, entryPoints: ReadonlySet<string>, unreported: (file: string) => boolean = () => false): string[] {
  const known = new Set(files.keys());
  const facts = new Map([...files].map(([file, text]) => [file, factsOf(file, text, known)]));
  const used = new Map<string, Set<string>>();
  const use = (file: string, name: string, seen = new Set<string>()): void => {
    const key = `${file}\u0000${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    used.set(file, new Set([...(used.get(file) ?? []), name]));
    const own = facts.get(file);
    if (!own) return;
    // Using what a file passes on uses it where it comes from.
    for (const reexport of own.reexports) if (name === '*' || reexport.as === name) use(reexport.from, reexport.name, seen);
    for (const target of own.reexportsAll) use(target, name, seen);
  };
  for (const [, fact] of facts) for (const [target, names] of fact.imports) for (const name of names) use(target, name);
  for (const entry of entryPoints) use(entry, '*');
  const out: string[] = [];
  for (const [file, fact] of facts) {
    const names = used.get(file) ?? new Set<string>();
    if (names.has('*') || unreported(file)) continue;
    for (const name of fact.exports) if (!names.has(name)) out.push(`${path.relative(REPO_ROOT, file)}: ${name}`);
  }
  return out.sort();
}

/**
 * What package.json makes used: every `exports` target built from src/ (the package's entry
 * points), and every TypeScript file an npm script runs (`tsx scripts/bench.ts`,
 * `tsx contract-tests/reference-server/cli.ts`).
 */
function packageJsonEntryPoints(pkg: { exports?: unknown; scripts?: Record<string, string> }): Set<string> {
  const targets = JSON.stringify(pkg.exports ?? {}).match(/\.\/dist\/[\w/.-]+\.js/g) ?? [];
  const scriptFiles = Object.values(pkg.scripts ?? {}).flatMap((command) => command.match(/[\w./-]+\.ts\b/g) ?? []);
  return new Set([
    ...targets.map((target) => path.join(REPO_ROOT, target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))),
    ...scriptFiles.map((file) => path.join(REPO_ROOT, file)),
  ]);
}

const isGenerated = (file: string): boolean => path.relative(REPO_ROOT, file).startsWith('src/generated/');

describe('no unused exports', () => {
  it('every export of a hand-written module is imported somewhere (the package entry points and configs aside)', () => {
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z', '--', '*.ts'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0');
    const files = new Map(
      listed
        .filter((file) => file !== '' && !file.includes('/fixtures/') && existsSync(path.join(REPO_ROOT, file)))
        .map((file) => [path.join(REPO_ROOT, file), readFileSync(path.join(REPO_ROOT, file), 'utf8')] as const),
    );
    // A test's exports, configs' defaults and global setups are read by tools, not imported.
    const entries = packageJsonEntryPoints(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Parameters<typeof packageJsonEntryPoints>[0]);
    for (const file of files.keys()) if (/\.test\.ts$|vitest\.config\.ts$|global-setup\.ts$/.test(file)) entries.add(file);
    // Each line is `file: name`: drop `export` if only the file uses the name, delete what nobody uses.
    expect(unusedExports(files, entries, isGenerated)).toEqual([]);
  });

  it('finds an export nothing imports, follows re-exports, and counts namespace and dynamic imports', () => {
    const at = (name: string): string => path.join(REPO_ROOT, 'x', name);
    const files = new Map([
      [at('a.ts'), "export const used = 1;\nexport const unused = 2;\nexport function viaIndex() {}\nexport type T = string;"],
      [at('index.ts'), "export { viaIndex } from './a.js';\nexport * from './b.js';"],
      [at('b.ts'), 'export const fromStar = 1;\nexport const alsoStar = 2;'],
      [at('c.ts'), "import { used, type T } from './a.js';\nimport { viaIndex, fromStar } from './index.js';\nconst m = await import('./d.js');"],
      [at('d.ts'), 'export const dynamic = 1;'],
    ]);
    expect(unusedExports(files, new Set())).toEqual(['x/a.ts: unused', 'x/b.ts: alsoStar']);
  });

  it("does not count an interface of a module augmentation as the file's export", () => {
    const at = (name: string): string => path.join(REPO_ROOT, 'x', name);
    const files = new Map([[at('a.ts'), "declare module 'vitest' {\n  export interface ProvidedContext { plan: string }\n}\nexport const unused = 1;"]]);
    expect(unusedExports(files, new Set())).toEqual(['x/a.ts: unused']);
  });

  it('follows what generated code imports and passes on, and never reports its own exports', () => {
    const generated = path.join(REPO_ROOT, 'src/generated/operations.ts');
    const runtime = path.join(REPO_ROOT, 'src/runtime/paginate.ts');
    const entry = path.join(REPO_ROOT, 'src/operations.ts');
    const files = new Map([
      [runtime, 'export function paginate() {}\nexport interface PaginateOptions {}\nexport const unused = 1;'],
      [generated, "import { paginate, type PaginateOptions } from '../runtime/paginate.js';\nexport type { PaginateOptions };\nexport function listUsers() {}"],
      [entry, "export * from './generated/operations.js';"],
    ]);
    expect(unusedExports(files, new Set([entry]), isGenerated)).toEqual(['src/runtime/paginate.ts: unused']);
    // Without the generated file read, what only it uses would look unused.
    const withoutGenerated = new Map([...files].filter(([file]) => !isGenerated(file)));
    expect(unusedExports(withoutGenerated, new Set([entry]), isGenerated)).toEqual(['src/runtime/paginate.ts: PaginateOptions', 'src/runtime/paginate.ts: paginate', 'src/runtime/paginate.ts: unused']);
  });

  it('takes the entry points from package.json: the built exports and the files the npm scripts run', () => {
    const entries = packageJsonEntryPoints({
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './openapi.yaml': './openapi/logto-management.yaml' },
      scripts: { server: 'tsx contract-tests/reference-server/cli.ts', build: 'node --import tsx scripts/build.ts --check', lint: 'redocly lint openapi/x.yaml' },
    });
    expect([...entries].map((file) => path.relative(REPO_ROOT, file)).sort()).toEqual(['contract-tests/reference-server/cli.ts', 'scripts/build.ts', 'src/index.ts']);
  });
});
