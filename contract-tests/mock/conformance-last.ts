import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The suite's one worker runs its files one after another, and this order is the shorter run: the
 * client end-to-end and lifecycle files import the client and read the spec while the Prisms are
 * still starting, and the conformance run, which sends nearly every request, comes last and ends
 * the run. The other way round, the client's imports (about 0.3 s) came after the last answer.
 * Fixed here, not left to vitest: its default order depends on what an earlier run left in its cache.
 */
export class ConformanceLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (f: TestSpecification) => (f.moduleId.endsWith('spec-conformance.mock.test.ts') ? 1 : 0);
    return [...sorted].sort((a, b) => last(a) - last(b));
  }
}
