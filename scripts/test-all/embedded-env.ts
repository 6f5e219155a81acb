/**
 * The environment `npm test` gives its steps: without any LOGTO_* variable, so every step uses
 * the embedded servers whatever the shell exports (the README has users export LOGTO_* for
 * `npm run contract`; `npm test` must never write to their tenant). Returns the names it removed,
 * never their values.
 */
export function embeddedOnlyEnv(env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; ignored: string[] } {
  const ignored = Object.keys(env)
    .filter((name) => name.startsWith('LOGTO_'))
    .sort();
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('LOGTO_')));
  return { env: clean, ignored };
}
