import { emitChange, type ChangeSubject, type Scope } from './change.js';
import { compareSchema, newSchemaContext } from './compare-schema.js';
import type { Direction } from './direction.js';
import { compareDocumentation } from './documentation.js';
import { joinPointer, isObject, type JsonObject } from '../spec/index.js';

/** Media types compare case-insensitively and without parameters (`; charset=utf-8`). */
function mediaKey(type: string): string {
  return (type.split(';')[0] ?? type).trim().toLowerCase();
}

function byMediaType(content: unknown): Map<string, [string, JsonObject]> {
  const map = new Map<string, [string, JsonObject]>();
  if (isObject(content)) for (const [type, media] of Object.entries(content)) if (isObject(media)) map.set(mediaKey(type), [type, media]);
  return map;
}

/** A request body's or a response's `content`: removed types break, added ones don't, shared ones compare schemas. */
export function compareContent(scope: Scope, direction: Direction, before: unknown, after: unknown, location: string, subject: string): void {
  const oldTypes = byMediaType(before);
  const newTypes = byMediaType(after);
  const where = joinPointer(location, 'content');
  const about: ChangeSubject = { subject: { base: subject, field: '' }, direction };
  for (const [key, [type]] of oldTypes) {
    if (!newTypes.has(key)) emitChange(scope, 'breaking', 'content-type-removed', joinPointer(where, type), `${subject}: content type ${type} was removed`, about);
  }
  for (const [key, [type]] of newTypes) {
    if (oldTypes.has(key)) continue;
    const what = direction === 'request' ? 'now also accepts' : 'now documents a body of type';
    emitChange(scope, 'non-breaking', 'content-type-added', joinPointer(where, type), `${subject} ${what} ${type}`, about);
  }
  for (const [key, [, oldMedia]] of oldTypes) {
    const entry = newTypes.get(key);
    if (!entry) continue;
    const [type, newMedia] = entry;
    const here = joinPointer(where, type);
    compareDocumentation(scope, oldMedia, newMedia, here, `${subject} (${type})`);
    compareSchema(newSchemaContext(scope, direction), oldMedia.schema, newMedia.schema, joinPointer(here, 'schema'), { base: subject, field: '' });
    if (!isObject(oldMedia.schema) && isObject(newMedia.schema)) {
      emitChange(scope, 'non-breaking', 'schema-added', joinPointer(here, 'schema'), `${subject} (${type}) now has a schema`, about);
    } else if (isObject(oldMedia.schema) && !isObject(newMedia.schema)) {
      emitChange(scope, direction === 'response' ? 'breaking' : 'non-breaking', 'schema-removed', joinPointer(here, 'schema'), `${subject} (${type}) no longer has a schema`, about);
    }
  }
}
