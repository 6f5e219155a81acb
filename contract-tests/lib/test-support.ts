import { parseSpecText, type LoadedSpec } from '../../common/spec/index.js';

/** Builds a LoadedSpec from an inline object (unit tests only). */
export function specFrom(document: Record<string, unknown>): LoadedSpec {
  return parseSpecText(JSON.stringify(document), 'inline.json');
}
