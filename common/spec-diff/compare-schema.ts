import { emitChange, type ChangeClass, type Scope } from './change.js';
import { compareConstraints } from './compare-constraints.js';
import { narrowing, widening, type Direction } from './direction.js';
import { compareDocumentation } from './documentation.js';
import { stableStringify } from './stable-stringify.js';
import { childSubject, describeSubject, type Subject } from './subject.js';
import { describeTypes, typesCover, viewSchema, type SchemaView } from './schema-view.js';
import { joinPointer, isObject, type JsonObject } from '../spec/index.js';

/** Per-comparison state: pairs already compared, so recursive (cyclic) schemas terminate. */
interface SchemaContext {
  scope: Scope;
  direction: Direction;
  visited: WeakMap<object, WeakSet<object>>;
}

export function newSchemaContext(scope: Scope, direction: Direction): SchemaContext {
  return { scope, direction, visited: new WeakMap() };
}

export function compareSchema(ctx: SchemaContext, oldSchema: unknown, newSchema: unknown, location: string, subject: Subject): void {
  if (!isObject(oldSchema) || !isObject(newSchema)) return;
  const seen = ctx.visited.get(oldSchema) ?? new WeakSet<object>();
  if (seen.has(newSchema)) return;
  seen.add(newSchema);
  ctx.visited.set(oldSchema, seen);

  const label = describeSubject(subject);
  compareDocumentation(ctx.scope, oldSchema, newSchema, location, label);
  const before = viewSchema(oldSchema);
  const after = viewSchema(newSchema);

  compareNullability(ctx, before, after, location, subject);
  if (before.alternatives || after.alternatives) {
    compareDefault(ctx, before.raw, after.raw, location, label);
    compareAlternatives(ctx, before, after, location, subject);
    return;
  }
  if (!compareTypes(ctx, before, after, location, subject)) return;
  compareEnums(ctx, before, after, location, subject);
  compareConstraints(ctx.scope, ctx.direction, before.raw, after.raw, location, label);
  if (before.types?.has('object') && after.types?.has('object')) compareObjects(ctx, before, after, location, subject);
  if (before.types?.has('array') && after.types?.has('array')) compareSchema(ctx, before.raw.items, after.raw.items, joinPointer(location, 'items'), childSubject(subject, '[]'));
}

/** A change about `subject`, on the side of the exchange this comparison is on. */
function emitAbout(ctx: SchemaContext, subject: Subject, cls: ChangeClass, kind: string, location: string, message: string): void {
  emitChange(ctx.scope, cls, kind, location, message, { subject, direction: ctx.direction });
}

/** Returns false when the types are incompatible, so nested differences would only be noise. */
function compareTypes(ctx: SchemaContext, before: SchemaView, after: SchemaView, location: string, subject: Subject): boolean {
  const label = describeSubject(subject);
  const wider = typesCover(after.types, before.types);
  const narrower = typesCover(before.types, after.types);
  if (wider && narrower) return true;
  const from = describeTypes(before.types);
  const to = describeTypes(after.types);
  const at = joinPointer(location, 'type');
  if (wider) {
    emitAbout(ctx, subject, widening(ctx.direction), 'type-widened', at, `${label}: type widened from ${from} to ${to}`);
    return true;
  }
  if (narrower) {
    emitAbout(ctx, subject, narrowing(ctx.direction), 'type-narrowed', at, `${label}: type narrowed from ${from} to ${to}`);
    return true;
  }
  emitAbout(ctx, subject, 'breaking', 'type-changed', at, `${label}: type changed from ${from} to ${to}`);
  return [...(before.types ?? [])].some((t) => after.types?.has(t));
}

function compareNullability(ctx: SchemaContext, before: SchemaView, after: SchemaView, location: string, subject: Subject): void {
  if (before.nullable === after.nullable) return;
  const label = describeSubject(subject);
  const at = joinPointer(location, 'nullable');
  if (after.nullable) {
    const note = ctx.direction === 'response' ? ' (clients must now handle null)' : '';
    emitAbout(ctx, subject, widening(ctx.direction), 'became-nullable', at, `${label} became nullable${note}`);
  } else {
    emitAbout(ctx, subject, narrowing(ctx.direction), 'no-longer-nullable', at, `${label} is no longer nullable`);
  }
}

function compareEnums(ctx: SchemaContext, before: SchemaView, after: SchemaView, location: string, subject: Subject): void {
  const at = joinPointer(location, 'enum');
  const label = describeSubject(subject);
  if (!before.enumValues && !after.enumValues) return;
  if (!after.enumValues) {
    emitAbout(ctx, subject, widening(ctx.direction), 'enum-removed', at, `${label}: no longer restricted to ${list(before.enumValues ?? [])}`);
    return;
  }
  if (!before.enumValues) {
    emitAbout(ctx, subject, narrowing(ctx.direction), 'enum-added', at, `${label}: now restricted to ${list(after.enumValues)}`);
    return;
  }
  const oldKeys = new Set(before.enumValues.map(stableStringify));
  const newKeys = new Set(after.enumValues.map(stableStringify));
  const removed = before.enumValues.filter((v) => !newKeys.has(stableStringify(v)));
  const added = after.enumValues.filter((v) => !oldKeys.has(stableStringify(v)));
  if (removed.length > 0) {
    const how = ctx.direction === 'request' ? 'no longer accepts' : 'no longer returns';
    emitAbout(ctx, subject, narrowing(ctx.direction), 'enum-narrowed', at, `${label}: enum narrowed, ${how} ${list(removed)}`);
  }
  if (added.length > 0) {
    const how = ctx.direction === 'request' ? 'now also accepts' : 'may now return';
    const note = ctx.direction === 'response' ? ' (an exhaustive switch in a client breaks)' : '';
    emitAbout(ctx, subject, widening(ctx.direction), 'enum-widened', at, `${label}: enum widened, ${how} ${list(added)}${note}`);
  }
}

function compareObjects(ctx: SchemaContext, before: SchemaView, after: SchemaView, location: string, subject: Subject): void {
  const oldProps = before.properties ?? new Map<string, JsonObject>();
  const newProps = after.properties ?? new Map<string, JsonObject>();
  const removed = [...oldProps.keys()].filter((name) => !newProps.has(name));
  const added = [...newProps.keys()].filter((name) => !oldProps.has(name));
  const { direction } = ctx;

  for (const [from, to] of findRenames(removed, added, before, after)) {
    removed.splice(removed.indexOf(from), 1);
    added.splice(added.indexOf(to), 1);
    emitAbout(ctx, childSubject(subject, from), 'breaking', 'field-renamed', joinPointer(location, 'properties', to), `${describeSubject(childSubject(subject, from))} was renamed to \`${to}\``);
  }
  for (const name of removed) {
    emitAbout(ctx, childSubject(subject, name), 'breaking', 'field-removed', joinPointer(location, 'properties', name), `${describeSubject(childSubject(subject, name))} was removed`);
  }
  for (const name of added) {
    const at = joinPointer(location, 'properties', name);
    const child = childSubject(subject, name);
    const label = describeSubject(child);
    if (direction === 'request' && after.required.has(name)) emitAbout(ctx, child, 'breaking', 'required-field-added', at, `new required ${label}`);
    else emitAbout(ctx, child, 'non-breaking', 'field-added', at, `new ${after.required.has(name) ? '' : 'optional '}${label}`);
  }
  for (const [name, oldProp] of oldProps) {
    const newProp = newProps.get(name);
    if (!newProp) continue;
    const at = joinPointer(location, 'properties', name);
    const child = childSubject(subject, name);
    const wasRequired = before.required.has(name);
    const isRequired = after.required.has(name);
    if (!wasRequired && isRequired) {
      emitAbout(ctx, child, direction === 'request' ? 'breaking' : 'non-breaking', 'field-became-required', at, `${describeSubject(child)} became required`);
    } else if (wasRequired && !isRequired) {
      const note = direction === 'response' ? ' (clients can no longer rely on it being present)' : '';
      emitAbout(ctx, child, direction === 'response' ? 'breaking' : 'non-breaking', 'field-became-optional', at, `${describeSubject(child)} became optional${note}`);
    }
    compareSchema(ctx, oldProp, newProp, at, child);
  }
  compareAdditionalProperties(ctx, before.raw.additionalProperties, after.raw.additionalProperties, location, subject);
}

/** A removed and an added field with the same schema and requiredness, each the only candidate for the other. */
function findRenames(removed: string[], added: string[], before: SchemaView, after: SchemaView): [string, string][] {
  const shape = (schema: JsonObject | undefined, required: boolean): string => `${required}:${stableStringify(stripDocs(schema))}`;
  const pairs: [string, string][] = [];
  for (const from of removed) {
    const key = shape(before.properties?.get(from), before.required.has(from));
    const matches = added.filter((to) => shape(after.properties?.get(to), after.required.has(to)) === key);
    const rivals = removed.filter((other) => shape(before.properties?.get(other), before.required.has(other)) === key);
    if (matches.length === 1 && rivals.length === 1 && matches[0]) pairs.push([from, matches[0]]);
  }
  return pairs;
}

/**
 * The schema without prose, for comparing shapes. A recursive schema is a cyclic graph here
 * (see dereference's 'cycle'), so a node met again on the way down stands as a marker.
 */
function stripDocs(node: unknown, ancestors: Set<object> = new Set()): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (ancestors.has(node)) return '[cycle]';
  ancestors.add(node);
  let out: unknown;
  if (Array.isArray(node)) out = node.map((item) => stripDocs(item, ancestors));
  else {
    const object: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (!['description', 'title', 'example', 'examples', 'externalDocs'].includes(key)) object[key] = stripDocs(value, ancestors);
    }
    out = object;
  }
  ancestors.delete(node);
  return out;
}

function compareAdditionalProperties(ctx: SchemaContext, before: unknown, after: unknown, location: string, subject: Subject): void {
  const at = joinPointer(location, 'additionalProperties');
  const closed = (v: unknown): boolean => v === false;
  if (!closed(before) && closed(after)) {
    emitChange(ctx.scope, ctx.direction === 'request' ? 'breaking' : 'non-breaking', 'constraint-tightened', at, `${describeSubject(subject)}: unknown fields are no longer allowed`);
  } else if (closed(before) && !closed(after)) {
    emitChange(ctx.scope, 'non-breaking', 'constraint-relaxed', at, `${describeSubject(subject)}: unknown fields are now allowed`);
  } else if (isObject(before) && isObject(after)) {
    compareSchema(ctx, before, after, at, childSubject(subject, '*'));
  }
}

/**
 * oneOf/anyOf: branches are paired identical-first, then by type in order; a leftover branch is
 * compared with a branch of the same type on the other side (one string branch can stand for
 * two). A branch with no counterpart at all is a shape no longer accepted (request) or no longer
 * sent (response), or the reverse when only the new side has it.
 */
function compareAlternatives(ctx: SchemaContext, before: SchemaView, after: SchemaView, location: string, subject: Subject): void {
  const oldBranches = before.alternatives ?? [withoutDocs(before.raw)];
  const newBranches = after.alternatives ?? [withoutDocs(after.raw)];
  const at = (index: number, side: 'old' | 'new'): string => {
    const view = side === 'new' ? after : before;
    return view.alternatives && view.alternativesKeyword ? joinPointer(location, view.alternativesKeyword, String(index)) : location;
  };
  const typeKey = (branch: JsonObject): string => describeTypes(viewSchema(branch).types);
  const shape = (branch: JsonObject): string => stableStringify(stripDocs(branch));

  const pairs: [number, number][] = [];
  const freeOld = new Set(oldBranches.keys());
  const freeNew = new Set(newBranches.keys());
  const pairWhere = (match: (o: JsonObject, n: JsonObject) => boolean): void => {
    for (const i of [...freeOld]) {
      const j = [...freeNew].find((k) => match(oldBranches[i] ?? {}, newBranches[k] ?? {}));
      if (j === undefined) continue;
      pairs.push([i, j]);
      freeOld.delete(i);
      freeNew.delete(j);
    }
  };
  pairWhere((o, n) => shape(o) === shape(n));
  pairWhere((o, n) => typeKey(o) === typeKey(n));
  for (const i of [...freeOld]) {
    const j = newBranches.findIndex((n) => typeKey(n) === typeKey(oldBranches[i] ?? {}));
    if (j !== -1) {
      pairs.push([i, j]);
      freeOld.delete(i);
    }
  }
  for (const j of [...freeNew]) {
    const i = oldBranches.findIndex((o) => typeKey(o) === typeKey(newBranches[j] ?? {}));
    if (i !== -1) {
      pairs.push([i, j]);
      freeNew.delete(j);
    }
  }
  if (freeOld.size === 1 && freeNew.size === 1) {
    pairs.push([[...freeOld][0] ?? 0, [...freeNew][0] ?? 0]);
    freeOld.clear();
    freeNew.clear();
  }

  for (const [i, j] of pairs) compareSchema(ctx, oldBranches[i], newBranches[j], at(j, 'new'), subject);
  for (const j of freeNew) {
    const how = ctx.direction === 'request' ? 'now also accepts' : 'may now be';
    emitAbout(ctx, subject, widening(ctx.direction), 'alternative-added', at(j, 'new'), `${describeSubject(subject)} ${how} ${describeBranch(newBranches[j] ?? {})}`);
  }
  for (const i of freeOld) {
    const how = ctx.direction === 'request' ? 'no longer accepts' : 'is no longer';
    emitAbout(ctx, subject, narrowing(ctx.direction), 'alternative-removed', at(i, 'old'), `${describeSubject(subject)} ${how} ${describeBranch(oldBranches[i] ?? {})}`);
  }
}

/** The outer schema as a branch, minus what the outer comparison already covered. */
function withoutDocs(schema: JsonObject): JsonObject {
  const { description: _d, title: _t, example: _e, examples: _x, externalDocs: _o, nullable: _n, default: _f, ...rest } = schema;
  return rest;
}

function compareDefault(ctx: SchemaContext, oldSchema: JsonObject, newSchema: JsonObject, location: string, label: string): void {
  if (stableStringify(oldSchema.default) === stableStringify(newSchema.default)) return;
  emitChange(ctx.scope, 'non-breaking', 'default-changed', joinPointer(location, 'default'), `${label}: default ${JSON.stringify(oldSchema.default) ?? 'none'} → ${JSON.stringify(newSchema.default) ?? 'none'}`);
}

function describeBranch(branch: JsonObject): string {
  const view = viewSchema(branch);
  const enumPart = view.enumValues ? ` ${list(view.enumValues)}` : '';
  return `a ${describeTypes(view.types)}${enumPart}`;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
