import { paths } from 'jsonpathly';
import { describe, expect, it } from 'vitest';
import { applyOverlay } from './apply-overlay.js';
import { nameAction, parseOverlay } from './overlay-document.js';
import { usageErrorOf } from '../usage-error-of.js';
import type { JsonObject } from '../../../common/spec/index.js';

const spec = (): JsonObject => ({
  openapi: '3.0.1',
  info: { title: 't', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'CreateThing',
        requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['name', 'notify'], properties: { name: { type: 'string', pattern: '/^\\d+$/' }, notify: { oneOf: [{ type: 'boolean', format: 'false' }, { type: 'object' }] } } } } } },
        responses: { '201': { description: 'Created' }, '400': { description: 'Bad Request' }, '404': { description: 'Not Found' } },
      },
    },
  },
});

const overlayText = (actions: string): string => `overlay: 1.0.0\ninfo:\n  title: test\n  version: '1'\nactions:\n${actions}`;

describe('parseOverlay', () => {
  it('reads actions with their line numbers and names them by number, line, description and target', () => {
    const overlay = parseOverlay(
      overlayText(`  - target: $.info\n    description: first\n    update: { x-a: 1 }\n  - target: $.paths['/things'].post.responses['404']\n    description: |-\n      Second line\n      one. More.\n    remove: true\n`),
      'corrections.yaml',
    );
    expect(overlay.actions.map((a) => [a.number, a.line, a.target])).toEqual([
      [1, 6, '$.info'],
      [2, 9, "$.paths['/things'].post.responses['404']"],
    ]);
    expect(nameAction(overlay.actions[1]!, 'corrections.yaml')).toBe(`#2 (corrections.yaml:9) "Second line one." target $.paths['/things'].post.responses['404']`);
  });

  const refusals: [string, string, RegExp][] = [
    ['an action without a description', `  - target: $.info\n    update: { x-a: 1 }\n`, /o\.yaml:6: action #1 \(target \$\.info\) has no description; say what real Logto does and how we know/],
    ['a target that is not JSONPath', `  - target: $.paths[\n    description: d\n    remove: true\n`, /o\.yaml:6: action #1: target \$\.paths\[ is not valid JSONPath/],
    ['an action that does nothing', `  - target: $.info\n    description: d\n`, /action #1 does nothing: give it "update" or "remove: true"/],
    ['remove: false', `  - target: $.info\n    description: d\n    remove: false\n`, /"remove" must be true when present/],
    ['Overlay 1.1 copy', `  - target: $.info\n    description: d\n    copy: $.paths\n`, /"copy" is Overlay 1\.1/],
  ];
  for (const [what, actions, message] of refusals) {
    it(`refuses ${what}, exit 2, naming file, line and action`, () => {
      const error = usageErrorOf(() => parseOverlay(overlayText(actions), 'o.yaml'));
      expect(error.exitCode).toBe(2);
      expect(error.message).toMatch(message);
    });
  }

  it('refuses a document that is not an Overlay 1.0 document', () => {
    expect(usageErrorOf(() => parseOverlay('openapi: 3.0.1\n', 'o.yaml')).message).toMatch(/not an OpenAPI Overlay document/);
    expect(usageErrorOf(() => parseOverlay(overlayText('  - target: $\n    description: d\n    remove: true\n').replace('1.0.0', '2.0.0'), 'o.yaml')).message).toMatch(/overlay version "2\.0\.0" is not supported/);
    expect(usageErrorOf(() => parseOverlay('overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions: [\n', 'o.yaml')).message).toMatch(/^o\.yaml:\d+:\d+: invalid YAML/);
  });
});

describe('applyOverlay (openapi-format, one action at a time)', () => {
  const overlay = parseOverlay(
    overlayText(
      [
        `  - target: $.paths.*.*.responses['400','404','409']`,
        `    description: error bodies`,
        `    update: { content: { application/json: { schema: { $ref: '#/components/schemas/LogtoError' } } } }`,
        `  - target: $.paths['/things'].post.requestBody.content['application/json'].schema.required[?(@ == 'notify')]`,
        `    description: notify is optional`,
        `    remove: true`,
        `  - target: $..*[?(@.type == 'boolean' && @.format == 'false')]`,
        `    description: literal false`,
        `    update: { enum: [false] }`,
        `  - target: $.paths['/gone'].get`,
        `    description: Logto removed this route`,
        `    update: { deprecated: true }`,
        `  - target: $.paths['/things'].post.responses['201']`,
        `    description: already true upstream`,
        `    update: { description: Created }`,
      ].join('\n') + '\n',
    ),
    'o.yaml',
  );

  it('applies updates and removals in order, and reports the stale and the unchanged actions by name', async () => {
    const input = spec();
    const { doc, stale, unchanged } = await applyOverlay(input, overlay);
    const op = ((doc.paths as Record<string, JsonObject>)['/things'] as JsonObject).post as JsonObject;
    const responses = op.responses as Record<string, JsonObject>;
    expect(responses['400']?.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/LogtoError' } } });
    expect(responses['404']?.content).toBeDefined();
    expect(responses['409']).toBeUndefined(); // a union member that is absent is not created
    const schema = ((op.requestBody as JsonObject).content as Record<string, JsonObject>)['application/json']?.schema as JsonObject;
    expect(schema.required).toEqual(['name']);
    expect(((schema.properties as Record<string, JsonObject>).notify?.oneOf as JsonObject[])[0]).toEqual({ type: 'boolean', format: 'false', enum: [false] });
    expect(stale.map((a) => a.description)).toEqual(['Logto removed this route']);
    expect(unchanged.map((a) => a.description)).toEqual(['already true upstream']);
    expect(input).toEqual(spec()); // the caller's document is left alone
  });

  it('reports an update that documents a property its target lacks as stale, applying the rest (merging would invent a typeless field)', async () => {
    const documenting = parseOverlay(
      overlayText(
        [
          `  - target: $.paths['/things'].post.requestBody.content['application/json'].schema`,
          `    description: the body is a Thing`,
          `    update:`,
          `      x-schema-name: Thing`,
          `      properties:`,
          `        name: { description: What it is called. }`,
          `        colour: { description: Not in this version of the spec. }`,
          `        size: { type: integer, description: Added on purpose, with a type. }`,
        ].join('\n') + '\n',
      ),
      'o.yaml',
    );
    const { doc, stale, unchanged } = await applyOverlay(spec(), documenting);
    expect(stale.map((action) => [action.number, action.invented])).toEqual([[1, ['#/properties/colour']]]);
    expect(unchanged).toEqual([]);
    const schema = ((((doc.paths as Record<string, JsonObject>)['/things'] as JsonObject).post as JsonObject).requestBody as JsonObject).content as Record<string, JsonObject>;
    const properties = (schema['application/json']?.schema as JsonObject).properties as Record<string, JsonObject>;
    expect(Object.keys(properties).sort()).toEqual(['name', 'notify', 'size']);
    expect(properties.name).toEqual({ type: 'string', pattern: '/^\\d+$/', description: 'What it is called.' });
    expect((schema['application/json']?.schema as JsonObject)['x-schema-name']).toBe('Thing');
  });

  it('refuses a removal that would take several elements out of one array (the library would remove the wrong ones)', async () => {
    const twoAtOnce = parseOverlay(
      overlayText(`  - target: $.paths['/things'].post.requestBody.content['application/json'].schema.required[?(@ == 'name' || @ == 'notify')]\n    description: both optional\n    remove: true\n`),
      'o.yaml',
    );
    await expect(applyOverlay(spec(), twoAtOnce)).rejects.toThrow(/^overlay action #1 \(o\.yaml:6\) "both optional" target .* removes several elements of one array; .*write one action per element, the last index first$/);
  });

  it('fails naming the action when the library refuses it instead of skipping it quietly', async () => {
    const wrong = parseOverlay(overlayText(`  - target: $\n    description: remove everything\n    remove: true\n`), 'o.yaml');
    await expect(applyOverlay(spec(), wrong)).rejects.toThrow(/^overlay action #1 \(o\.yaml:6\) "remove everything" target \$ failed: .*remove is not supported at target "\$"/);
  });
});

describe('jsonpathly, as the overlay header describes it', () => {
  const doc = { a: { oneOf: [{ f: 'x' }] }, b: { c: { f: 'x' } } };
  it('`$..[?…]` misses array elements and `$..*[?…]` finds them (why the overlay writes the latter)', () => {
    // If this starts failing because `$..[?…]` finds both, jsonpathly fixed it: either form is then fine.
    expect(paths(doc, "$..[?(@.f == 'x')]")).toEqual(["$['b']['c']"]);
    expect(paths(doc, "$..*[?(@.f == 'x')]").sort()).toEqual(["$['a']['oneOf'][0]", "$['b']['c']"]);
  });
});
