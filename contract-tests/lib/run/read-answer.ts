/** A whole answer, read once: what the live scenarios and the trace recorder look at. */
export interface ReadAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  json: unknown;
}

/** Reads a response's body as text, and as JSON when it is JSON (never throws for a non-JSON body). */
export async function readAnswer(response: Response): Promise<ReadAnswer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
