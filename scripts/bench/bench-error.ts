/** A problem the person running the bench can fix (bad flag, missing fixture): one line, exit 2. */
export class BenchUsageError extends Error {
  override name = 'BenchUsageError';
}
