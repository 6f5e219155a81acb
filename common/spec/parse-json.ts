import { jsonErrorOffset, lineAndColumn } from './json-error-offset.js';
import { jsonLocator, type Locator } from './source-locator.js';
import { formatAt, SpecError } from './spec-error.js';

/** JSON spec text, parsed, with a locator into it; a syntax error is a SpecError at its line and column. */
export function parseJsonText(text: string, source: string): { value: unknown; locate: Locator } {
  try {
    return { value: JSON.parse(text) as unknown, locate: jsonLocator(source, text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 quotes the whole input in some messages; keep only the part that says what is wrong.
    const reason = (message.split('\n')[0] ?? message).replace(/,\s*".*$/s, '').replace(/ (in JSON )?at position \d+.*$/s, '');
    const where = formatAt(source, lineAndColumn(text, jsonErrorOffset(text)));
    throw new SpecError(`${where}: invalid JSON: ${reason}; fix the JSON syntax`);
  }
}
