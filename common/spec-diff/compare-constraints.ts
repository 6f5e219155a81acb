import { emitChange, type Scope } from './change.js';
import type { Direction } from './direction.js';
import { stableStringify } from './stable-stringify.js';
import { joinPointer, type JsonObject } from '../spec/index.js';

const LOWER_BOUNDS = ['minLength', 'minItems', 'minProperties', 'minimum'] as const;
const UPPER_BOUNDS = ['maxLength', 'maxItems', 'maxProperties', 'maximum'] as const;
/** Keywords where any new or different value may reject something the old one accepted. */
const OPAQUE = ['pattern', 'format', 'multipleOf', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

/**
 * Validation constraints bind what a client sends: tightened in a request is breaking, relaxed is
 * not. In a response neither is breaking, because generated client types do not encode them.
 */
export function compareConstraints(scope: Scope, direction: Direction, oldSchema: JsonObject, newSchema: JsonObject, location: string, subject: string): void {
  const report = (key: string, tightened: boolean): void => {
    const before = oldSchema[key];
    const after = newSchema[key];
    const cls = direction === 'request' && tightened ? 'breaking' : 'non-breaking';
    const shown = (v: unknown): string => (v === undefined ? 'none' : JSON.stringify(v));
    emitChange(scope, cls, tightened ? 'constraint-tightened' : 'constraint-relaxed', joinPointer(location, key), `${subject}: ${key} ${shown(before)} → ${shown(after)} (${tightened ? 'tightened' : 'relaxed'})`);
  };
  for (const key of LOWER_BOUNDS) {
    const before = oldSchema[key];
    const after = newSchema[key];
    if (before === after) continue;
    if (typeof after !== 'number') report(key, false);
    else report(key, typeof before !== 'number' || after > before);
  }
  for (const key of UPPER_BOUNDS) {
    const before = oldSchema[key];
    const after = newSchema[key];
    if (before === after) continue;
    if (typeof after !== 'number') report(key, false);
    else report(key, typeof before !== 'number' || after < before);
  }
  for (const key of OPAQUE) {
    const before = oldSchema[key];
    const after = newSchema[key];
    if (stableStringify(before) === stableStringify(after)) continue;
    if (key === 'pattern' && reportRegexLiteral(scope, direction, before, after, joinPointer(location, key), subject)) continue;
    report(key, after !== undefined && after !== false);
  }
  if ((oldSchema.uniqueItems === true) !== (newSchema.uniqueItems === true)) report('uniqueItems', newSchema.uniqueItems === true);
  if (stableStringify(oldSchema.default) !== stableStringify(newSchema.default)) {
    emitChange(scope, 'non-breaking', 'default-changed', joinPointer(location, 'default'), `${subject}: default ${JSON.stringify(oldSchema.default) ?? 'none'} → ${JSON.stringify(newSchema.default) ?? 'none'}`);
  }
}

/** `"/^\\d+$/"`: a JavaScript regex literal where a pattern belongs (Logto serves these). */
function regexLiteralBody(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^\/(.*)\/[dgimsuvy]*$/s.exec(value)?.[1];
}

/**
 * Read as an ECMA-262 pattern, a regex literal demands literal slashes around the value, so it
 * matches (almost) nothing the author meant. Replacing it by its body relaxes the constraint;
 * the reverse tightens it. Named explicitly because "pattern changed" alone would hide why.
 */
function reportRegexLiteral(scope: Scope, direction: Direction, before: unknown, after: unknown, location: string, subject: string): boolean {
  const oldBody = regexLiteralBody(before);
  const newBody = regexLiteralBody(after);
  if (oldBody !== undefined && oldBody === after) {
    emitChange(scope, 'non-breaking', 'constraint-relaxed', location, `${subject}: pattern ${JSON.stringify(before)} → ${JSON.stringify(after)} (relaxed: the old value is a JavaScript regex literal, which as a pattern requires literal slashes)`);
    return true;
  }
  if (newBody !== undefined && newBody === before) {
    const cls = direction === 'request' ? 'breaking' : 'non-breaking';
    emitChange(scope, cls, 'constraint-tightened', location, `${subject}: pattern ${JSON.stringify(before)} → ${JSON.stringify(after)} (tightened: the new value is a JavaScript regex literal, which as a pattern requires literal slashes)`);
    return true;
  }
  return false;
}
