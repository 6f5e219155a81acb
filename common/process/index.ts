/**
 * Running child processes for the tooling: commands that run to their end (`startChild`,
 * `runNpmScript`), long-running servers (`startServerProcess`), stop signals, and reading what a
 * run counts (its closing line, vitest's JSON report) by one set of rules.
 */
export { startChild, isRunning, killWithParent, stopChildProcess, type ChildEnd, type ChildOptions, type ChildOutput, type RunningChild } from './child.js';
export { findSummaryLine, interruptedLine, parseClosingLine, summaryLine, type ClosingLine, type Counts } from './closing-line.js';
export { freePort, freePorts } from './free-port.js';
export { lineSplitter, plainText } from './lines.js';
export { isProcessAlive } from './process-alive.js';
export { runNpmScript, type StepOutcome } from './npm-script.js';
export { addCounts, countsOfRun } from './run-counts.js';
export { SERVER_PROCESS_DEFAULTS, startServerProcess, type ServerProcess, type ServerProcessOptions } from './server-process.js';
export { INTERRUPT_EXIT_CODES, REPEAT_SIGNAL_GRACE_MS, isStopSignal, onStopSignals, watchStopSignals, type StopSignal, type StopWatch } from './stop-signals.js';
export { installedPackage, type InstalledPackage } from './installed-package.js';
export { vitestEntry } from './vitest-entry.js';
export { isBrokenFile, readVitestReport, vitestCounts, type VitestAssertion, type VitestFileResult, type VitestJsonReport } from './vitest-results.js';
