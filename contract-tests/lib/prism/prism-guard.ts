/**
 * Code run by `node -e` in the Prism process itself, before Prism's CLI loads: it ties Prism's
 * life to the IPC channel with the launcher, so when the launcher's process goes away for any
 * reason (normal exit, crash, SIGINT, SIGTERM, even SIGKILL) the channel closes and Prism exits.
 * Kept as plain CommonJS source so no loader (tsx) has to start in the Prism process.
 * argv: [node, <prism entry>, ...prism args].
 */
export const PRISM_GUARD_SOURCE = `
const entry = process.argv[1];
process.argv = [process.argv[0], entry, ...process.argv.slice(2)];
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
require(entry);
`;
