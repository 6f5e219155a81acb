import { openapiOverlay, resolveJsonPath } from 'openapi-format';
import { nameAction, type OverlayAction, type OverlayDocument } from './overlay-document.js';
import { UsageError } from '../../../common/usage-error.js';
import type { JsonObject } from '../../../common/spec/index.js';

export interface ApplyResult {
  doc: JsonObject;
  /** Actions whose target matched nothing: Logto changed under them. */
  stale: OverlayAction[];
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
  const stale: OverlayAction[] = [];
  const unchanged: OverlayAction[] = [];
  for (const action of overlay.actions) {
    if (action.raw.remove === true) refuseSeveralElementsOfOneArray(doc, action, overlay.file);
    const before = JSON.stringify(doc);
    const { result, complaints } = await capturingConsoleErrors(() =>
      openapiOverlay(doc, { overlaySet: { overlay: overlay.version, info: overlay.info, actions: [action.raw] } }),
    );
    if (complaints.length > 0) {
      throw new UsageError(`overlay action ${nameAction(action, overlay.file)} failed: ${complaints.join('; ')}`);
    }
    doc = result.data as JsonObject;
    const used = (result.resultData as { totalUsedActions?: number }).totalUsedActions ?? 0;
    if (used === 0) stale.push(action);
    else if (JSON.stringify(doc) === before) unchanged.push(action);
  }
  return { doc, stale, unchanged };
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
