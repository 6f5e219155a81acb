/**
 * Code run by `node -e` in the Prism process itself, before Prism's CLI loads: it ties Prism's
 * life to the IPC channel with the launcher, so when the launcher's process goes away for any
 * reason (normal exit, crash, SIGINT, SIGTERM, even SIGKILL) the channel closes and Prism exits.
 * Kept as plain CommonJS source so no loader (tsx) has to start in the Prism process.
 * argv: [node, <prism entry>, ...prism args].
 *
 * It also makes Prism's proxy open a new connection to the upstream for every request. Node 20's
 * default agent keeps sockets alive and does not read the upstream's `Keep-Alive: timeout=5`, and
 * a Node server (Logto) closes a socket idle for 5 s: a request Prism sends on a socket the server
 * is closing at that moment fails with ECONNRESET, which Prism answers as a 500 `FetchError` of its
 * own. Against real Logto that turned 61 of 1,398 proxied tests red at random (a whole-API run has
 * many 5-second gaps per socket); a fresh loopback connection per request costs next to nothing.
 */
export const PRISM_GUARD_SOURCE = `
const entry = process.argv[1];
process.argv = [process.argv[0], entry, ...process.argv.slice(2)];
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
for (const name of ['http', 'https']) {
  const mod = require(name);
  mod.globalAgent = new mod.Agent({ keepAlive: false });
}
require(entry);
`;
