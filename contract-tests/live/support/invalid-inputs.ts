import fc from 'fast-check';

/** One way to make a request body wrong. `apply` gives the JSON value or the raw text to send. */
export type BodyMutation =
  | { kind: 'drop-required'; key: string }
  | { kind: 'wrong-type'; key: string; value: unknown }
  | { kind: 'not-an-object'; value: unknown }
  | { kind: 'not-json'; text: string };

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.array(fc.oneof(fc.integer(), fc.boolean()), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

const notAnObject: fc.Arbitrary<unknown> = fc.oneof(fc.integer(), fc.string({ maxLength: 12 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));

// Truncated or non-JSON text, as a broken client would send it.
const notJson: fc.Arbitrary<string> = fc.constantFrom('{', '{"invitee":', 'not json', '[1,', "{'a': 1}", '{"a":1}}');

export function bodyMutations(properties: string[], required: string[]): fc.Arbitrary<BodyMutation> {
  const options: Array<fc.Arbitrary<BodyMutation>> = [
    notAnObject.map((value) => ({ kind: 'not-an-object' as const, value })),
    notJson.map((text) => ({ kind: 'not-json' as const, text })),
  ];
  if (required.length > 0) options.push(fc.constantFrom(...required).map((key) => ({ kind: 'drop-required' as const, key })));
  if (properties.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...properties), wrongValue).map(([key, value]) => ({ kind: 'wrong-type' as const, key, value })));
  }
  return fc.oneof(...options);
}

export function applyMutation(base: Record<string, unknown>, mutation: BodyMutation): { json: unknown } | { text: string } {
  switch (mutation.kind) {
    case 'drop-required': {
      const { [mutation.key]: _dropped, ...rest } = base;
      return { json: rest };
    }
    case 'wrong-type':
      return { json: { ...base, [mutation.key]: mutation.value } };
    case 'not-an-object':
      return { json: mutation.value };
    case 'not-json':
      return { text: mutation.text };
  }
}

/** Ids that cannot exist (a hyphen; Logto ids are lowercase alphanumeric), for operations whose only input is the path. */
export const missingPathId: fc.Arbitrary<string> = fc
  .string({ minLength: 1, maxLength: 9, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_.~!$'.split('')) })
  .map((tail) => `ct-${tail}`);
