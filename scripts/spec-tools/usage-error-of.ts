import { UsageError } from '../../common/usage-error.js';

/** For tests: the UsageError `run` throws (anything else is rethrown; no error at all fails the test). */
export function usageErrorOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}
