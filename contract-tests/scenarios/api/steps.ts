import { resourceKind, type ResourceKind } from '../../../common/logto/resource-kinds.js';
import type { StepExpectation, StepSpec } from '../step-spec.js';

/**
 * Builders for the whole-API scenarios: every step says what it sends and what must come back,
 * so a step without an expectation cannot be written here.
 */

type Extra = Partial<Omit<StepSpec, 'name' | 'method' | 'path' | 'expect' | 'body'>>;

export const get = (name: string, path: string, expect: StepExpectation, extra: Extra = {}): StepSpec => ({ name, method: 'GET', path, expect, ...extra });
export const post = (name: string, path: string, body: unknown, expect: StepExpectation, extra: Extra = {}): StepSpec => ({ name, method: 'POST', path, body, expect, ...extra });
export const put = (name: string, path: string, body: unknown, expect: StepExpectation, extra: Extra = {}): StepSpec => ({ name, method: 'PUT', path, body, expect, ...extra });
export const patch = (name: string, path: string, body: unknown, expect: StepExpectation, extra: Extra = {}): StepSpec => ({ name, method: 'PATCH', path, body, expect, ...extra });
export const del = (name: string, path: string, expect: StepExpectation, extra: Extra = {}): StepSpec => ({ name, method: 'DELETE', path, expect, ...extra });

/** A list step's query for one page. */
export const page = (n: number, size: number, query: Record<string, string> = {}): Record<string, string> => ({ ...query, page: String(n), page_size: String(size) });

interface CreateOptions {
  /** The name template (default `{run:<save>}`, or `{runa:<save>}` for letters-and-digits names). */
  name?: string;
  /** Placeholders of the create path (`{ resourceId: '{api}' }`). */
  params?: Record<string, string>;
  /** Ids of the kinds the body refers to (`{ organization: '{org}' }` fills `{ref:organization}`). */
  refs?: Record<string, string>;
  /** Fields merged over the model's body (top level). */
  body?: Record<string, unknown>;
  /** Values the answer must have, beside the name. */
  values?: Record<string, unknown>;
  /** Step name (default `create-<save>`). */
  step?: string;
}

/**
 * The step that creates one `kind` as the resource model says (path, body, status), saving its
 * key as `{<save>}`, and expecting the name it was given back.
 */
export function create(kind: string, save: string, options: CreateOptions = {}): StepSpec {
  const model = resourceKind(kind);
  const name = options.name ?? `{run:${save}}`;
  const body = { ...(fillModel(model.create.body, model, name, options.refs ?? {}) as Record<string, unknown>), ...(options.body ?? {}) };
  const values: Record<string, unknown> = { ...namedFields(body, name), ...(options.values ?? {}) };
  return {
    name: options.step ?? `create-${save}`,
    method: model.create.method,
    path: fillParams(model.create.path, options.params ?? {}),
    body,
    // A list answer (a star segment first): the first element is the one a scenario creates.
    ...(model.key.startsWith('/') ? { save: { [save]: model.key.replace(/^\/\*\//, '/0/') } } : {}),
    expect: { status: model.create.status, ...(Object.keys(values).length > 0 ? { values } : {}) },
  };
}

/** A path template of the spec (`/api/resources/{resourceId}/scopes`) with the scenario's placeholders. */
function fillParams(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (whole, param: string) => {
    const value = params[param];
    if (value === undefined) throw new Error(`${path}: no value for path parameter {${param}}; pass it in params`);
    return value;
  });
}

function fillModel(template: unknown, model: ResourceKind, name: string, refs: Record<string, string>): unknown {
  if (typeof template === 'string') {
    return template.replace(/\{name\}/g, name).replace(/\{ref:([^}]+)\}/g, (_whole, kind: string) => {
      const ref = refs[kind];
      if (ref === undefined) throw new Error(`creating a ${model.kind} needs the id of a ${kind}: pass refs.${kind}`);
      return ref;
    });
  }
  if (Array.isArray(template)) return template.map((item) => fillModel(item, model, name, refs));
  if (template !== null && typeof template === 'object') return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillModel(value, model, name, refs)]));
  return template;
}

/** Top-level string fields that carry the name: the create answer must give them back as sent. */
function namedFields(body: Record<string, unknown>, name: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => typeof value === 'string' && value.includes(name)).map(([key, value]) => [`/${key}`, value]));
}
