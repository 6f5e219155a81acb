import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { SpecError } from './spec-error.js';
import { derefLocal } from './deref.js';

export type OpenApiVersion = '3.0' | '3.1';

export interface LoadedSpec {
  /** Where it was read from (as given). */
  source: string;
  version: OpenApiVersion;
  /** The raw `openapi` field, e.g. `3.0.1`. */
  openapi: string;
  title: string;
  /** Local `$ref`s inlined; see derefLocal for the cyclic case. */
  document: Record<string, unknown>;
  /** The document as parsed, refs untouched (the validator resolves cyclic refs against it). */
  raw: Record<string, unknown>;
  cyclicRefs: string[];
}

/** Reads an OpenAPI 3.0/3.1 document (YAML or JSON) and inlines its local `$ref`s. */
export async function loadSpec(path: string): Promise<LoadedSpec> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SpecError(`cannot read spec "${path}" (${code ?? 'read error'}); pass an existing file with --spec <file>`);
  }
  return parseSpecText(text, path);
}

export function parseSpecText(text: string, source: string): LoadedSpec {
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, but JSON.parse is much faster on a 650 KB document.
    parsed = source.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new SpecError(`cannot parse spec "${source}": ${reason}; fix the YAML/JSON syntax`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SpecError(`spec "${source}" is not an OpenAPI document (expected a mapping at the top level)`);
  }
  const raw = parsed as Record<string, unknown>;
  const openapi = typeof raw.openapi === 'string' ? raw.openapi : '';
  const version: OpenApiVersion | undefined = openapi.startsWith('3.0') ? '3.0' : openapi.startsWith('3.1') ? '3.1' : undefined;
  if (!version) {
    const found = raw.swagger ? `swagger ${String(raw.swagger)}` : openapi ? `openapi ${openapi}` : 'no "openapi" field';
    throw new SpecError(`spec "${source}" is not OpenAPI 3.0/3.1 (${found}); convert it to OpenAPI 3.x`);
  }
  if (raw.paths === null || typeof raw.paths !== 'object') {
    throw new SpecError(`spec "${source}" has no "paths" object; add the operations to test`);
  }
  const { document, cyclicRefs } = derefLocal(raw);
  const info = raw.info as { title?: unknown } | undefined;
  return { source, version, openapi, title: typeof info?.title === 'string' ? info.title : source, document, raw, cyclicRefs };
}
