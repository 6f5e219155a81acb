import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The TypeScript snippets of the documents (README.md and docs/*.md), read from the Markdown
 * itself and compiled against the package's public entry points, so that a snippet and the
 * library cannot drift apart: an edit to either that breaks a snippet fails `npm test`.
 *
 * A snippet is a fenced block whose info string is `ts` or `typescript`. Each compiles as a module
 * of its own (top-level await allowed), importing the package by its published name. A snippet may
 * use the names a reader has from the snippets before it (`logto`, `core`, ...): those are
 * declared for it, typed by the package, unless the snippet declares them itself.
 */
interface Snippet {
  /** The document, relative to the repository root. */
  file: string;
  /** The line of the document where the snippet's code starts (1-based). */
  line: number;
  code: string;
}

/** What a snippet may use without declaring it: the client and the values the prose has shown. */
const SNIPPET_CONTEXT: Record<string, string> = {
  logto: "import('logto-management-contract').LogtoClient",
  core: "import('logto-management-contract/operations').LogtoCore",
  endpoint: 'string',
  credentials: "import('logto-management-contract').ClientCredentials",
  invitation: "import('logto-management-contract').OrganizationInvitation",
  other: "import('logto-management-contract').OrganizationInvitation",
  myFetch: '(request: Request) => Promise<Response>',
  metrics: '{ record(status: number): void }',
};

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)[^\n]*$/;

/** Every `ts` / `typescript` block of a Markdown text, with the line its code starts on. */
export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', fence = '', language = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] as string).trimStart().startsWith(fence); j++) body.push((lines[j] as string).startsWith(indent) ? (lines[j] as string).slice(indent.length) : (lines[j] as string));
    if (language === 'ts' || language === 'typescript') snippets.push({ file, line: i + 2, code: body.join('\n') });
    i = j;
  }
  return snippets;
}

/** The names a snippet declares at its top level (imports, variables, functions, classes). */
function declaredNames(code: string): Set<string> {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** The module a snippet compiles as: the context it does not declare itself, then its code. */
export function snippetModule(snippet: Snippet): { text: string; preludeLines: number } {
  const declared = declaredNames(snippet.code);
  const prelude = Object.entries(SNIPPET_CONTEXT)
    .filter(([name]) => !declared.has(name))
    .map(([name, type]) => `declare const ${name}: ${type};`);
  return { text: `${prelude.map((line) => `${line}\n`).join('')}${snippet.code}\nexport {};\n`, preludeLines: prelude.length };
}

/**
 * The package's entry points as the snippets import them: each `exports` subpath of package.json
 * whose target is built from src/ (`./dist/operations.js` → src/operations.ts).
 */
export function packageEntryPoints(repoRoot: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = JSON.stringify(target).match(/\.\/dist\/([\w/.-]+)\.js/)?.[1];
    if (file) entries[subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`] = path.join(repoRoot, 'src', `${file}.ts`);
  }
  return entries;
}

/** Compiles every snippet; each problem as `file:line: message` at the document's own line. */
export function checkSnippets(snippets: readonly Snippet[], repoRoot: string): string[] {
  const entries = packageEntryPoints(repoRoot);
  const virtual = new Map<string, { snippet: Snippet; text: string; preludeLines: number }>();
  snippets.forEach((snippet, index) => {
    const module = snippetModule(snippet);
    virtual.set(path.join(repoRoot, '.doc-snippets', `${index}-${snippet.file.replace(/[^\w.-]/g, '_')}-${snippet.line}.ts`), { snippet, ...module });
  });
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    baseUrl: repoRoot,
    paths: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, [file]])),
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => virtual.get(name)?.text ?? readFile(name);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const entry = diagnostic.file ? virtual.get(diagnostic.file.fileName) : undefined;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!entry || diagnostic.start === undefined || !diagnostic.file) {
      problems.push(`${diagnostic.file ? path.relative(repoRoot, diagnostic.file.fileName) : '(compiler)'}: TS${diagnostic.code}: ${message}`);
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    problems.push(`${entry.snippet.file}:${entry.snippet.line + line - entry.preludeLines}: TS${diagnostic.code}: ${message}`);
  }
  return problems;
}
