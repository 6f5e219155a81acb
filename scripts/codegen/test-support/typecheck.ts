import path from 'node:path';
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
