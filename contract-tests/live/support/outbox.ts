import { readFile } from 'node:fs/promises';

interface OutboxMessage {
  to: string;
  type: string;
  payload: Record<string, unknown>;
}

/** Messages the embedded server's file connector "sent" to one address (tests run concurrently; filter by recipient). */
export async function messagesTo(outboxPath: string, recipient: string): Promise<OutboxMessage[]> {
  const text = await readFile(outboxPath, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OutboxMessage)
    .filter((message) => message.to.toLowerCase() === recipient.toLowerCase());
}
