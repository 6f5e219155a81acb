import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.js';
import { isObject } from './spec/index.js';

/** The invitation family (openapi/carried-operations.json): an operation is in it if its operationId or any of its tags is listed. */
export interface CarriedOperations {
  tags: string[];
  operationIds: string[];
}

/**
 * `withoutList` is how the user does without the list in the tool at hand (spec:pull: `pass
 * --all`; spec:diff: `drop --carried`), so no error suggests a flag the tool rejects.
 */
export async function loadCarriedOperations(file: string, withoutList = 'drop --carried'): Promise<CarriedOperations> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the carried-operations list ${file}; restore it or ${withoutList}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: not valid JSON; expected {"tags": [...], "operationIds": [...]}`);
  }
  return parseCarriedOperations(parsed, file, withoutList);
}

function parseCarriedOperations(parsed: unknown, source: string, withoutList = 'drop --carried'): CarriedOperations {
  const shape = `expected {"tags": [string...], "operationIds": [string...]}`;
  if (!isObject(parsed)) throw new UsageError(`${source}: ${shape}`);
  const list = (key: 'tags' | 'operationIds'): string[] => {
    const value = parsed[key] ?? [];
    if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
      throw new UsageError(`${source}: "${key}" must be an array of strings; ${shape}`);
    }
    return value;
  };
  const carried = { tags: list('tags'), operationIds: list('operationIds') };
  if (carried.tags.length === 0 && carried.operationIds.length === 0) {
    throw new UsageError(`${source}: lists no tags and no operationIds; add some or ${withoutList}`);
  }
  return carried;
}

export function isCarried(operation: { operationId?: unknown; tags?: unknown }, carried: CarriedOperations): boolean {
  if (typeof operation.operationId === 'string' && carried.operationIds.includes(operation.operationId)) return true;
  return Array.isArray(operation.tags) && operation.tags.some((tag) => typeof tag === 'string' && carried.tags.includes(tag));
}
