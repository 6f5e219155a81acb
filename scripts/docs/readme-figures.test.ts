import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARRIED_OPERATIONS, GENERATED_DIR, OUR_SPEC, REPO_ROOT, UPSTREAM_SPEC } from '../../common/paths.js';
import { isHttpMethod, isObject, loadSpec, type JsonObject } from '../../common/spec/index.js';
import { messageRateLimit } from '../../contract-tests/reference-server/email/message-rate-limit.js';
import { WHOLE_API_SCENARIOS } from '../../contract-tests/scenarios/api/index.js';
import { RESOURCE_KINDS } from '../../common/logto/resource-kinds.js';
import { SELF_HOSTED_LIMITS } from '../../common/logto/self-hosted-limits.js';
import { TENANT_SETTINGS } from '../../common/logto/tenant-settings.js';

/**
 * The figures the documents (README.md, docs/*.md) and openapi/KNOWN-DIFFERENCES.md state about
 * the code, read from the code: a change that makes a sentence false fails here, quoting it.
 * (Figures about real Logto are checked against the reports committed beside the traces, in
 * live-reports.test.ts.)
 */
const DOCUMENTS = ['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).filter((n) => n.endsWith('.md')).sort().map((n) => path.join('docs', n))]
  .map((file) => readFileSync(path.join(REPO_ROOT, file), 'utf8'))
  .join('\n');
const KNOWN_DIFFERENCES = readFileSync(path.join(REPO_ROOT, 'openapi', 'KNOWN-DIFFERENCES.md'), 'utf8');
const APIS = readFileSync(path.join(GENERATED_DIR, 'apis.ts'), 'utf8');

/** The numbers a sentence states, found by `pattern` (its groups), or a failure quoting what is missing. */
function stated(document: string, pattern: RegExp): number[] {
  const match = pattern.exec(document);
  if (!match) throw new Error(`the sentence ${pattern} is not in the document any more: update this test with it`);
  return match.slice(1).map((group) => Number(group.replace(/\s/g, '')));
}

function operations(doc: JsonObject): JsonObject[] {
  const found: JsonObject[] = [];
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) if (isHttpMethod(method) && isObject(operation)) found.push(operation);
  }
  return found;
}

describe('the documents\' figures', async () => {
  const ours = (await loadSpec(OUR_SPEC)).raw;
  const upstream = (await loadSpec(UPSTREAM_SPEC)).raw;

  it('"the N operations of Logto 1.42": the operations of our spec', () => {
    expect(stated(DOCUMENTS, /the (\d+) operations of\s+Logto 1\.42/)).toEqual([operations(ours).length]);
  });

  it('"one object per API tag (N, ...)": the API classes the generator wrote, one per tag with operations', () => {
    const classes = new Set([...APIS.matchAll(/new (\w+Api)\(/g)].map((m) => m[1]));
    const tagsWithOperations = new Set(operations(ours).flatMap((op) => (Array.isArray(op.tags) ? op.tags : [])));
    expect(classes.size).toBe(tagsWithOperations.size);
    expect(stated(DOCUMENTS, /[Oo]ne object per API tag \((\d+), one for each tag of Logto's spec that has operations\)/)).toEqual([classes.size]);
  });

  it('"Every page-based list (N of them)": the ...Iterate methods generated', () => {
    const iterators = new Set([...APIS.matchAll(/\b(\w+Iterate)\(/g)].map((m) => m[1]));
    expect(stated(DOCUMENTS, /Every page-based list \((\d+) of them\)/)).toEqual([iterators.size]);
  });

  it('"(N operations, M operation × status pairs)": Logto\'s served spec as committed', () => {
    const pairs = operations(upstream).reduce((n, op) => n + (isObject(op.responses) ? Object.keys(op.responses).length : 0), 0);
    expect(stated(DOCUMENTS, /\((\d+) operations, (\d+) operation × status\s+pairs\)/)).toEqual([operations(upstream).length, pairs]);
  });

  it('"names the N operations of the Organization Invitations family": openapi/carried-operations.json', () => {
    const carried = JSON.parse(readFileSync(CARRIED_OPERATIONS, 'utf8')) as { operationIds: string[] };
    expect(stated(DOCUMENTS, /names the (\d+) operations of the Organization Invitations family/)).toEqual([carried.operationIds.length]);
  });

  it('"N scenarios in all", "(N operations)" that cannot answer 2xx self-hosted, "N kinds", "N of them" settings: the data (the drift count: drift-catalogue.test.ts)', () => {
    expect(stated(DOCUMENTS, /one file per tag of the\s+spec, (\d+) scenarios in all/)).toEqual([WHOLE_API_SCENARIOS.length]);
    expect(stated(DOCUMENTS, /`common\/logto\/self-hosted-limits\.ts` \((\d+)\s+operations\)/)).toEqual([SELF_HOSTED_LIMITS.length]);
    expect(stated(DOCUMENTS, /`common\/logto\/resource-kinds\.ts`, (\d+) kinds/)).toEqual([RESOURCE_KINDS.length]);
    expect(stated(DOCUMENTS, /`common\/logto\/tenant-settings\.ts`: (\d+) of them/)).toEqual([TENANT_SETTINGS.length]);
  });

  it('"the send limit (N e-mails per recipient in S s": the reference server\'s limit', () => {
    expect(stated(DOCUMENTS, /the send limit \((\d+) e-mails per recipient in (\d+) s/)).toEqual([messageRateLimit.maxSendsPerRecipient, messageRateLimit.windowMs / 1000]);
  });
});

describe('openapi/KNOWN-DIFFERENCES.md figures', async () => {
  const ours = (await loadSpec(OUR_SPEC)).raw;
  const carried = new Set((JSON.parse(readFileSync(CARRIED_OPERATIONS, 'utf8')) as { operationIds: string[] }).operationIds);

  it('row 5 "(N lines, M operations)": the error-body lines of the embedded comparison', () => {
    const comparison = KNOWN_DIFFERENCES.slice(KNOWN_DIFFERENCES.indexOf('<!-- comparison:start'), KNOWN_DIFFERENCES.indexOf('<!-- comparison:end'));
    let operation = '';
    const lines: string[] = [];
    const withLines = new Set<string>();
    for (const line of comparison.split('\n')) {
      const heading = /^ {2}(\w+)$/.exec(line);
      if (heading) operation = heading[1] as string;
      if (/- response [45]\d\d body now documents a body of type application\/json$/.test(line)) {
        lines.push(line);
        withLines.add(operation);
      }
    }
    expect(stated(KNOWN_DIFFERENCES, /\((\d+) lines, (\d+) operations\)/)).toEqual([lines.length, withLines.size]);
  });

  it('row 10 "(N carried, M in all)": the operations with a JSON request body', () => {
    const withBody = operations(ours).filter((op) => isObject(op.requestBody) && isObject(op.requestBody.content) && 'application/json' in op.requestBody.content);
    expect(stated(KNOWN_DIFFERENCES, /\((\d+) carried, (\d+) in all\)/)).toEqual([withBody.filter((op) => carried.has(String(op.operationId))).length, withBody.length]);
  });
});
