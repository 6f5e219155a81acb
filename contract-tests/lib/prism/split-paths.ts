/**
 * Which paths each Prism of a fleet serves. A Prism matches every request against every path of
 * its spec (its router scores them all) and parses and indexes every path at start-up, so a Prism
 * that holds only the paths its share of the requests go to starts faster and answers each request
 * faster: on our 284-operation spec, half the paths per Prism cut a start from about 1.3 s to
 * 1.0 s and its share of the mock run's requests from about 3.0 s to 2.5 s (one Prism, same
 * requests, measured side by side).
 *
 * Two paths stay on one Prism when a request could match both (same number of segments, each
 * segment equal or a template on either side): only then does a Prism holding both route it as the
 * whole spec would. So do the paths of one resource (the same first two segments, `/api/users...`),
 * so a client working on one resource talks to one mock. The groups are dealt out heaviest first,
 * each to the lightest share, weighed by what they cost a Prism (pathWeight).
 */

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** `count` shares of the document's paths (each in document order); every path is in exactly one. A share may be empty when there are fewer groups than shares. */
export function splitPaths(document: { paths?: Record<string, unknown> }, count: number): string[][] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`paths can only be split into a whole number of shares >= 1, got ${count}`);
  const paths = Object.keys(document.paths ?? {});
  const group = groupsOf(paths);
  const weightOf = new Map<number, number>();
  paths.forEach((path, index) => weightOf.set(group[index] as number, (weightOf.get(group[index] as number) ?? 0) + pathWeight(document.paths?.[path])));
  // Heaviest group first; equal weights in the order their first path appears.
  const order = [...weightOf.keys()].sort((a, b) => (weightOf.get(b) as number) - (weightOf.get(a) as number) || a - b);
  const load = new Array<number>(count).fill(0);
  const shareOf = new Map<number, number>();
  for (const g of order) {
    const share = load.indexOf(Math.min(...load));
    shareOf.set(g, share);
    load[share] = (load[share] as number) + (weightOf.get(g) as number);
  }
  const shares: string[][] = Array.from({ length: count }, () => []);
  paths.forEach((path, index) => shares[shareOf.get(group[index] as number) as number]?.push(path));
  return shares;
}

/** For each path, the index of the first path of its group (paths that must share a Prism). */
function groupsOf(paths: readonly string[]): number[] {
  const parent = paths.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const join = (a: number, b: number): void => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const segments = paths.map((p) => p.split('/'));
  const byResource = new Map<string, number>();
  segments.forEach((s, i) => {
    const resource = s.slice(0, 3).join('/');
    const first = byResource.get(resource);
    if (first === undefined) byResource.set(resource, i);
    else join(first, i);
  });
  for (let a = 0; a < paths.length; a++) for (let b = a + 1; b < paths.length; b++) if (mayMatchTheSameRequest(segments[a] as string[], segments[b] as string[])) join(a, b);
  return paths.map((_, i) => root(i));
}

function mayMatchTheSameRequest(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i] || segment.includes('{') || (b[i] as string).includes('{'));
}

/**
 * How much of a Prism's time its schemas take, in requests: a Prism compiles each schema the
 * first time a request needs it, and on a large spec that costs more than the requests. Sending
 * each resource's requests of our spec to one Prism, group after group, the time fitted about
 * 2.4 ms a request plus 3.9 ms per 1,000 characters of the paths' definitions (37 groups; the
 * error was half that of counting requests alone), so about 600 characters to a request. Weighed
 * so, a run's two Prisms ended their shares 0.07 to 0.16 s apart, against 0.33 to 0.46 s by
 * requests alone.
 */
const CHARACTERS_PER_REQUEST = 600;

/** A request per documented status of each operation, one more for its invalid inputs, and one per CHARACTERS_PER_REQUEST of its definition. */
function pathWeight(item: unknown): number {
  if (!item || typeof item !== 'object') return 1;
  let weight = 0;
  for (const [method, operation] of Object.entries(item)) {
    if (!METHODS.has(method)) continue;
    const responses = (operation as { responses?: Record<string, unknown> } | undefined)?.responses;
    weight += Object.keys(responses ?? {}).length + 1;
  }
  return Math.max(1, weight + JSON.stringify(item).length / CHARACTERS_PER_REQUEST);
}
