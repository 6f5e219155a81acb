/**
 * Something in the spec that a strict tool cannot take at face value (a JavaScript regex literal in
 * `pattern`, a non-standard `format`, ...). The run reports these instead of crashing on them.
 */
export interface SpecFinding {
  /** Stable machine-readable kind, e.g. `pattern-regex-literal`. */
  kind: string;
  /** JSON pointer into the spec where the problem sits (first occurrence). */
  pointer: string;
  /** What is wrong and how the suite treats it. */
  message: string;
  /** How many places in the spec share this kind and value. */
  occurrences: number;
}

/** Collects findings, folding repeats of the same kind+detail into one entry with a count. */
export class FindingCollector {
  private readonly byKey = new Map<string, SpecFinding>();

  add(kind: string, detail: string, pointer: string, message: string): void {
    const key = `${kind}\u0000${detail}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.occurrences += 1;
      return;
    }
    this.byKey.set(key, { kind, pointer, message, occurrences: 1 });
  }

  list(): SpecFinding[] {
    return [...this.byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.pointer.localeCompare(b.pointer));
  }
}
