interface SideBySideRow {
  contender: string;
  value: string;
  /** Relative to the item's baseline, e.g. `1.00x`; empty when there is none. */
  relative: string;
}

/** `met`/`missed` compare a figure with its target; `measured`: an item without a target yet; `error` means the item could not be measured. */
type ItemStatus = 'met' | 'missed' | 'measured' | 'error' | 'skipped';

/** One bench item's outcome: a line of the final table and an entry of bench.json. */
export interface ItemResult {
  item: number;
  title: string;
  target: string;
  /** The figure compared with the target, as printed. */
  measured: string;
  status: ItemStatus;
  /** Why a target was missed, why an item errored, or what the figure leaves out. */
  notes: string[];
  /** The contenders side by side, printed under the table. */
  sideBySide: SideBySideRow[];
  /** Every figure behind `measured`, for bench.json. */
  figures: Record<string, unknown>;
}

export function errorResult(item: number, title: string, target: string, error: unknown): ItemResult {
  const message = error instanceof Error ? error.message : String(error);
  return { item, title, target, measured: 'n/a', status: 'error', notes: [message.split('\n')[0] ?? message], sideBySide: [], figures: {} };
}

/** What the table shows for an item before (or without) a measurement. */
export interface ItemMeta {
  item: number;
  title: string;
  target: string;
}
