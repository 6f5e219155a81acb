/**
 * The connector factories a tenant's Logto offers (`GET /api/connector-factories`, read-only), by
 * id: a scenario that needs one (Logto's `mock-social-connector`, linked only in Logto's own test
 * setups) runs only where it is. `undefined` when the server does not answer it.
 */
export async function detectConnectorFactories(endpoint: string, token: string): Promise<string[] | undefined> {
  try {
    const response = await fetch(`${endpoint}/api/connector-factories`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return undefined;
    }
    const body = (await response.json()) as unknown;
    if (!Array.isArray(body)) return undefined;
    return body.flatMap((factory) => {
      const id = factory !== null && typeof factory === 'object' ? (factory as Record<string, unknown>).id : undefined;
      return typeof id === 'string' ? [id] : [];
    });
  } catch {
    return undefined;
  }
}
