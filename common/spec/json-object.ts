/** A parsed OpenAPI document, or any object inside one: plain JSON data. */
export type JsonObject = { [key: string]: unknown };

/** An object (not an array, not null): what a spec's maps and schemas are. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, as messages say it ("an array", "a string"). */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
