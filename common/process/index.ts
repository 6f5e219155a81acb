/**
 * Running child processes for the tooling: commands that run to their end (`startChild`,
 * `runNpmScript`), long-running servers (`startServerProcess`), stop signals, and reading what a
 * run counts (its closing line, vitest's JSON report) by one set of rules.
 */
export { announceOutcome, awaitAnnouncement } from './announcement.js';
export { startChild } from './child.js';
export { findSummaryLine, interruptedLine, summaryLine, type Counts } from './closing-line.js';
export { freePort, freePorts } from './free-port.js';
export { plainText } from './lines.js';
export { isProcessAlive } from './process-alive.js';
export { runNpmScript, type StepOutcome } from './npm-script.js';
export { addCounts, countsOfRun } from './run-counts.js';
export { startServerProcess } from './server-process.js';
export { INTERRUPT_EXIT_CODES, watchStopSignals, type StopSignal } from './stop-signals.js';
export { installedPackage } from './installed-package.js';
export { vitestEntry } from './vitest-entry.js';
export { isBrokenFile, readVitestReport, vitestCounts, type VitestJsonReport } from './vitest-results.js';
