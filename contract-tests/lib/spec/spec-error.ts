/** A spec the suite cannot work with at all (missing, unparsable, not OpenAPI 3.x). */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}
