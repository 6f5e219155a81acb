import { CORE_SCHEMA, load as loadYamlFast } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import { yamlLocator, type Locator } from './source-locator.js';
import { formatAt, SpecError } from './spec-error.js';

/**
 * How many alias expansions (`*name`) one document may make. A few are normal (the overlay shares
 * an example through one); an unbounded number lets a small fetched file expand into gigabytes
 * (the "billion laughs" attack). Ten thousand is far above any real spec and far below harm.
 */
const MAX_YAML_ALIASES = 10_000;

/**
 * An anchor (`&name`) where a node can start. Without one a document cannot hold an alias, so the
 * alias limit has nothing to count. Over-matching (an `&` in prose) only costs the fast path.
 */
const MAY_HAVE_ANCHOR = /(?:^|[\s[{,])&[^\s,[\]{}]/m;

/**
 * YAML text (spec or overlay), parsed, with a locator into it. Duplicate keys are refused (YAML
 * would keep the last and lose the rest silently); any error is a SpecError at its line and column.
 *
 * Two parsers, one answer. `yaml` keeps every node's position and counts aliases, and is slow on
 * a large spec (about 1.3 s for our 30,000-line one, most of a cold `npm run generate`); js-yaml
 * builds the same value about seven times faster but knows no positions. So a document without
 * anchors is read by js-yaml with the YAML 1.2 core schema (the one `yaml` uses: no timestamps, no
 * merge keys), and `yaml` is run only when it is needed: for a document with anchors (the alias
 * limit), for one js-yaml refuses (the error then comes, with its line and column, from `yaml`),
 * and, lazily, the first time a position is asked for. `parse-yaml.test.ts` holds both to the
 * same value on every YAML file in the repository.
 */
export function parseYamlText(text: string, source: string): { value: unknown; locate: Locator } {
  return (MAY_HAVE_ANCHOR.test(text) ? undefined : parseFast(text, source)) ?? parseWithPositions(text, source);
}

/** js-yaml's reading, or undefined when it refuses the text (the positioned parser then says why, and where). */
function parseFast(text: string, source: string): { value: unknown; locate: Locator } | undefined {
  let value: unknown;
  try {
    value = loadYamlFast(text, { schema: CORE_SCHEMA, filename: source });
  } catch {
    return undefined;
  }
  return { value, locate: lazyLocator(text, source) };
}

function parseWithPositions(text: string, source: string): { value: unknown; locate: Locator } {
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

/** Positions for text js-yaml read: the positioned parse runs on the first lookup only. */
function lazyLocator(text: string, source: string): Locator {
  let locate: Locator | undefined;
  return (tokens) => {
    locate ??= parseWithPositions(text, source).locate;
    return locate(tokens);
  };
}
