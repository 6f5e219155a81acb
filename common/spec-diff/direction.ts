/** What a change does to a client of the old spec. */
export type ChangeClass = 'breaking' | 'non-breaking';

/**
 * Which way data flows. In a request the client is the writer: accepting less breaks it. In a
 * response the client is the reader: being sent more (new enum value, null, missing field) breaks it.
 */
export type Direction = 'request' | 'response';

/** Class of a change that lets more values through (wider type, extra enum value, nullable...). */
export function widening(direction: Direction): ChangeClass {
  return direction === 'request' ? 'non-breaking' : 'breaking';
}

/** Class of a change that lets fewer values through. */
export function narrowing(direction: Direction): ChangeClass {
  return direction === 'request' ? 'breaking' : 'non-breaking';
}
