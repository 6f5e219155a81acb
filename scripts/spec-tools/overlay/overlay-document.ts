import { parse as parseJsonPath } from 'jsonpathly';
import { UsageError } from '../../../common/usage-error.js';
import { isObject, parseYamlText, readSourceText, type JsonObject } from '../../../common/spec/index.js';

/** One correction: where it applies (a JSONPath), what it does, and why (our words). */
export interface OverlayAction {
  /** 1-based position in the overlay's `actions`. */
  number: number;
  /** Line of the action in the overlay file, for messages. */
  line: number;
  target: string;
  description: string;
  /** What the overlay library is handed: the action as written. */
  raw: { target: string; description: string; update?: unknown; remove?: true };
}

export interface OverlayDocument {
  /** As given on the command line, for messages. */
  file: string;
  version: string;
  info: JsonObject;
  actions: OverlayAction[];
}

/** OpenAPI Overlay 1.0 (what the corrections are written in; `copy` is 1.1 and not used). */
const SUPPORTED_VERSION = /^1\.0\.\d+$/;

/**
 * Reads an OpenAPI Overlay document and checks what the library would otherwise skip with a
 * console message: the version, each action's shape, and that each target is valid JSONPath.
 * Our own rule on top of the standard: every action has a `description` that says what real
 * Logto does and how we know, because a correction without its reason cannot be reviewed.
 */
export async function loadOverlay(file: string): Promise<OverlayDocument> {
  return parseOverlay(await readSourceText(file, 'overlay', 'check --overlay'), file);
}

export function parseOverlay(text: string, file: string): OverlayDocument {
  const { value: root, locate } = parseYamlText(text, file);
  if (!isObject(root) || typeof root.overlay !== 'string') {
    throw new UsageError(`${file}: not an OpenAPI Overlay document (no top-level "overlay" version); see https://spec.openapis.org/overlay/v1.0.0`);
  }
  if (!SUPPORTED_VERSION.test(root.overlay)) throw new UsageError(`${file}: overlay version ${JSON.stringify(root.overlay)} is not supported; write "overlay: 1.0.0"`);
  if (!isObject(root.info) || typeof root.info.title !== 'string' || typeof root.info.version !== 'string') {
    throw new UsageError(`${file}: "info" needs a "title" and a "version" (Overlay 1.0 requires both)`);
  }
  if (!Array.isArray(root.actions) || root.actions.length === 0) throw new UsageError(`${file}: "actions" must be a non-empty list`);

  const lineOf = (index: number): number => locate(['actions', String(index)])?.line ?? 1;

  const actions = root.actions.map((raw: unknown, index): OverlayAction => {
    const number = index + 1;
    const line = lineOf(index);
    const where = `${file}:${line}: action #${number}`;
    if (!isObject(raw)) throw new UsageError(`${where} is not an object`);
    if (typeof raw.target !== 'string' || !raw.target.startsWith('$')) throw new UsageError(`${where}: "target" must be a JSONPath starting with "$"`);
    if (typeof raw.description !== 'string' || raw.description.trim() === '') {
      throw new UsageError(`${where} (target ${raw.target}) has no description; say what real Logto does and how we know (a trace step or a test name)`);
    }
    const hasUpdate = Object.hasOwn(raw, 'update');
    if ('copy' in raw) throw new UsageError(`${where}: "copy" is Overlay 1.1; use "update" or "remove"`);
    if ('remove' in raw && raw.remove !== true) throw new UsageError(`${where}: "remove" must be true when present`);
    if (!hasUpdate && raw.remove !== true) throw new UsageError(`${where} does nothing: give it "update" or "remove: true"`);
    if (hasUpdate && raw.remove === true) throw new UsageError(`${where} both removes and updates its target; split it into two actions`);
    try {
      parseJsonPath(raw.target);
    } catch (error) {
      throw new UsageError(`${where}: target ${raw.target} is not valid JSONPath (${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''})`);
    }
    const description = raw.description.trim();
    return { number, line, target: raw.target, description, raw: { target: raw.target, description, ...(hasUpdate ? { update: raw.update } : { remove: true }) } };
  });
  return { file, version: root.overlay, info: root.info, actions };
}

const MAX_SUMMARY = 140;

/** How messages name an action: number, file and line, the first sentence of its description, and its target. */
export function nameAction(action: OverlayAction, file: string): string {
  return `#${action.number} (${file}:${action.line}) "${firstSentence(action.description)}" target ${action.target}`;
}

export function firstSentence(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  const sentence = end === -1 ? flat : flat.slice(0, end + 1);
  return sentence.length > MAX_SUMMARY ? `${sentence.slice(0, MAX_SUMMARY - 1)}…` : sentence;
}
