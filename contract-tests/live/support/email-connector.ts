/**
 * Whether a tenant has an e-mail connector, asked without sending anything: Logto's connector
 * list (ListConnectors, read-only). `unknown` when the server does not answer it.
 */
export async function detectEmailConnector(endpoint: string, token: string): Promise<'present' | 'absent' | 'unknown'> {
  try {
    const response = await fetch(`${endpoint}/api/connectors`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return 'unknown';
    }
    const body = (await response.json()) as unknown;
    if (!Array.isArray(body)) return 'unknown';
    return body.some((c) => c !== null && typeof c === 'object' && (c as Record<string, unknown>).type === 'Email') ? 'present' : 'absent';
  } catch {
    return 'unknown';
  }
}
