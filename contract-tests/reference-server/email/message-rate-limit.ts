import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { EmailConnector, EmailMessage } from './connector.js';

/**
 * Logto's `defaultMessageRateLimitPolicy` (@logto/schemas, consts/message-rate-limit.ts): at most
 * 10 successful sends to one recipient in any 600 seconds, whatever kind of message; the 11th is
 * 429 `request.message_rate_limited`. It is not tenant-configurable.
 */
export const messageRateLimit = Object.freeze({ maxSendsPerRecipient: 10, windowMs: 600_000 });

/** Logto keys the limit by the address lower-cased (trimmed), so re-casing cannot dodge it. */
function recipientKey(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * Sends through the connector under the limit, as Logto's `withMessageRateGuard`: count the
 * recipient's sends in the window, refuse at the cap, send, then record the send. A failed send
 * (no connector: 501) is not recorded.
 */
export async function sendRateLimited(db: Queryable, connector: EmailConnector, message: EmailMessage, now: number): Promise<void> {
  const recipient = recipientKey(message.to);
  const { rows } = await db.query<{ sends: number }>(`select count(*)::int as sends from message_sends where recipient = $1 and sent_at > $2`, [
    recipient,
    now - messageRateLimit.windowMs,
  ]);
  if ((rows[0]?.sends ?? 0) >= messageRateLimit.maxSendsPerRecipient) throw new ApiError(429, 'request.message_rate_limited');
  await connector.send(message);
  await db.query(`insert into message_sends (recipient, sent_at) values ($1, $2)`, [recipient, now]);
}
