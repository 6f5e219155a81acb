import { logtoApiContender, oursContender, type Contender } from './contenders.js';
import { startFakeLogtoServer, type FakeLogtoServer } from './fake-logto-server.js';
import type { ItemMeta, ItemResult } from './item-result.js';

const TITLE = 'Token requests, 100 concurrent calls, cold client';
const TARGET = 'ours = 1 token request';
export const TOKEN_REQUESTS_ITEM: ItemMeta = { item: 2, title: TITLE, target: TARGET };
const CONCURRENT_CALLS = 100;
// A real Logto spends a few ms signing the JWT; without a delay the race would hinge on scheduling.
const TOKEN_DELAY_MS = 20;

async function tokenRequestsFor(server: FakeLogtoServer, makeColdClient: () => Promise<Contender>): Promise<{ tokenRequests: number; calls: number }> {
  const contender = await makeColdClient();
  server.resetCounts();
  const ids = await Promise.all(Array.from({ length: CONCURRENT_CALLS }, () => contender.call()));
  return { tokenRequests: server.tokenRequests(), calls: ids.length };
}

/** Item 2: how many POST /oidc/token a fresh client sends when 100 calls start at once. */
export async function measureTokenRequests(): Promise<ItemResult> {
  const server = await startFakeLogtoServer();
  server.setTokenDelayMs(TOKEN_DELAY_MS);
  const notes: string[] = [];
  try {
    const ours = await tokenRequestsFor(server, async () => oursContender(server.endpoint));
    let logtoApi: { tokenRequests: number; calls: number } | undefined;
    try {
      logtoApi = await tokenRequestsFor(server, () => logtoApiContender(server.endpoint));
    } catch (error) {
      notes.push(`@logto/api not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (ours.tokenRequests !== 1) notes.push(`MISSED: ours sent ${ours.tokenRequests} token requests for ${CONCURRENT_CALLS} concurrent calls; concurrent callers must share one in-flight token request.`);
    if (logtoApi && logtoApi.tokenRequests > 1) {
      notes.push(`@logto/api sent ${logtoApi.tokenRequests}: its ClientCredentials caches a token once fetched but does not share an in-flight request.`);
    }
    return {
      item: 2,
      title: TITLE,
      target: TARGET,
      measured: `ours ${ours.tokenRequests}${logtoApi ? `, @logto/api ${logtoApi.tokenRequests}` : ''}`,
      status: ours.tokenRequests === 1 ? 'met' : 'missed',
      notes,
      sideBySide: [
        { contender: 'ours', value: `${ours.tokenRequests} token request(s)`, relative: '' },
        ...(logtoApi ? [{ contender: '@logto/api', value: `${logtoApi.tokenRequests} token request(s)`, relative: '' }] : []),
      ],
      figures: {
        concurrentCalls: CONCURRENT_CALLS,
        tokenEndpointDelayMs: TOKEN_DELAY_MS,
        ours: ours.tokenRequests,
        logtoApi: logtoApi?.tokenRequests ?? null,
      },
    };
  } finally {
    await server.close();
  }
}
