import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS_TOUCHED } from '../scenarios/operations-touched.js';
import type { Observation } from './observation.js';
import { REPO_ROOT } from './repo-paths.js';
import { HAND_WRITTEN_DIR, isHandWritten, staleDeclarations, undeclaredOperations } from './touched-operations.js';

const FILE = `${HAND_WRITTEN_DIR}/widgets.live.test.ts`;
const DECLARED = { 'widgets.live.test.ts': ['CreateWidget', 'ListWidgets'] };

function sent(operationId: string | null, file = FILE): Observation {
  return { test: 'widgets > t', file, target: 'main', operationId, method: 'GET', path: '/api/widgets', status: 200, contentType: 'application/json', deliberatelyInvalid: false, violations: [], durationMs: 1 };
}

describe('the operations a hand-written test file declares', () => {
  it('every hand-written file has a declaration, and every declaration a file (what --changed-since selects them by)', () => {
    const files = readdirSync(path.join(REPO_ROOT, HAND_WRITTEN_DIR)).filter((name) => name.endsWith('.live.test.ts')).sort();
    expect(Object.keys(OPERATIONS_TOUCHED).sort()).toEqual(files);
    expect(files.every((name) => isHandWritten(`${HAND_WRITTEN_DIR}/${name}`))).toBe(true);
    expect(isHandWritten('contract-tests/live/whole-api/whole-api.live.test.ts')).toBe(false);
  });

  it('a test that sends an operation its file does not declare is told which one to add; a request outside the spec needs none', () => {
    expect(undeclaredOperations(FILE, [sent('CreateWidget'), sent(null)], DECLARED)).toBeUndefined();
    expect(undeclaredOperations(FILE, [sent('CreateWidget'), sent('DeleteWidget')], DECLARED)).toMatch(/this test sent DeleteWidget, which OPERATIONS_TOUCHED .* does not list for widgets\.live\.test\.ts: add it/);
    expect(undeclaredOperations(`${HAND_WRITTEN_DIR}/gadgets.live.test.ts`, [sent('ListGadgets')], DECLARED)).toMatch(/declares no operations: add "gadgets\.live\.test\.ts": \["ListGadgets"\]/);
  });

  it('after a full run: a declared operation none of the tests sent is stale, unless the server could not be sent it; a declaration without a file too', () => {
    const observations = [sent('CreateWidget')];
    expect(staleDeclarations(observations, [FILE], new Set(['CreateWidget', 'ListWidgets']), DECLARED)).toEqual([
      expect.stringMatching(/says widgets\.live\.test\.ts sends ListWidgets, which none of its tests sent in this full run: remove it/),
    ]);
    expect(staleDeclarations(observations, [FILE], new Set(['CreateWidget']), DECLARED)).toEqual([]);
    expect(staleDeclarations(observations, [], new Set(['CreateWidget']), DECLARED)).toEqual([expect.stringMatching(/declares operations for widgets\.live\.test\.ts, which did not run/)]);
  });
});
