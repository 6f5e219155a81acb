import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import ts from 'typescript';
import { REPO_ROOT } from '../run-generate.js';

/**
 * Type-checks `files` with the repo's own tsconfig compiler options (strict,
 * noUncheckedIndexedAccess, NodeNext, ...), returning one formatted line per diagnostic.
 */
export function typecheck(files: string[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('cannot read tsconfig.json');
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(REPO_ROOT, diagnostic.file.fileName)}:${line + 1}:${character + 1}: ${message}`;
  });
}

/**
 * Writes `<dir>/usage.ts`: a caller of the client generated into `<dir>/generated/`, with the
 * client built as `const <client> = createApis(...)` and `body` after it. Returns its path.
 */
export async function writeUsage(dir: string, client: string, body: string): Promise<string> {
  const file = path.join(dir, 'usage.ts');
  const prelude = [
    "import createClient from 'openapi-fetch';",
    "import { createApis } from './generated/apis.js';",
    "import type { paths } from './generated/schema.js';",
    '',
    `const ${client} = createApis(createClient<paths>({ baseUrl: 'http://127.0.0.1:9' }));`,
    '',
  ].join('\n');
  await writeFile(file, `${prelude}${body}`);
  return file;
}
