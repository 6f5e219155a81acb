import path from 'node:path';
import { collectApis } from './collect-operations.js';
import { emitApis } from './emit-apis.js';
import { emitSchema } from './emit-schema.js';
import { isRecord } from './json-pointer.js';
import { loadSpec } from './load-spec.js';
import { validateSpec } from './validate-spec.js';

export const DEFAULT_RUNTIME_IMPORT = '../runtime/unwrap.js';
/** Marks files the generator owns, so a regeneration may remove stale ones it once wrote. */
export const GENERATED_MARKER = 'do not edit; run npm run generate';

export interface GenerateInput {
  specFile: string;
  repoRoot: string;
  runtimeImport?: string;
}

export interface GeneratedOutput {
  /** File name (within the output dir) → content. */
  files: Map<string, string>;
  specDisplayPath: string;
  operationCount: number;
  apiCount: number;
}

export function headerFor(specDisplayPath: string): string {
  return `// generated from ${specDisplayPath} — ${GENERATED_MARKER}`;
}

/** Everything the generator writes, computed in memory (generate:check compares it with disk). */
export async function generateFiles(input: GenerateInput): Promise<GeneratedOutput> {
  const spec = await loadSpec(path.resolve(input.specFile), input.repoRoot);
  validateSpec(spec);
  const document = spec.document;
  if (!isRecord(document)) throw new Error('validateSpec accepted a non-object document');
  const header = headerFor(spec.displayPath);
  const apis = collectApis(document, spec.displayPath, spec.locate);
  const files = new Map<string, string>([
    ['apis.ts', emitApis(apis, { header, runtimeImport: input.runtimeImport ?? DEFAULT_RUNTIME_IMPORT })],
    ['schema.ts', await emitSchema(document, header, spec.displayPath)],
  ]);
  return {
    files,
    specDisplayPath: spec.displayPath,
    operationCount: apis.reduce((sum, api) => sum + api.operations.length, 0),
    apiCount: apis.length,
  };
}
