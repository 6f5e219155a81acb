/**
 * Whether a process with this id still exists (signal 0 tests for it without touching it). EPERM
 * means it exists but belongs to someone else: alive, so a pid file or scratch folder it owns is
 * not a leftover.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}
