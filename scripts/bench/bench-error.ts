/** A bad command line: reported in one line with the fix, exit code 2. */
export class BenchUsageError extends Error {
  override name = 'BenchUsageError';
}
