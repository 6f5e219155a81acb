import { openapiOverlay, resolveJsonPath } from 'openapi-format';
import { nameAction, type OverlayAction, type OverlayDocument } from './overlay-document.js';
import { UsageError } from '../../../common/usage-error.js';
import { decodeLocalRef, encodePointer, isObject, type JsonObject } from '../../../common/spec/index.js';

interface ApplyResult {
  doc: JsonObject;
  /**
   * Actions whose target matched nothing, or whose update documents a schema property the target
   * does not have (merged, it would invent a field with no type): Logto changed under them.
   * `invented` lists such properties (JSON pointers inside the update); the rest of the action
   * was applied.
   */
  stale: (OverlayAction & { invented?: string[] })[];
  /** Actions that matched but changed nothing: Logto's spec now says the same itself. */
  unchanged: OverlayAction[];
}

/**
 * Applies the overlay's actions in order with openapi-format's Overlay implementation, one
 * action at a time so that each outcome belongs to exactly one action: whether its target
 * matched anything (the library's own count of used actions), whether it changed the document,
 * and any complaint the library prints (it reports problems on the console and skips the
 * action; here they fail the build instead, naming the action).
 */
export async function applyOverlay(spec: JsonObject, overlay: OverlayDocument): Promise<ApplyResult> {
  // The library edits the document it is given in place.
  let doc = structuredClone(spec);
  const stale: ApplyResult['stale'] = [];
  const unchanged: OverlayAction[] = [];
  for (const action of overlay.actions) {
    if (action.raw.remove === true) refuseSeveralElementsOfOneArray(doc, action, overlay.file);
    const update = action.raw.update;
    const invented = isObject(update) ? inventedProperties(resolveJsonPath(doc, action.target).map((node) => node.value), update) : [];
    const raw = isObject(update) && invented.length > 0 ? { ...action.raw, update: withoutPointers(update, invented) } : action.raw;
    const before = JSON.stringify(doc);
    const { result, complaints } = await capturingConsoleErrors(() =>
      openapiOverlay(doc, { overlaySet: { overlay: overlay.version, info: overlay.info, actions: [raw] } }),
    );
    if (complaints.length > 0) {
      throw new UsageError(`overlay action ${nameAction(action, overlay.file)} failed: ${complaints.join('; ')}`);
    }
    doc = result.data as JsonObject;
    const used = (result.resultData as { totalUsedActions?: number }).totalUsedActions ?? 0;
    if (used === 0) stale.push(action);
    else if (invented.length > 0) stale.push({ ...action, invented });
    else if (JSON.stringify(doc) === before) unchanged.push(action);
  }
  return { doc, stale, unchanged };
}

/** Keys that only document: an update made of these adds words, never structure. */
const DOCUMENTATION_KEYS = new Set(['description', 'title', 'summary', 'example', 'examples', 'externalDocs']);
/** Keys whose values are data, not spec objects: a `properties` inside them is not a schema's. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/**
 * Where `update` documents a schema property (a `properties` entry made only of documentation
 * keys) that a matched node does not have. Overlay `update` is a merge, so it would create the
 * property with words and no type: a field Logto's spec does not have. That happens when an
 * action written for one Logto meets another that lacks the field (1.42's `cimdClientId` on 1.40).
 */
function inventedProperties(nodes: readonly unknown[], update: JsonObject): string[] {
  const found = new Set<string>();
  const walk = (patch: JsonObject, node: unknown, at: string[]): void => {
    for (const [key, value] of Object.entries(patch)) {
      if (DATA_KEYS.has(key) || !isObject(value)) continue;
      const target = isObject(node) ? node[key] : undefined;
      if (key === 'properties') {
        for (const [name, property] of Object.entries(value)) {
          const existing = isObject(target) ? target[name] : undefined;
          if (existing === undefined && isObject(property) && Object.keys(property).every((k) => DOCUMENTATION_KEYS.has(k))) found.add(encodePointer([...at, key, name]));
          else if (isObject(property)) walk(property, existing, [...at, key, name]);
        }
      } else if (isObject(target)) walk(value, target, [...at, key]);
    }
  };
  for (const node of nodes) walk(update, node, []);
  return [...found].sort();
}

function withoutPointers(update: JsonObject, pointers: readonly string[]): JsonObject {
  const copy = structuredClone(update);
  for (const pointer of pointers) {
    const segments = decodeLocalRef(pointer) ?? [];
    const last = segments.pop();
    let parent: unknown = copy;
    for (const segment of segments) parent = isObject(parent) ? parent[segment] : undefined;
    if (isObject(parent) && last !== undefined) delete parent[last];
  }
  return copy;
}

/**
 * openapi-format removes matched array elements one by one by their original index, so removing
 * two elements of one array in one action removes the wrong second one. Only a target that can
 * match several nodes (a wildcard, a filter, a slice or a union) is checked.
 */
function refuseSeveralElementsOfOneArray(doc: JsonObject, action: OverlayAction, file: string): void {
  if (!/[*?:,]/.test(action.target)) return;
  const arrays = resolveJsonPath(doc, action.target)
    .map((node) => node.parent)
    .filter((parent) => Array.isArray(parent));
  if (new Set(arrays).size < arrays.length) {
    throw new UsageError(`overlay action ${nameAction(action, file)} removes several elements of one array; openapi-format would remove the wrong ones: write one action per element, the last index first`);
  }
}

/** openapi-format reports a skipped action on console.error; collect those lines instead of printing them. */
async function capturingConsoleErrors<T>(run: () => Promise<T>): Promise<{ result: T; complaints: string[] }> {
  const complaints: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    complaints.push(args.map(String).join(' '));
  };
  try {
    return { result: await run(), complaints };
  } finally {
    console.error = original;
  }
}
