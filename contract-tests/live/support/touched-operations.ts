import path from 'node:path';
import { OPERATIONS_TOUCHED } from '../scenarios/operations-touched.js';
import type { Observation } from './observation.js';

/** Where the hand-written tests are: every `*.live.test.ts` there declares the operations it sends to. */
export const HAND_WRITTEN_DIR = 'contract-tests/live/scenarios';
const DECLARATIONS_FILE = `${HAND_WRITTEN_DIR}/operations-touched.ts`;

/** Whether a test file (repository-relative) is a hand-written one (the whole-API scenarios, invalid bodies and generic phase derive their operations from data). */
export function isHandWritten(file: string): boolean {
  return path.posix.dirname(file) === HAND_WRITTEN_DIR && file.endsWith('.live.test.ts');
}

/** The operations a hand-written file declares it sends to; undefined for a file without a declaration. */
export function declaredFor(file: string, declarations: Readonly<Record<string, readonly string[]>> = OPERATIONS_TOUCHED): readonly string[] | undefined {
  return declarations[path.posix.basename(file)];
}

/**
 * Said when a hand-written test sent a request to an operation its file does not declare: the
 * declaration is what `contract:live --changed-since` selects the file by, so an undeclared
 * operation would let a change to it skip this test. Checked on every answer of every run (the
 * reference-server run of `npm test` runs them all), so a declaration cannot silently fall behind.
 */
export function undeclaredOperations(file: string, observations: readonly Observation[], declarations: Readonly<Record<string, readonly string[]>> = OPERATIONS_TOUCHED): string | undefined {
  const declared = declaredFor(file, declarations);
  const sent = [...new Set(observations.flatMap((o) => (o.operationId ? [o.operationId] : [])))].sort();
  if (declared === undefined) {
    return `${file} declares no operations: add "${path.posix.basename(file)}": ${JSON.stringify(sent)} (and what its other tests send) to OPERATIONS_TOUCHED in ${DECLARATIONS_FILE}; contract:live --changed-since selects a hand-written file by it`;
  }
  const missing = sent.filter((operationId) => !declared.includes(operationId));
  if (missing.length === 0) return undefined;
  return `this test sent ${missing.join(', ')}, which OPERATIONS_TOUCHED in ${DECLARATIONS_FILE} does not list for ${path.posix.basename(file)}: add ${missing.length > 1 ? 'them' : 'it'} (contract:live --changed-since selects a hand-written file by that list; a change to ${missing[0]} would skip this test)`;
}

/**
 * After a run of every hand-written test: the other direction, an operation a file declares and
 * none of its tests sent (a test changed and the declaration did not follow), and a declaration
 * for a file that is not there. Only meaningful when every hand-written test ran and sent all it
 * can: the full run against the embedded reference server (both e-mail connector states there);
 * `sendable` are the operations that server implements (a declared operation it does not
 * implement cannot be sent there, so it is not judged).
 */
export function staleDeclarations(
  observations: readonly Observation[],
  testFiles: readonly string[],
  sendable: ReadonlySet<string>,
  declarations: Readonly<Record<string, readonly string[]>> = OPERATIONS_TOUCHED,
): string[] {
  const problems: string[] = [];
  const handWritten = testFiles.filter(isHandWritten);
  for (const [name, declared] of Object.entries(declarations)) {
    const file = `${HAND_WRITTEN_DIR}/${name}`;
    if (!handWritten.includes(file)) {
      problems.push(`${DECLARATIONS_FILE} declares operations for ${name}, which did not run (no such file?): remove its entry`);
      continue;
    }
    const sent = new Set(observations.filter((o) => o.file === file && o.operationId).map((o) => o.operationId as string));
    const unsent = declared.filter((operationId) => sendable.has(operationId) && !sent.has(operationId));
    if (unsent.length > 0) problems.push(`${DECLARATIONS_FILE} says ${name} sends ${unsent.join(', ')}, which none of its tests sent in this full run: remove ${unsent.length > 1 ? 'them' : 'it'} from its list`);
  }
  return problems;
}
