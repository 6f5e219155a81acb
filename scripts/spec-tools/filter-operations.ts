import { isCarried, type CarriedOperations } from '../../common/carried-operations.js';
import { isHttpMethod, isObject, type JsonObject } from '../../common/spec/index.js';

interface FilterResult {
  doc: JsonObject;
  kept: number;
  dropped: number;
  /** Carried operationIds the document does not have (renamed or removed upstream?). */
  missingOperationIds: string[];
}

/**
 * Keeps only the carried operations (paths left without operations disappear) and the tags they
 * use. Components are left alone; prune them afterwards.
 */
export function filterOperations(doc: JsonObject, carried: CarriedOperations): FilterResult {
  const paths: JsonObject = {};
  const seenIds = new Set<string>();
  const usedTags = new Set<string>();
  let kept = 0;
  let dropped = 0;
  for (const [route, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const keptItem: JsonObject = {};
    let keptHere = 0;
    for (const [key, value] of Object.entries(item)) {
      if (!isHttpMethod(key)) {
        keptItem[key] = value;
        continue;
      }
      if (!isObject(value)) continue;
      if (typeof value.operationId === 'string') seenIds.add(value.operationId);
      if (!isCarried(value, carried)) {
        dropped += 1;
        continue;
      }
      keptItem[key] = value;
      keptHere += 1;
      if (Array.isArray(value.tags)) for (const tag of value.tags) if (typeof tag === 'string') usedTags.add(tag);
    }
    if (keptHere > 0) paths[route] = keptItem;
    kept += keptHere;
  }
  const out: JsonObject = { ...doc, paths };
  if (Array.isArray(doc.tags)) out.tags = doc.tags.filter((tag) => isObject(tag) && typeof tag.name === 'string' && usedTags.has(tag.name));
  const missingOperationIds = carried.operationIds.filter((id) => !seenIds.has(id));
  return { doc: out, kept, dropped, missingOperationIds };
}
