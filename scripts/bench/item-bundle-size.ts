import { REPO_ROOT } from '../../common/paths.js';
import { bundleConsumer, fullClientConsumer, logtoApiConsumer, SMALL_FORM_MAX_BYTES, smallFormConsumer, type Bundle } from '../package/bundle-size.js';
import { buildPackageForBench } from './built-package.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { ratio } from './stats.js';

const TITLE = 'Bundle of a one-operation consumer (getUser)';
const TARGET = `ours, small form <= ${SMALL_FORM_MAX_BYTES / 1000} KB minified, runtime included`;
export const BUNDLE_SIZE_ITEM: ItemMeta = { item: 7, title: TITLE, target: TARGET };

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Item 7. A program that creates a client and calls `getUser`, bundled by esbuild as the issue
 * does (`--bundle --minify --platform=node --format=esm`): the small form and the full client
 * from the package as built from this checkout, and `@logto/api` 1.42's management client.
 * Sizes are deterministic, so one bundle each.
 */
export async function measureBundleSize(): Promise<ItemResult> {
  const built = await buildPackageForBench('bench-bundle');
  try {
    const small = await bundleConsumer(smallFormConsumer(built.entryPath('operations')), REPO_ROOT);
    const full = await bundleConsumer(fullClientConsumer(built.entryPath('index')), REPO_ROOT);
    let logtoApi: Bundle | undefined;
    const notes: string[] = [];
    try {
      logtoApi = await bundleConsumer(logtoApiConsumer(), REPO_ROOT);
    } catch (error) {
      notes.push(`@logto/api could not be bundled: ${error instanceof Error ? error.message : String(error)}`);
    }
    const met = small.bytes <= SMALL_FORM_MAX_BYTES;
    if (!met) notes.push(`MISSED by ${kb(small.bytes - SMALL_FORM_MAX_BYTES)}: the small form's bundle is ${kb(small.bytes)}; see what esbuild's metafile says each module adds (most of the runtime is its error messages).`);
    const relative = (bundle: Bundle): string => (logtoApi ? `${ratio(bundle.bytes, logtoApi.bytes).toFixed(2)}x` : '');
    const row = (contender: string, bundle: Bundle) => ({ contender, value: `${kb(bundle.bytes)} (${kb(bundle.gzipBytes)} gzip)`, relative: relative(bundle) });
    return {
      item: 7,
      title: TITLE,
      target: TARGET,
      measured: `small form ${kb(small.bytes)} (${kb(small.gzipBytes)} gzip); full client ${kb(full.bytes)}${logtoApi ? `; @logto/api ${kb(logtoApi.bytes)}` : ''}`,
      status: met ? 'met' : 'missed',
      notes,
      sideBySide: [
        row('ours, small form (createLogtoCore + getUser)', small),
        row('ours, full client (createLogtoClient, every API class)', full),
        ...(logtoApi ? [row('@logto/api (createManagementApi + GET)', logtoApi)] : []),
      ],
      figures: {
        boundBytes: SMALL_FORM_MAX_BYTES,
        smallFormBytes: small.bytes,
        smallFormGzipBytes: small.gzipBytes,
        fullClientBytes: full.bytes,
        fullClientGzipBytes: full.gzipBytes,
        logtoApiBytes: logtoApi?.bytes ?? null,
        logtoApiGzipBytes: logtoApi?.gzipBytes ?? null,
      },
    };
  } finally {
    await built.remove();
  }
}
