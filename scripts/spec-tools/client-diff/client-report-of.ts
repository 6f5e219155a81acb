import { captureIo } from '../capture-io.js';
import { runDiff } from '../diff-cli.js';
import type { ClientReport } from './client-report.js';

/** `spec:diff --client --json <old> <new>` in process, for tests: the exit code, the report and anything written to stderr. */
export async function clientReportOf(oldFile: string, newFile: string): Promise<{ code: number; report: ClientReport; err: string[] }> {
  const { io, stdout, err } = captureIo();
  const code = await runDiff(['--client', '--json', oldFile, newFile], io);
  return { code, report: JSON.parse(stdout() || 'null') as ClientReport, err };
}
