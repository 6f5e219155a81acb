import { parseDocument } from 'yaml';
import { CliError } from './cli-error.js';
import { findJsonErrorOffset, lineAndColumn } from './json-error-position.js';
import { isObject, type JsonObject } from './types.js';

/**
 * Parses spec text as JSON or YAML and checks it is an OpenAPI 3.x document.
 * `source` names the file or URL in messages; every failure is a one-line CliError (exit 2).
 */
export function parseSpecText(text: string, source: string): JsonObject {
  const parsed = looksLikeJson(source, text) ? parseJson(text, source) : parseYaml(text, source);
  return assertOpenApi3(parsed, source);
}

function looksLikeJson(source: string, text: string): boolean {
  return /\.json$/i.test(source) || /^\s*[[{]/.test(text);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { line, column } = lineAndColumn(text, findJsonErrorOffset(text));
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'invalid JSON';
    throw new CliError(`${source}:${line}:${column}: not valid JSON (${reason}); fix the file or pass a valid spec`, 2);
  }
}

function parseYaml(text: string, source: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const where = pos ? `${source}:${pos.line}:${pos.col}` : source;
    const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    throw new CliError(`${where}: not valid YAML (${reason}); fix the file or pass a valid spec`, 2);
  }
  return doc.toJS({ maxAliasCount: 10_000 });
}

export function assertOpenApi3(parsed: unknown, source: string): JsonObject {
  if (!isObject(parsed)) {
    throw new CliError(`${source}: not an OpenAPI document (expected an object at the top level)`, 2);
  }
  const version = parsed.openapi;
  if (typeof version !== 'string') {
    const hint = typeof parsed.swagger === 'string' ? ' (this is Swagger 2.0; convert it to OpenAPI 3 first)' : '';
    throw new CliError(`${source}: not an OpenAPI 3.x document: no "openapi" version field${hint}`, 2);
  }
  if (!/^3\.[01]\./.test(version)) {
    throw new CliError(`${source}: unsupported OpenAPI version "${version}"; only 3.0.x and 3.1.x are supported`, 2);
  }
  if (!isObject(parsed.paths) && parsed.paths !== undefined) {
    throw new CliError(`${source}: "paths" must be an object`, 2);
  }
  return parsed;
}
