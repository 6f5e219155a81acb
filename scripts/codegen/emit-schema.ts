import { createRequire } from 'node:module';
import type * as OpenapiTypescript from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { SpecError } from '../../common/spec/index.js';

/**
 * openapi-typescript through its CommonJS build. `npm run generate` runs under tsx's loader, whose
 * ESM hooks (on a separate thread in Node 20) see every module an `import` pulls in, TypeScript's
 * compiler among them: importing it that way took about 2 s, twice what plain Node takes, and most
 * of a cold run. `require` goes through tsx's CommonJS hook, which leaves `.js` alone: about 1 s.
 * Same package, same version; only the module format differs.
 */
const { default: openapiTS, astToString } = createRequire(import.meta.url)('openapi-typescript') as typeof OpenapiTypescript;

/** Renders `schema.ts` with openapi-typescript's Node API (types only: `paths`, `components`, `operations`). */
export async function emitSchema(document: Record<string, unknown>, header: string, displayPath: string): Promise<string> {
  let nodes: Awaited<ReturnType<typeof openapiTS>>;
  try {
    // openapi-typescript annotates the object it is given; keep the caller's copy pristine.
    // defaultNonNullable is off because its default (on) makes every property with a `default`
    // required, also in request bodies: callers would have to send `messagePayload` and
    // CreateOrganizationRole's defaulted arrays, which the server fills in itself.
    // rootTypes exports every schema under its own name (`OrganizationInvitation`), so the
    // short model names follow the spec instead of a hand-kept alias list.
    nodes = await openapiTS(structuredClone(document) as unknown as OpenAPI3, { silent: true, defaultNonNullable: false, rootTypes: true, rootTypesNoSchemaPrefix: true });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new SpecError(`${displayPath}: openapi-typescript could not convert the spec: ${reason}`);
  }
  return `${header}\n\n${astToString(nodes)}`;
}
