import { stripVTControlCharacters } from 'node:util';
import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason } from 'vitest/node';
import { appendRecord, RUN_STREAM_FILE, type ErrorRecord } from './run-stream.js';

/**
 * Vitest reporter of the live suite: streams every test's start and result to the run stream
 * (see run-stream.ts), from which `contract:live` writes junit.xml and results.json, whole or
 * interrupted. It prints nothing; the default reporter does the console.
 */
export class LiveReporter implements Reporter {
  private readonly reported = new Set<string>();

  constructor(private readonly file: string = RUN_STREAM_FILE) {}

  onTestCaseReady(testCase: TestCase): void {
    appendRecord({ type: 'start', id: testCase.id, file: testCase.module.relativeModuleId, name: testCase.fullName }, this.file);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.record(testCase);
  }

  onTestModuleEnd(testModule: TestModule): void {
    // Tests skipped at collection may never get a result event; a module's end lists them all.
    for (const testCase of testModule.children.allTests()) this.record(testCase);
    const file = testModule.relativeModuleId;
    if (testModule.errors().length > 0) appendRecord({ type: 'error', file, where: 'file', errors: testModule.errors().map(toRecord) }, this.file);
    for (const suite of testModule.children.allSuites()) {
      if (suite.errors().length > 0) appendRecord({ type: 'error', file, where: suite.fullName, errors: suite.errors().map(toRecord) }, this.file);
    }
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    if (unhandledErrors.length > 0) appendRecord({ type: 'error', file: null, where: 'outside any test (global setup or teardown, an unhandled error)', errors: unhandledErrors.map(toRecord) }, this.file);
    appendRecord({ type: 'end', reason }, this.file);
  }

  private record(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state === 'pending' || this.reported.has(testCase.id)) return;
    this.reported.add(testCase.id);
    appendRecord(
      {
        type: 'test',
        id: testCase.id,
        file: testCase.module.relativeModuleId,
        name: testCase.fullName,
        state: result.state,
        durationMs: Math.round(testCase.diagnostic()?.duration ?? 0),
        errors: (result.errors ?? []).map(toRecord),
      },
      this.file,
    );
  }
}

function toRecord(error: SerializedError & { diff?: string }): ErrorRecord {
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !line.includes('node_modules'))
    .slice(0, 5);
  const detail = [error.diff ?? '', ...frames].filter((part) => part.trim() !== '').join('\n');
  return { name: error.name ?? 'Error', message: stripVTControlCharacters(error.message), ...(detail ? { detail: stripVTControlCharacters(detail) } : {}) };
}
