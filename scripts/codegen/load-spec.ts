import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonErrorPosition, jsonLocator, parseYamlWithPositions, yamlLocator, type Locator } from './source-locator.js';
import { formatAt, SpecError } from './spec-error.js';

export interface LoadedSpec {
  /** Absolute path. */
  file: string;
  /** Path relative to the repo root, `/`-separated: what messages and the generated header show. */
  displayPath: string;
  document: unknown;
  locate: Locator;
}

export function displayPathOf(file: string, repoRoot: string): string {
  const relative = path.relative(repoRoot, file);
  return (relative === '' ? path.basename(file) : relative).split(path.sep).join('/');
}

export async function loadSpec(file: string, repoRoot: string): Promise<LoadedSpec> {
  const displayPath = displayPathOf(file, repoRoot);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SpecError(`${displayPath}: spec file not found; pass an existing file with --spec <file>`);
    if (code === 'EISDIR') throw new SpecError(`${displayPath}: is a directory, not a spec file; pass a .yaml or .json file with --spec <file>`);
    throw new SpecError(`${displayPath}: cannot read spec file (${code ?? String(error)})`);
  }
  return looksLikeJson(file, text) ? parseJson(file, displayPath, text) : parseYaml(file, displayPath, text);
}

function looksLikeJson(file: string, text: string): boolean {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return true;
  if (extension === '.yaml' || extension === '.yml') return false;
  return /^\s*[{[]/.test(text);
}

function parseJson(file: string, displayPath: string, text: string): LoadedSpec {
  try {
    return { file, displayPath, document: JSON.parse(text) as unknown, locate: jsonLocator(file, text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = jsonErrorPosition(file, text, message);
    // V8 quotes the whole input in some messages; keep only the part that says what is wrong.
    const reason = message.replace(/,\s*".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    throw new SpecError(`${formatAt(displayPath, position)}: invalid JSON: ${reason}`);
  }
}

function parseYaml(file: string, displayPath: string, text: string): LoadedSpec {
  const { document, lineCounter } = parseYamlWithPositions(text);
  const problem = document.errors[0];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    const reason = (problem.message.split('\n')[0] ?? problem.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError(`${formatAt(displayPath, { line, column: col })}: invalid YAML: ${reason}`);
  }
  return { file, displayPath, document: document.toJS({ maxAliasCount: -1 }) as unknown, locate: yamlLocator(document, lineCounter) };
}
