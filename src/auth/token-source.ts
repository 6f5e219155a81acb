/** Where the auth middleware gets bearer tokens from. */
export interface TokenSource {
  /** A token that is valid now; concurrent callers may share one request. */
  getToken(): Promise<string>;
  /** The API rejected `token` (401): forget it so the next `getToken` fetches a fresh one. */
  invalidate(token: string): void;
}
