import path from 'node:path';
import { collectApis, sharedOperationIds } from './collect-operations.js';
import { emitApis } from './emit-apis.js';
import { emitOperations } from './emit-operations.js';
import { emitRoutes } from './emit-routes.js';
import { emitSchema } from './emit-schema.js';
import { listSpecOperations, loadSpec } from '../../common/spec/index.js';

const DEFAULT_RUNTIME_IMPORT = '../runtime/unwrap.js';
/** Marks files the generator owns, so a regeneration may remove stale ones it once wrote. */
export const GENERATED_MARKER = 'do not edit; run npm run generate';

interface GenerateInput {
  specFile: string;
  runtimeImport?: string;
}

interface GeneratedOutput {
  /** File name (within the output dir) → content. */
  files: Map<string, string>;
  specDisplayPath: string;
  operationCount: number;
  apiCount: number;
  /** How many page-based lists got an iterator method. */
  iteratorCount: number;
  /** Things the generator worked around (shared operationIds), for the command's output. */
  notes: string[];
}

function headerFor(specDisplayPath: string): string {
  return `// generated from ${specDisplayPath} — ${GENERATED_MARKER}`;
}

/** Everything the generator writes, computed in memory (generate:check compares it with disk). */
export async function generateFiles(input: GenerateInput): Promise<GeneratedOutput> {
  const spec = await loadSpec(path.resolve(input.specFile));
  // The raw document: openapi-typescript turns its `$ref`s into named types.
  const document = spec.raw;
  const header = headerFor(spec.source);
  const apis = collectApis(document, spec.source, spec.locate);
  const shared = sharedOperationIds(document);
  const runtimeImport = input.runtimeImport ?? DEFAULT_RUNTIME_IMPORT;
  const files = new Map<string, string>([
    ['apis.ts', emitApis(apis, { header })],
    ['operations.ts', emitOperations(apis, { header, runtimeImport, paginateImport: siblingModule(runtimeImport, 'paginate.js') })],
    ['routes.ts', emitRoutes(apis, header)],
    ['schema.ts', await emitSchema(withoutOperationIds(document, shared), header, spec.source)],
  ]);
  const operations = apis.flatMap((api) => api.operations);
  return {
    files,
    specDisplayPath: spec.source,
    operationCount: operations.length,
    apiCount: apis.length,
    iteratorCount: operations.filter((operation) => operation.paginated).length,
    notes: [...shared].sort().map((id) => `operationId ${JSON.stringify(id)} is used by ${operations.filter((operation) => operation.sharedOperationId === id).length} operations; each is named by method and path instead`),
  };
}

/** The page iterator runtime lives beside `unwrap` (`../runtime/unwrap.js` → `../runtime/paginate.js`). */
function siblingModule(specifier: string, file: string): string {
  const slash = specifier.lastIndexOf('/');
  return slash === -1 ? `./${file}` : `${specifier.slice(0, slash + 1)}${file}`;
}

/**
 * A copy without the given operationIds, for openapi-typescript: it keys `operations` by
 * operationId, so two operations sharing one would share (and clobber) one type. Without the id
 * their types stay inline under `paths`, which is where apis.ts then looks for them.
 */
function withoutOperationIds(document: Record<string, unknown>, ids: Set<string>): Record<string, unknown> {
  if (ids.size === 0) return document;
  const copy = structuredClone(document);
  for (const { operation } of listSpecOperations(copy)) {
    if (typeof operation.operationId === 'string' && ids.has(operation.operationId)) delete operation.operationId;
  }
  return copy;
}
