/**
 * Formats JSON Schema / OpenAPI define that ajv-formats can check. Anything else in a spec
 * (`url`, `false`, `empty`, ...) is registered as known-but-unchecked and reported as a finding,
 * so a strict validator neither crashes nor silently guesses what the author meant.
 */
export const CHECKED_FORMATS: ReadonlySet<string> = new Set([
  'date', 'time', 'date-time', 'duration', 'uri', 'uri-reference', 'uri-template', 'email', 'hostname',
  'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'relative-json-pointer',
  'byte', 'int32', 'int64', 'float', 'double', 'password', 'binary',
]);
