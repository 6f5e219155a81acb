import path from 'node:path';
import { checkOpenApi, type OpenApiVersion } from './check-openapi.js';
import { checkRefs } from './check-refs.js';
import { dereference } from './deref.js';
import type { JsonObject } from './json-object.js';
import { parseJsonText } from './parse-json.js';
import { parseYamlText } from './parse-yaml.js';
import { readSourceText, sourceName } from './read-source.js';
import type { Locator } from './source-locator.js';

/** A spec every tool can work with: parsed, checked against the rules, its local `$ref`s resolved. */
export interface LoadedSpec {
  /** Absolute path of the file read; undefined for text that came from elsewhere (a URL, a test). */
  file: string | undefined;
  /** What messages and generated headers name it by (see sourceName). */
  source: string;
  /** The raw `openapi` field, e.g. `3.0.1`. */
  openapi: string;
  version: OpenApiVersion;
  /** `info.title`, or the source when it has none. */
  title: string;
  /** The document as parsed, refs untouched. */
  raw: JsonObject;
  /** Local `$ref`s inlined; a recursive one stays `$ref` (listed in cyclicRefs), so this is plain JSON. */
  document: JsonObject;
  cyclicRefs: string[];
  /** Where a value of `raw` is in the text: for `file:line:col` in messages and findings. */
  locate: Locator;
}

/** Reads a spec file, YAML or JSON. Every problem is a SpecError (exit 2) naming the file and place. */
export async function loadSpec(file: string): Promise<LoadedSpec> {
  const absolute = path.resolve(file);
  return parseSpecText(await readSourceText(absolute, 'spec'), sourceName(absolute), absolute);
}

/** The same for text in hand; `source` names it in messages (a file name decides JSON or YAML). */
export function parseSpecText(text: string, source: string, file?: string): LoadedSpec {
  const parsed = looksLikeJson(source, text) ? parseJsonText(text, source) : parseYamlText(text, source);
  const { document: raw, openapi, version } = checkOpenApi(parsed.value, source, parsed.locate);
  checkRefs(raw, source, parsed.locate);
  const { document, cyclicRefs } = dereference(raw, source, 'ref');
  const info = raw.info as { title?: unknown } | undefined;
  const title = typeof info?.title === 'string' ? info.title : source;
  return { file, source, openapi, version, title, raw, document, cyclicRefs, locate: parsed.locate };
}

/** By extension first; an unknown one (or none: a URL) goes by the first character. */
function looksLikeJson(source: string, text: string): boolean {
  const extension = path.extname(source).toLowerCase();
  if (extension === '.json') return true;
  if (extension === '.yaml' || extension === '.yml') return false;
  return /^\s*[{[]/.test(text);
}
