import { readFile } from 'node:fs/promises';
import { parse as parseJsonPath } from 'jsonpathly';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { CliError } from '../cli-error.js';
import { isObject, type JsonObject } from '../types.js';

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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read overlay ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}; check --overlay`, 2);
  }
  return parseOverlay(text, file);
}

export function parseOverlay(text: string, file: string): OverlayDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) {
    const { line } = lineCounter.linePos(problem.pos[0]);
    throw new CliError(`${file}:${line}: invalid YAML: ${problem.message.split('\n')[0] ?? ''}`, 2);
  }
  const root: unknown = document.toJS({ maxAliasCount: -1 });
  if (!isObject(root) || typeof root.overlay !== 'string') {
    throw new CliError(`${file}: not an OpenAPI Overlay document (no top-level "overlay" version); see https://spec.openapis.org/overlay/v1.0.0`, 2);
  }
  if (!SUPPORTED_VERSION.test(root.overlay)) throw new CliError(`${file}: overlay version ${JSON.stringify(root.overlay)} is not supported; write "overlay: 1.0.0"`, 2);
  if (!isObject(root.info) || typeof root.info.title !== 'string' || typeof root.info.version !== 'string') {
    throw new CliError(`${file}: "info" needs a "title" and a "version" (Overlay 1.0 requires both)`, 2);
  }
  if (!Array.isArray(root.actions) || root.actions.length === 0) throw new CliError(`${file}: "actions" must be a non-empty list`, 2);

  const actionsNode = isMap(document.contents) ? document.contents.get('actions', true) : undefined;
  const lineOf = (index: number): number => {
    const node = isSeq(actionsNode) ? actionsNode.items[index] : undefined;
    const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? (node.range[0] as number) : 0;
    return lineCounter.linePos(offset).line;
  };

  const actions = root.actions.map((raw: unknown, index): OverlayAction => {
    const number = index + 1;
    const line = lineOf(index);
    const where = `${file}:${line}: action #${number}`;
    if (!isObject(raw)) throw new CliError(`${where} is not an object`, 2);
    if (typeof raw.target !== 'string' || !raw.target.startsWith('$')) throw new CliError(`${where}: "target" must be a JSONPath starting with "$"`, 2);
    if (typeof raw.description !== 'string' || raw.description.trim() === '') {
      throw new CliError(`${where} (target ${raw.target}) has no description; say what real Logto does and how we know (a trace step or a test name)`, 2);
    }
    const hasUpdate = Object.hasOwn(raw, 'update');
    if ('copy' in raw) throw new CliError(`${where}: "copy" is Overlay 1.1; use "update" or "remove"`, 2);
    if ('remove' in raw && raw.remove !== true) throw new CliError(`${where}: "remove" must be true when present`, 2);
    if (!hasUpdate && raw.remove !== true) throw new CliError(`${where} does nothing: give it "update" or "remove: true"`, 2);
    if (hasUpdate && raw.remove === true) throw new CliError(`${where} both removes and updates its target; split it into two actions`, 2);
    try {
      parseJsonPath(raw.target);
    } catch (error) {
      throw new CliError(`${where}: target ${raw.target} is not valid JSONPath (${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''})`, 2);
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
