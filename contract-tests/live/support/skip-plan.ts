import { SKIP_KEYS, type TargetInfo } from './live-plan.js';

/** Which scenarios cannot run against these targets, and why (printed at start, shown on the skipped tests). */
export function planSkips(main: TargetInfo, mailer: TargetInfo | undefined): Record<string, string> {
  const skips: Record<string, string> = {};
  if (main.kind === 'remote') {
    skips[SKIP_KEYS.unfilteredList] = 'an unfiltered list reads every invitation of a shared tenant; it runs only against the embedded reference server';
  }
  const sender = [main, mailer].find((t) => t?.emailConnector === 'present');
  if (!sender) {
    skips[SKIP_KEYS.withConnector] =
      main.emailConnector === 'absent'
        ? 'the tenant has no e-mail connector (LOGTO_CONTRACT_EMAIL_CONNECTOR=absent or detected)'
        : 'cannot tell whether the tenant has an e-mail connector; set LOGTO_CONTRACT_EMAIL_CONNECTOR=present|absent';
  } else if (!sender.maySendEmail) {
    skips[SKIP_KEYS.withConnector] = 'these tests would send invitation e-mails (to @example.com); set LOGTO_CONTRACT_SEND_EMAIL=1 to run them';
  }
  if (main.emailConnector !== 'absent') {
    skips[SKIP_KEYS.withoutConnector] =
      main.emailConnector === 'present'
        ? 'the tenant has an e-mail connector, so the 501 connector.not_found answers cannot be observed'
        : 'cannot tell whether the tenant has an e-mail connector; set LOGTO_CONTRACT_EMAIL_CONNECTOR=present|absent';
  }
  return skips;
}

/** The target whose e-mail tests may run: the one with a connector that may send. */
export function senderTarget(main: TargetInfo, mailer: TargetInfo | undefined): TargetInfo | undefined {
  return [mailer, main].find((t) => t?.emailConnector === 'present' && t.maySendEmail);
}
