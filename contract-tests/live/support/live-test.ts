import path from 'node:path';
import { inject, test as base } from 'vitest';
import { loadConformance } from './conformance.js';
import type { LivePlan, TargetInfo } from './live-plan.js';
import { NameFactory } from './names.js';
import type { Observation } from './observation.js';
import { Session } from './session.js';
import { lastRequestText, violationsText } from './violation-text.js';
import { isHandWritten, undeclaredOperations } from './touched-operations.js';
import { REPO_ROOT } from './repo-paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    livePlan: LivePlan;
  }
}

export interface LiveContext {
  plan: LivePlan;
  /** The server every scenario runs against. */
  main: Session;
  /** A session on another target (the embedded server with an e-mail connector). */
  on(target: TargetInfo): Promise<Session>;
  /**
   * A session that skips the Prism proxy, for answers Prism cannot pass through: `prism proxy`
   * replaces an upstream 501 with a mocked success. Same target when not proxied.
   */
  direct(target: TargetInfo): Promise<Session>;
  /** Every response this test saw, on every target. */
  observations: Observation[];
}

let names: NameFactory | undefined;

/**
 * `live` fixture: sessions whose every response is checked against the spec. After the test,
 * pass or fail, it deletes what the test created, then fails the test if any response broke the
 * contract (documented status, content type, schema, no 5xx, Prism's verdict when proxied).
 */
export const liveTest = base.extend<{ live: LiveContext }>({
  live: async ({ task, onTestFinished }, use) => {
    const plan = inject('livePlan');
    const conformance = await loadConformance();
    names ??= new NameFactory(plan.prefix);
    const observations: Observation[] = [];
    const testName = (): string => fullName(task);
    const file = path.relative(REPO_ROOT, task.file.filepath).split(path.sep).join('/');
    const sessions: Session[] = [];
    const open = (target: TargetInfo): Session => {
      const session = new Session(target, conformance, names as NameFactory, testName, observations, file);
      sessions.push(session);
      return session;
    };
    const context: LiveContext = {
      plan,
      main: open(plan.main),
      on: async (target) => open(target),
      direct: async (target) => open(target.viaPrism ? { ...target, apiBase: target.upstream, viaPrism: false } : target),
      observations,
    };
    // One failure per test, raised after the teardown rather than from it: vitest 4.1 runs a
    // fixture teardown that threw a second time and reports its error twice. A test that already
    // failed gets the violations (or its last request, ready to resend) added to its own error.
    let failure: string | undefined;
    let sentByTest = 0;
    onTestFinished(() => {
      const own = task.result?.state === 'fail' ? task.result.errors?.[0] : undefined;
      const text = failure ?? (own ? lastRequestText(observations.slice(0, sentByTest)) : undefined);
      if (own && text) own.message = `${own.message}\n${text}`;
      else if (text) throw new Error(text);
    });
    await use(context);
    sentByTest = observations.length;

    const problems: string[] = [];
    for (const session of sessions.reverse()) problems.push(...(await session.cleanup()));
    const undeclared = isHandWritten(file) ? undeclaredOperations(file, observations.slice(0, sentByTest)) : undefined;
    failure = [violationsText(observations, problems), undeclared].filter((text) => text !== undefined).join('\n') || undefined;
  },
});

function fullName(task: { name: string; suite?: { name: string; suite?: unknown } | undefined; file?: { name: string } }): string {
  const parts: string[] = [task.name];
  let suite = task.suite as { name: string; suite?: unknown } | undefined;
  while (suite && suite.name) {
    parts.unshift(suite.name);
    suite = suite.suite as { name: string; suite?: unknown } | undefined;
  }
  return parts.join(' > ');
}
