import { emitChange, type ChangeSubject, type Scope } from './change.js';
import { compareSchema, newSchemaContext } from './compare-schema.js';
import { compareDocumentation } from './documentation.js';
import { stableStringify } from './stable-stringify.js';
import { joinPointer, parameterKey, type JsonObject } from '../spec/index.js';

const DEFAULT_STYLE: Record<string, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };

function describeParameter(p: JsonObject): string {
  return `${String(p.in)} parameter \`${String(p.name)}\``;
}

/** Parameters are written by the client: every change about one is on the request side. */
function about(p: JsonObject): ChangeSubject {
  return { subject: { base: describeParameter(p), field: '' }, direction: 'request' };
}

/** Path parameters are always required, whatever the spec says. */
function isRequired(p: JsonObject): boolean {
  return p.in === 'path' || p.required === true;
}

/** How the value goes on the wire; a change means the client serialises differently. */
function serialisation(p: JsonObject): string {
  const style = typeof p.style === 'string' ? p.style : (DEFAULT_STYLE[String(p.in)] ?? 'form');
  const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form';
  return `${style}/${explode}`;
}

export function compareParameters(scope: Scope, before: JsonObject[], after: JsonObject[], location: string): void {
  const oldByKey = new Map(before.map((p) => [parameterKey(p), p]));
  const newByKey = new Map(after.map((p) => [parameterKey(p), p]));
  const at = (p: JsonObject, list: JsonObject[]): string => joinPointer(location, 'parameters', String(list.indexOf(p)));

  const removed = before.filter((p) => !newByKey.has(parameterKey(p)));
  const added = after.filter((p) => !oldByKey.has(parameterKey(p)));
  // A removed and an added parameter in the same place with the same schema: a rename.
  for (const from of [...removed]) {
    const shape = (p: JsonObject): string => `${String(p.in)}:${isRequired(p)}:${stableStringify(p.schema)}`;
    const candidates = added.filter((to) => shape(to) === shape(from));
    if (candidates.length !== 1 || removed.filter((r) => shape(r) === shape(from)).length !== 1) continue;
    const to = candidates[0] as JsonObject;
    removed.splice(removed.indexOf(from), 1);
    added.splice(added.indexOf(to), 1);
    emitChange(scope, 'breaking', 'parameter-renamed', at(to, after), `${describeParameter(from)} was renamed to \`${String(to.name)}\``, about(from));
  }
  for (const p of removed) emitChange(scope, 'breaking', 'parameter-removed', at(p, before), `${describeParameter(p)} was removed`, about(p));
  for (const p of added) {
    if (isRequired(p)) emitChange(scope, 'breaking', 'required-parameter-added', at(p, after), `new required ${describeParameter(p)}`, about(p));
    else emitChange(scope, 'non-breaking', 'parameter-added', at(p, after), `new optional ${describeParameter(p)}`, about(p));
  }

  for (const [key, oldParam] of oldByKey) {
    const newParam = newByKey.get(key);
    if (!newParam) continue;
    const here = at(newParam, after);
    const label = describeParameter(newParam);
    if (!isRequired(oldParam) && isRequired(newParam)) emitChange(scope, 'breaking', 'parameter-became-required', here, `${label} became required`, about(newParam));
    if (isRequired(oldParam) && !isRequired(newParam)) emitChange(scope, 'non-breaking', 'parameter-became-optional', here, `${label} became optional`, about(newParam));
    if (serialisation(oldParam) !== serialisation(newParam)) {
      emitChange(scope, 'breaking', 'parameter-serialisation-changed', here, `${label}: serialisation changed from ${serialisation(oldParam)} to ${serialisation(newParam)} (style/explode)`);
    }
    compareDocumentation(scope, oldParam, newParam, here, label);
    compareSchema(newSchemaContext(scope, 'request'), oldParam.schema, newParam.schema, joinPointer(here, 'schema'), { base: label, field: '' });
  }
}
