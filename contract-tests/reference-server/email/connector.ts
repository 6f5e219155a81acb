import { appendFile } from 'node:fs/promises';
import { ApiError } from '../errors.js';

export interface EmailMessage {
  to: string;
  type: 'OrganizationInvitation';
  payload: Record<string, unknown>;
}

export interface EmailConnector {
  /** Whether an e-mail connector is configured (what `GET /api/connectors` lists). */
  readonly configured: boolean;
  /** Throws 501 `connector.not_found` when no e-mail connector is configured, as Logto does. */
  send(message: EmailMessage): Promise<void>;
}

export const noEmailConnector: EmailConnector = {
  configured: false,
  send: () => Promise.reject(new ApiError(501, 'connector.not_found', { interpolation: { type: 'Email' } })),
};

/** Appends each message as one JSON line, so tests can read what would have been sent. */
export function fileEmailConnector(outboxPath: string): EmailConnector {
  return {
    configured: true,
    send: (message) => appendFile(outboxPath, `${JSON.stringify(message)}\n`, 'utf8'),
  };
}
