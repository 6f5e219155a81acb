import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isCarried, loadCarriedOperations } from '../../common/carried-operations.js';
import { CARRIED_OPERATIONS, OUR_SPEC, REPO_ROOT } from '../../common/paths.js';
import { HTTP_METHODS, isObject, loadSpec, type JsonObject } from '../../common/spec/index.js';

/**
 * openapi/redocly.yaml demands our summary and description on the carried operations only; Redocly
 * cannot read openapi/carried-operations.json, so the config lists the operationIds itself. They
 * must be exactly the operations carried-operations.json selects in our spec.
 */
describe('openapi/redocly.yaml: the carried-operation rules', () => {
  it('list exactly the carried operations', async () => {
    const config = parse(await readFile(path.join(REPO_ROOT, 'openapi', 'redocly.yaml'), 'utf8')) as { rules: Record<string, { where?: { assertions: { enum: string[] } }[] }> };
    const spec = (await loadSpec(OUR_SPEC)).raw;
    const carried = await loadCarriedOperations(CARRIED_OPERATIONS);
    const expected: string[] = [];
    for (const item of Object.values(spec.paths as Record<string, JsonObject>)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (isObject(op) && isCarried(op, carried)) expected.push(String(op.operationId));
      }
    }
    expect(expected.length).toBeGreaterThanOrEqual(18);
    for (const rule of ['rule/carried-operation-summary', 'rule/carried-operation-description']) {
      expect([rule, [...(config.rules[rule]?.where?.[0]?.assertions.enum ?? [])].sort()]).toEqual([rule, [...expected].sort()]);
    }
  });
});
