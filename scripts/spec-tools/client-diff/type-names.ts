import type { Change } from '../../../common/spec-diff/change.js';
import { decodeLocalRef, isObject, resolvePointer, type JsonObject } from '../../../common/spec/index.js';

/**
 * Where a change shows in the generated types (schema.ts, openapi-typescript): the innermost named
 * schema it sits in (`components['schemas']['User']`), or else the operation's own type
 * (`operations['GetUser']['responses'][200]['content']['application/json']`), and the field inside it.
 */
interface TypeName {
  type: string;
  /** Dotted path inside `type` (`secret`, `[].events[]`); empty for the whole type. */
  field: string;
  /** True when `type` is a named schema: one line can stand for every method that uses it. */
  named: boolean;
}

const COMPOSITION = new Set(['allOf', 'oneOf', 'anyOf']);
/**
 * Kinds about whether an object has a field (its `properties` and `required`): they belong to the
 * object, not to the field's own type, so the name is the object's (a field `secret` whose schema
 * is a named type becoming optional changes the object that holds it).
 */
const MEMBERSHIP = new Set(['field-removed', 'field-renamed', 'field-added', 'required-field-added', 'field-became-required', 'field-became-optional']);

/**
 * The TypeScript name of what `change` is about, from its JSON pointer walked through the raw
 * documents (refs untouched, so a `$ref` to `#/components/schemas/X` is seen as the type `X`).
 * `typeRoot` is the operation's root in schema.ts.
 */
export function typeNameOf(change: Change, typeRoot: string, raw: { before: JsonObject; after: JsonObject }): TypeName | undefined {
  const tokens = decodeLocalRef(change.location);
  if (!tokens || tokens[0] !== 'paths' || tokens.length < 4) return undefined;
  const part = tokens[3];
  if (part === 'parameters') {
    const name = /parameter `([^`]*)`/.exec(change.subject?.base ?? '')?.[1];
    const where = /^(\w+) parameter/.exec(change.subject?.base ?? '')?.[1];
    return name && where ? { type: `${typeRoot}['parameters']['${where}']`, field: name, named: false } : undefined;
  }
  let operationType: string;
  let rest: string[];
  if (part === 'requestBody' && tokens[4] === 'content' && tokens[5] !== undefined) {
    operationType = `NonNullable<${typeRoot}['requestBody']>['content']['${tokens[5]}']`;
    rest = tokens.slice(6);
  } else if (part === 'responses' && tokens[4] !== undefined && tokens[5] === 'content' && tokens[6] !== undefined) {
    operationType = `${typeRoot}['responses'][${/^\d+$/.test(tokens[4]) ? tokens[4] : `'${tokens[4]}'`}]['content']['${tokens[6]}']`;
    rest = tokens.slice(7);
  } else return undefined;
  if (rest[0] !== 'schema') return { type: operationType, field: '', named: false };
  // A field's presence belongs to the object that holds it: walk to that object.
  const member = MEMBERSHIP.has(change.kind) && tokens.at(-2) === 'properties' ? tokens.at(-1) : undefined;
  const path = member === undefined ? tokens : tokens.slice(0, -2);
  // Walk the new document first; a field that is gone from it is found in the old one.
  const walked = walkFrom(raw.after, raw.after, path, { inside: [] }, 0) ?? walkFrom(raw.before, raw.before, path, { inside: [] }, 0);
  if (walked?.named) {
    const inside = fieldPath(walked.inside);
    const field = member === undefined ? inside : inside === '' ? member : `${inside}.${member}`;
    return { type: `components['schemas']['${walked.named}']`, field, named: true };
  }
  return { type: operationType, field: change.subject?.field ?? fieldPath(rest.slice(1)), named: false };
}

interface Walked {
  /** The last named schema the walk passed through. */
  named?: string;
  /** The pointer tokens after it. */
  inside: string[];
}

/**
 * Follows `tokens` from `node` through `doc`, following `$ref`s (a ref to `#/components/schemas/X`
 * is the type `X`) and looking into `allOf`/`oneOf`/`anyOf` members where the diff engine's merged
 * view has a property that the raw schema holds in a member.
 */
function walkFrom(doc: JsonObject, node: unknown, tokens: readonly string[], state: Walked, depth: number): Walked | undefined {
  if (depth > 256) return undefined;
  let current = node;
  let named = state.named;
  let inside = [...state.inside];
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string' && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const target = decodeLocalRef(current.$ref);
    if (target && target.length === 3 && target[0] === 'components' && target[1] === 'schemas') {
      named = target[2];
      inside = [];
    }
    const resolved = target ? resolvePointer(doc, target) : { found: false as const };
    current = resolved.found ? resolved.value : undefined;
  }
  const [token, ...more] = tokens;
  if (token === undefined) return { inside, ...(named ? { named } : {}) };
  if (isObject(current) && token in current) return walkFrom(doc, current[token], more, { inside: [...inside, token], ...(named ? { named } : {}) }, depth + 1);
  if (Array.isArray(current) && /^\d+$/.test(token)) return walkFrom(doc, current[Number(token)], more, { inside: [...inside, token], ...(named ? { named } : {}) }, depth + 1);
  // Not here: the engine's view merged allOf members or a nullable oneOf into one schema.
  if (isObject(current)) {
    for (const keyword of COMPOSITION) {
      const members = current[keyword];
      if (!Array.isArray(members)) continue;
      for (const member of members) {
        const found = walkFrom(doc, member, tokens, { inside, ...(named ? { named } : {}) }, depth + 1);
        if (found) return found;
      }
    }
  }
  // A keyword the change is about (`enum`, `type`, a removed field's name): the walk ends at its schema.
  return more.length === 0 ? { inside, ...(named ? { named } : {}) } : undefined;
}

/** `properties/a/items/properties/b/type` → `a[].b`: the field, as the diff engine spells it. */
function fieldPath(tokens: readonly string[]): string {
  let path = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === 'properties' && tokens[i + 1] !== undefined) {
      const name = tokens[i + 1] as string;
      path = path ? `${path}.${name}` : name;
      i += 1;
    } else if (token === 'items') path += '[]';
    else if (token === 'additionalProperties') path = path ? `${path}.*` : '*';
    else if (COMPOSITION.has(token)) i += 1;
    else break;
  }
  return path;
}
