import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * How big a program that calls one operation is once bundled, the way issue 23 measures it:
 * esbuild `--bundle --minify --platform=node --format=esm`. The unit test holds the small form
 * to its bound; `npm run bench` (item 7) prints it beside the full client and `@logto/api`.
 */

/** The bound on the small form's one-operation bundle, our runtime included (bytes; 1 KB = 1,000 bytes). */
export const SMALL_FORM_MAX_BYTES = 25_000;

/** A consumer of the small form calling `getUser`, importing the module at `entry`. */
export function smallFormConsumer(entry: string): string {
  return [
    `import { createLogtoCore, getUser } from ${JSON.stringify(entry)};`,
    `const logto = createLogtoCore({ endpoint: process.env.LOGTO_ENDPOINT, credentials: { appId: process.env.LOGTO_M2M_APP_ID, appSecret: process.env.LOGTO_M2M_APP_SECRET } });`,
    `console.log(await getUser(logto, process.argv[2]));`,
  ].join('\n');
}

/** The same call through the full client (`createLogtoClient`, every API class). */
export function fullClientConsumer(entry: string): string {
  return [
    `import { createLogtoClient } from ${JSON.stringify(entry)};`,
    `const logto = createLogtoClient({ endpoint: process.env.LOGTO_ENDPOINT, credentials: { appId: process.env.LOGTO_M2M_APP_ID, appSecret: process.env.LOGTO_M2M_APP_SECRET } });`,
    `console.log(await logto.users.getUser(process.argv[2]));`,
  ].join('\n');
}

/** The same call through `@logto/api`'s management client. */
export function logtoApiConsumer(): string {
  return [
    `import { createManagementApi } from '@logto/api/management';`,
    `const { apiClient } = createManagementApi('default', { clientId: process.env.LOGTO_M2M_APP_ID, clientSecret: process.env.LOGTO_M2M_APP_SECRET, baseUrl: process.env.LOGTO_ENDPOINT });`,
    `console.log((await apiClient.GET('/api/users/{userId}', { params: { path: { userId: process.argv[2] } } })).data);`,
  ].join('\n');
}

export interface Bundle {
  /** The minified bundle. */
  text: string;
  bytes: number;
  gzipBytes: number;
}

/** Bundles `source` (resolving its imports from `resolveDir`) as the issue does and measures the output. */
export async function bundleConsumer(source: string, resolveDir: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js', sourcefile: 'consumer.js' },
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote nothing');
  return { text: output.text, bytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents).byteLength };
}
