/** Where the auth fetch gets bearer tokens from. */
export interface TokenSource {
  /** A token that is valid now; concurrent callers may share one request. */
  getToken(): Promise<string>;
  /** The token `getToken` would resolve to at once, when one is cached; lets a call skip a turn of the event loop. */
  cachedToken?(): string | undefined;
  /** The API rejected `token` (401): forget it so the next `getToken` fetches a fresh one. */
  invalidate(token: string): void;
}
