import type { OutgoingRequest, ScenarioSender, StepAuth } from '../../scenarios/run-scenario.js';
import { scopelessTokens } from '../generic/scopeless-tokens.js';
import type { Session } from '../support/session.js';
import { sendTokenStep } from '../support/token-request.js';

/** A scenario's requests through a test's session: every answer checked against the spec, every create tracked for cleanup. */
export function sessionSender(session: Session): ScenarioSender {
  return {
    async send(request: OutgoingRequest) {
      const answer = await session.raw(request.method, request.target, {
        ...bodyOf(request.body),
        authorization: await authorizationFor(session, request.auth),
        invalid: request.invalid,
        ...(request.expectedStatus === undefined ? {} : { expectedStatus: request.expectedStatus }),
      });
      return answer;
    },
    token: (_step, token) => sendTokenStep(session.target, token),
  };
}

async function authorizationFor(session: Session, auth: StepAuth): Promise<string | null | undefined> {
  switch (auth) {
    case 'token':
      return undefined;
    case 'none':
      return null;
    case 'garbage':
      return 'Bearer not-a-token';
    case 'basic-scheme':
      return 'Basic Y3Q6Y3Q=';
    case 'no-scope':
      return `Bearer ${await scopelessTokens(session.target).getToken()}`;
  }
}

/** A JSON body goes as JSON (a Prism proxy can then check it); anything else as the bytes it is. */
function bodyOf(body: string | undefined): { json?: unknown; text?: string } {
  if (body === undefined) return {};
  try {
    return { json: JSON.parse(body) as unknown };
  } catch {
    return { text: body };
  }
}
