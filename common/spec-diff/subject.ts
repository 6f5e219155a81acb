/** What a message talks about: "request body field `a.b`", "response 200 body", "query parameter `x`". */
export interface Subject {
  base: string;
  /** Dotted path inside the schema, `[]` for array items; empty at the root. */
  field: string;
}

export function describeSubject(subject: Subject): string {
  return subject.field ? `${subject.base} field \`${subject.field}\`` : subject.base;
}

export function childSubject(subject: Subject, segment: string): Subject {
  if (segment === '[]') return { base: subject.base, field: `${subject.field}[]` };
  return { base: subject.base, field: subject.field ? `${subject.field}.${segment}` : segment };
}
