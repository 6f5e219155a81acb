import createClient, { type Client } from 'openapi-fetch';
import { createLogtoClient, type LogtoClient } from '../../../src/client.js';
import type { paths } from '../../../src/generated/schema.js';
import type { Conformance } from './conformance.js';
import type { TargetInfo } from './live-plan.js';
import type { CreateInvitationBody, Invitation, Organization, OrganizationRole, User } from './models.js';
import type { NameFactory } from './names.js';
import { INTENT_HEADER, type Observation } from './observation.js';
import { createRecordingFetch, type FetchFn } from './recording-fetch.js';
import { sharedAppTokens, type AppTokens } from './app-tokens.js';
import { Tracker } from './tracker.js';
import { readAnswer, type ReadAnswer } from '../../lib/run/read-answer.js';
import { selfHostedAnswer } from '../../../common/logto/self-hosted-limits.js';

interface RawRequest {
  /** A JSON value to send, serialized as is. */
  json?: unknown;
  /** Bytes to send verbatim (with `application/json`), for bodies that are not JSON. */
  text?: string;
  /** `undefined` = the session's good token; `null` = no Authorization header; a string = the whole header value. */
  authorization?: string | null;
  /** The request is wrong on purpose (a Prism proxy's request violations are then expected). */
  invalid?: boolean;
  /** The status the caller expects, when it knows it: one a Prism proxy cannot pass on goes straight to the server. */
  expectedStatus?: number;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** One test's access to one server: typed clients, raw requests, factories, cleanup. */
export class Session {
  readonly tracker: Tracker;
  private readonly fetch: FetchFn;
  private client: LogtoClient | undefined;
  /** The client's own token source for this target, shared by the worker's tests: cached, replaced before expiry and after a 401. */
  readonly tokens: AppTokens;
  /** Server time minus local time, learnt from a `createdAt` the server stamped. */
  private clockOffsetMs: number | undefined;

  constructor(
    readonly target: TargetInfo,
    private readonly conformance: Conformance,
    readonly names: NameFactory,
    testName: () => string,
    readonly observations: Observation[],
    testFile?: string,
  ) {
    this.tracker = new Tracker(names.prefix);
    this.fetch = createRecordingFetch({ conformance, tracker: this.tracker, targetName: target.name, testName, observations, ...(testFile ? { testFile } : {}), ...(target.versionGap ? { versionGap: target.versionGap } : {}) });
    this.tokens = sharedAppTokens(target);
  }

  /**
   * The project's client on the recording fetch: generated methods return the body or throw
   * `LogtoApiError`. Built on first use: most tests (the generic phase's thousand) send raw
   * requests only, and a client with every API class is not free to build a thousand times.
   */
  get logto(): LogtoClient {
    this.client ??= createLogtoClient({
      endpoint: this.target.apiBase,
      // Through a Prism proxy the API base is the proxy, which does not serve /oidc/token: the
      // tokens come from the upstream, through the same token source the client would build.
      getToken: async ({ rejected } = {}) => {
        if (rejected) this.tokens.invalidate(rejected);
        return this.tokens.getToken();
      },
      fetch: this.fetch,
      retry: false,
    });
    return this.client;
  }

  /** Its openapi-fetch client: every answer as `{data, error, response}`, for asserting on errors. */
  get api(): Client<paths> {
    return this.logto.client;
  }

  /** A valid token with scope `all`, for requests built by hand. */
  token(): Promise<string> {
    return this.tokens.getToken();
  }

  /** A typed client with a chosen Authorization header (or none), for the auth scenarios; its requests count as deliberately invalid unless told otherwise. */
  clientWith(authorization: string | null, options: { invalid?: boolean } = {}): Client<paths> {
    const headers: Record<string, string> = options.invalid === false ? {} : { [INTENT_HEADER]: 'invalid' };
    if (authorization !== null) headers.Authorization = authorization;
    return createClient<paths>({ baseUrl: this.target.apiBase, fetch: this.fetch, headers });
  }

  async raw(method: string, path: string, request: RawRequest = {}): Promise<ReadAnswer> {
    const headers = new Headers({ Accept: 'application/json' });
    const authorization = request.authorization === undefined ? `Bearer ${await this.token()}` : request.authorization;
    if (authorization !== null) headers.set('Authorization', authorization);
    if (request.invalid) headers.set(INTENT_HEADER, 'invalid');
    let body: string | undefined;
    if (request.text !== undefined) body = request.text;
    else if (request.json !== undefined) body = JSON.stringify(request.json);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    // `manual`: the answer is the server's own (a 302 of the SAML sign-in entry points), not the page a redirect leads to.
    const response = await this.fetch(new Request(`${this.baseFor(method, path, request)}${path}`, { method, headers, body, redirect: 'manual' }));
    return readAnswer(response);
  }

  /**
   * What a Prism proxy cannot carry goes straight to the server; our own checks still judge the
   * answer. Prism parses a request body and sends its own serialization upstream, so a body that
   * is not JSON, or JSON that is not an object (`""`, `0`, `null`), would reach the server changed
   * (an empty `""` becomes no body at all). And it does not pass on every answer: it answers an
   * upstream 501 with a mock of its own (its documented fallback), and its fetch follows a
   * redirect, so a step that expects 501 or a 3xx would see Prism's answer, not the server's; so
   * would any request of an operation a self-hosted Logto always answers with 501 (the generic
   * phase's reads of them included: common/logto/self-hosted-limits.ts says which).
   */
  private baseFor(method: string, path: string, request: RawRequest): string {
    if (!this.target.viaPrism) return this.target.apiBase;
    if (request.expectedStatus !== undefined && !prismPassesOn(request.expectedStatus)) return this.target.upstream;
    const operation = this.conformance.index.find(method, new URL(path, this.target.apiBase).pathname);
    const always = operation ? selfHostedAnswer(operation.operationId) : undefined;
    if (always !== undefined && !prismPassesOn(always)) return this.target.upstream;
    const json = request.json;
    const prismSafe = request.text === undefined && (json === undefined || (json !== null && typeof json === 'object' && !Array.isArray(json)));
    return prismSafe ? this.target.apiBase : this.target.upstream;
  }

  async organization(): Promise<Organization> {
    const result = await this.api.POST('/api/organizations', { body: { name: this.names.organization(), description: 'contract test' } });
    const organization = expectData(result, 201, 'CreateOrganization');
    this.learnClock(organization.createdAt);
    return organization;
  }

  async role(): Promise<OrganizationRole> {
    const result = await this.api.POST('/api/organization-roles', { body: { name: this.names.role(), description: 'contract test' } });
    return expectData(result, 201, 'CreateOrganizationRole');
  }

  async user(primaryEmail: string = this.names.email()): Promise<User> {
    const result = await this.api.POST('/api/users', { body: { primaryEmail, name: primaryEmail.split('@')[0] } });
    return expectData(result, 200, 'CreateUser');
  }

  async addMember(organizationId: string, userId: string): Promise<void> {
    const result = await this.api.POST('/api/organizations/{id}/users', { params: { path: { id: organizationId } }, body: { userIds: [userId] } });
    expectData(result, 201, 'AddOrganizationUsers');
  }

  /** A pending invitation (no e-mail), a week from now unless told otherwise. */
  async invitation(fields: Partial<CreateInvitationBody> & { organizationId: string }): Promise<Invitation> {
    const body: CreateInvitationBody = { invitee: this.names.email('invitee'), expiresAt: Date.now() + WEEK_MS, ...fields };
    const result = await this.api.POST('/api/organization-invitations', { body });
    return expectData(result, 201, 'CreateOrganizationInvitation');
  }

  learnClock(serverTimestamp: number): void {
    this.clockOffsetMs ??= serverTimestamp - Date.now();
  }

  /** The server's clock as best we know it (expiry is judged by the server, not by us). */
  serverNow(): number {
    return Date.now() + (this.clockOffsetMs ?? 0);
  }

  /** Deletes what the test created, in the resource model's order; a 404 means it is already gone. */
  async cleanup(): Promise<string[]> {
    const problems: string[] = [];
    for (const { kind, key, deletePath } of this.tracker.drain()) {
      try {
        const { status } = await this.raw('DELETE', deletePath);
        if (status >= 300 && status !== 404) problems.push(`cleanup of ${kind} ${key} (DELETE ${deletePath}) answered ${status}`);
      } catch (error) {
        problems.push(`cleanup of ${kind} ${key} (DELETE ${deletePath}) failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return problems;
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of an answer that must have `status`; anything else stops the test with what the server said. */
export function expectData<T>(result: FetchResult<T>, status: number, operationId: string): NonNullable<T> {
  if (result.response.status !== status || result.data === undefined || result.data === null) {
    throw new Error(`${operationId} answered ${result.response.status} (expected ${status}): ${JSON.stringify(result.error ?? result.data ?? null).slice(0, 500)}`);
  }
  return result.data as NonNullable<T>;
}

/** Whether `prism proxy` hands a status from the server on as it came (see `Session.baseFor`). */
export function prismPassesOn(status: number): boolean {
  return status !== 501 && (status < 300 || status >= 400);
}
