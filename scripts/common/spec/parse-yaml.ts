import { LineCounter, parseDocument } from 'yaml';
import { yamlLocator, type Locator } from './source-locator.js';
import { formatAt, SpecError } from './spec-error.js';

/**
 * How many alias expansions (`*name`) one document may make. A few are normal (the overlay shares
 * an example through one); an unbounded number lets a small fetched file expand into gigabytes
 * (the "billion laughs" attack). Ten thousand is far above any real spec and far below harm.
 */
export const MAX_YAML_ALIASES = 10_000;

/**
 * YAML text (spec or overlay), parsed, with a locator into it. Duplicate keys are refused (YAML
 * would keep the last and lose the rest silently); any error is a SpecError at its line and column.
 */
export function parseYamlText(text: string, source: string): { value: unknown; locate: Locator } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problem = document.errors[0];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    const reason = (problem.message.split('\n')[0] ?? problem.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError(`${formatAt(source, { line, column: col })}: invalid YAML: ${reason}; fix the YAML syntax`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new SpecError(`${source}: invalid YAML: ${error instanceof Error ? error.message : String(error)}; fix the YAML syntax`);
  }
  return { value, locate: yamlLocator(document, lineCounter) };
}
