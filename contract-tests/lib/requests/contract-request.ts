import type { HttpMethod } from '../../../common/spec/index.js';

export interface RequestBody {
  mediaType: string;
  value: unknown;
}

/** A request derived from the spec, not yet bound to a server. */
export interface ContractRequest {
  operationId: string;
  method: HttpMethod;
  /** The path with parameters filled in and encoded, e.g. `/api/users/abc`. */
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: RequestBody;
  /**
   * Spec problems that can make a server reject this request although it was built to be valid
   * (e.g. a required field whose `pattern` is a JavaScript regex literal).
   */
  blockers: string[];
}

export type BuiltRequest = { ok: true; request: ContractRequest } | { ok: false; reason: string };

/** Credentials used to satisfy the operation's security requirement. Never written to reports. */
export interface RequestCredentials {
  bearerToken?: string;
  basic?: { username: string; password: string };
  apiKey?: string;
}
