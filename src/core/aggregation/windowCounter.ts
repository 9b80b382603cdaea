import { FIRST_YEAR, LAST_YEAR } from "../data/schema";
import type { YearWindow } from "../time/yearWindow";

const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;

/** One record's membership of one bucket (a country, a region, a group...). */
export interface CountEntry {
  bucket: number;
  /** Index of the record's category in CATEGORIES. */
  category: number;
  yearStart: number;
  yearEnd: number;
}

/**
 * Counts records per bucket and category for any year window in O(1), so recounting every country
 * for a new window costs O(buckets x categories), not O(records).
 *
 * A record spanning s..e is active in window a..b when s <= b and e >= a. Those records are
 * "started by b" minus "ended before a" (every record that ended before a also started by b), so we
 * keep two running totals per bucket and category:
 *   startedBy[i] = records with yearStart <  FIRST_YEAR + i
 *   endedBy[i]   = records with yearEnd   <  FIRST_YEAR + i
 * and count(a..b) = startedBy[b - FIRST_YEAR + 1] - endedBy[a - FIRST_YEAR].
 */
export class WindowCounter {
  readonly buckets: number;
  readonly categories: number;
  private readonly startedBy: Int32Array;
  private readonly endedBy: Int32Array;

  private finished = false;

  /** An empty counter; `add` records, then `finish` once before counting. */
  constructor(buckets: number, categories: number, entries: Iterable<CountEntry> = []) {
    this.buckets = buckets;
    this.categories = categories;
    const size = buckets * categories * (YEAR_COUNT + 1);
    this.startedBy = new Int32Array(size);
    this.endedBy = new Int32Array(size);
    for (const entry of entries)
      this.add(entry.bucket, entry.category, entry.yearStart, entry.yearEnd);
  }

  /** Counts one record in one bucket: first only the year it starts and the year it ends... */
  add(bucket: number, category: number, yearStart: number, yearEnd: number): void {
    const base = this.offset(bucket, category);
    const s = base + yearStart - FIRST_YEAR + 1;
    const e = base + yearEnd - FIRST_YEAR + 1;
    this.startedBy[s] = (this.startedBy[s] ?? 0) + 1;
    this.endedBy[e] = (this.endedBy[e] ?? 0) + 1;
  }

  /** ...then running totals over the years. Returns this, ready to count. */
  finish(): this {
    if (this.finished) return this;
    const started = this.startedBy;
    const ended = this.endedBy;
    for (let base = 0; base < started.length; base += YEAR_COUNT + 1) {
      for (let i = base + 1; i <= base + YEAR_COUNT; i++) {
        started[i] = (started[i] ?? 0) + (started[i - 1] ?? 0);
        ended[i] = (ended[i] ?? 0) + (ended[i - 1] ?? 0);
      }
    }
    this.finished = true;
    return this;
  }

  /** Records of the bucket, in the categories of `categoryMask` (bit i = category i), active in the window. */
  count(bucket: number, categoryMask: number, yearWindow: YearWindow): number {
    const to = yearWindow.to - FIRST_YEAR + 1;
    const from = yearWindow.from - FIRST_YEAR;
    let total = 0;
    for (let category = 0; category < this.categories; category++) {
      if ((categoryMask & (1 << category)) === 0) continue;
      const base = this.offset(bucket, category);
      total += (this.startedBy[base + to] ?? 0) - (this.endedBy[base + from] ?? 0);
    }
    return total;
  }

  /** `count` for every bucket at once, written into `out` (reused to avoid allocation). */
  countAll(
    categoryMask: number,
    yearWindow: YearWindow,
    out: Int32Array = new Int32Array(this.buckets),
  ): Int32Array {
    for (let bucket = 0; bucket < this.buckets; bucket++)
      out[bucket] = this.count(bucket, categoryMask, yearWindow);
    return out;
  }

  /** Bytes held by the running totals. */
  get byteLength(): number {
    return this.startedBy.byteLength + this.endedBy.byteLength;
  }

  private offset(bucket: number, category: number): number {
    return (bucket * this.categories + category) * (YEAR_COUNT + 1);
  }
}
