import { readFile } from 'node:fs/promises';
import { UPSTREAM_SPEC } from '../../common/paths.js';
import { HTTP_METHODS, isObject, type JsonObject } from '../../common/spec/index.js';

/**
 * A stand-in for the spec a Logto server serves about itself, built from the committed structure
 * (`openapi/upstream/management.openapi.json`) so that no test reads anything outside the repository
 * and no sentence of Logto's is ever committed. It adds what a served spec has and `spec:pull`
 * removes, all of it in our own words:
 *
 * - a summary and a description on every operation, a description on every tag, parameter,
 *   request body, header, security scheme and schema, a summary on every example, and a sentence
 *   instead of the HTTP reason phrase on every response;
 * - a real server URL instead of the placeholder;
 * - components nothing refers to (a served spec carries some);
 * - every object's keys in reverse order.
 *
 * So pulling it must give back exactly the committed upstream, byte for byte.
 */
interface ServedLike {
  doc: JsonObject;
  /** How many sentences were added: a test can check the prose it expects to go did exist. */
  sentences: number;
}

/** The server a stand-in claims to be served from. */
const SERVED_LIKE_SERVER = { url: 'http://127.0.0.1:3001', description: 'Where this stand-in pretends to be served from.' };
/** Components nothing refers to, as a served spec has; a pull prunes them. */
const UNUSED_COMPONENTS = { schemas: 'CtUnusedPayload', parameters: 'CtUnusedParameter' } as const;

export async function readUpstream(): Promise<JsonObject> {
  return JSON.parse(await readFile(UPSTREAM_SPEC, 'utf8')) as JsonObject;
}

export function servedLike(upstream: JsonObject): ServedLike {
  let sentences = 0;
  const say = (where: string): string => {
    sentences += 1;
    return `Stand-in prose for ${where}, written for the spec tools' tests.`;
  };

  const schema = (node: unknown, where: string): unknown => {
    if (!isObject(node) || typeof node.$ref === 'string') return node;
    const out: JsonObject = { ...node, description: say(where) };
    if (isObject(node.properties)) out.properties = mapValues(node.properties, (child, name) => schema(child, `${where}.${name}`));
    if (node.items !== undefined) out.items = schema(node.items, `${where}[]`);
    if (isObject(node.additionalProperties)) out.additionalProperties = schema(node.additionalProperties, `${where}{}`);
    if (node.not !== undefined) out.not = schema(node.not, `${where} (not)`);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) out[key] = branches.map((branch, i) => schema(branch, `${where} ${key}[${i}]`));
    }
    return out;
  };

  const mediaTypes = (content: unknown, where: string): unknown =>
    isObject(content)
      ? mapValues(content, (media, type) => {
          if (!isObject(media)) return media;
          const out: JsonObject = { ...media };
          if (media.schema !== undefined) out.schema = schema(media.schema, `${where} ${type}`);
          if (isObject(media.examples)) out.examples = mapValues(media.examples, (example, name) => (isObject(example) ? { ...example, summary: say(`example ${name}`) } : example));
          return out;
        })
      : content;

  const parameter = (node: unknown, where: string): unknown => {
    if (!isObject(node) || typeof node.$ref === 'string') return node;
    const name = typeof node.name === 'string' ? node.name : where;
    return { ...node, description: say(`parameter ${name}`), ...(node.schema === undefined ? {} : { schema: schema(node.schema, `parameter ${name}`) }) };
  };

  const response = (node: unknown, status: string, where: string): unknown => {
    if (!isObject(node) || typeof node.$ref === 'string') return node;
    const out: JsonObject = { ...node, description: say(`${where} ${status}`) };
    if (node.content !== undefined) out.content = mediaTypes(node.content, `${where} ${status}`);
    if (isObject(node.headers)) out.headers = mapValues(node.headers, (header, name) => (isObject(header) ? { ...header, description: say(`header ${name}`) } : header));
    return out;
  };

  const operation = (node: JsonObject, where: string): JsonObject => {
    const out: JsonObject = { ...node, summary: say(`${where} (summary)`), description: say(where) };
    if (Array.isArray(node.parameters)) out.parameters = node.parameters.map((p, i) => parameter(p, `${where} parameter ${i}`));
    if (isObject(node.requestBody)) {
      out.requestBody = { ...node.requestBody, description: say(`${where} body`), content: mediaTypes(node.requestBody.content, `${where} body`) };
    }
    if (isObject(node.responses)) out.responses = mapValues(node.responses, (answer, status) => response(answer, status, where));
    return out;
  };

  const paths = mapValues(isObject(upstream.paths) ? upstream.paths : {}, (item, route) => {
    if (!isObject(item)) return item;
    const out: JsonObject = { ...item };
    for (const method of HTTP_METHODS) if (isObject(item[method])) out[method] = operation(item[method], `${method.toUpperCase()} ${route}`);
    if (Array.isArray(item.parameters)) out.parameters = item.parameters.map((p, i) => parameter(p, `${route} parameter ${i}`));
    return out;
  });

  const components = isObject(upstream.components) ? upstream.components : {};
  const served: JsonObject = {
    ...upstream,
    info: { ...(isObject(upstream.info) ? upstream.info : {}), description: say('the API') },
    servers: [SERVED_LIKE_SERVER],
    tags: Array.isArray(upstream.tags) ? upstream.tags.map((tag) => (isObject(tag) ? { ...tag, description: say(`tag ${String(tag.name)}`) } : tag)) : upstream.tags,
    paths,
    components: {
      ...components,
      schemas: {
        ...mapValues(isObject(components.schemas) ? components.schemas : {}, (node, name) => schema(node, `schema ${name}`)),
        [UNUSED_COMPONENTS.schemas]: schema({ type: 'object', properties: { note: { type: 'string' } } }, 'an unused schema'),
      },
      parameters: {
        ...mapValues(isObject(components.parameters) ? components.parameters : {}, (node, name) => parameter(node, name)),
        [UNUSED_COMPONENTS.parameters]: parameter({ name: 'ctUnused', in: 'query', schema: { type: 'string' } }, 'an unused parameter'),
      },
      securitySchemes: mapValues(isObject(components.securitySchemes) ? components.securitySchemes : {}, (node, name) => (isObject(node) ? { ...node, description: say(`security scheme ${name}`) } : node)),
    },
  };
  return { doc: reverseKeys(served) as JsonObject, sentences };
}

/** The stand-in as a server would send it (compact JSON). */
export async function servedLikeText(): Promise<string> {
  return JSON.stringify(servedLike(await readUpstream()).doc);
}

function mapValues(object: JsonObject, map: (value: unknown, key: string) => unknown): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value, key)]));
}

/** Every object's keys in reverse order (arrays keep theirs: their order can mean something). */
function reverseKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(reverseKeys);
  if (!isObject(node)) return node;
  return Object.fromEntries(Object.entries(node).reverse().map(([key, value]) => [key, reverseKeys(value)]));
}
