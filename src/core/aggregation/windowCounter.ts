import { FIRST_YEAR, LAST_YEAR } from "../data/schema";
import type { YearWindow } from "../time/yearWindow";

const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;
/** One cell per (first year, last year) pair, per kind of date. */
const CELLS = YEAR_COUNT * YEAR_COUNT;

/**
 * Which records a count takes, for a year window:
 * - `all`: every record active in the window (its years overlap it), counted once;
 * - `dated`: those known to fall in the window: dated to years that overlap it, or reported for a
 *   period that lies inside it;
 * - `period`: those known only by a reporting period that overlaps the window without lying inside
 *   it ("reported for 2018–2020" in a window of 2019). `dated` + `period` = `all`.
 */
export type CountedRecords = "all" | "dated" | "period";

/** One record's membership of one bucket (a country, a region, a group...). */
export interface CountEntry {
  bucket: number;
  /** Index of the record's category in CATEGORIES. */
  category: number;
  yearStart: number;
  yearEnd: number;
  /** Known only by its document's reporting period (date_precision=period). */
  period?: boolean;
}

/**
 * Counts records per bucket and category for any year window in constant time, so recounting every
 * country for a new window costs O(buckets x categories), not O(records).
 *
 * Each record adds 1 to the cell of its (first year, last year) pair, dated and period records
 * apart. A window a..b then sums the cells whose years overlap it (at most 45 pairs for 9 years),
 * and the cell's pair says at once whether a period record lies inside the window.
 */
export class WindowCounter {
  readonly buckets: number;
  readonly categories: number;
  private readonly cells: Int32Array;

  constructor(buckets: number, categories: number, entries: Iterable<CountEntry> = []) {
    this.buckets = buckets;
    this.categories = categories;
    this.cells = new Int32Array(buckets * categories * 2 * CELLS);
    for (const entry of entries)
      this.add(entry.bucket, entry.category, entry.yearStart, entry.yearEnd, entry.period);
  }

  /** Counts one record in one bucket. */
  add(bucket: number, category: number, yearStart: number, yearEnd: number, period = false): void {
    const cell =
      this.offset(bucket, category, period) +
      (yearStart - FIRST_YEAR) * YEAR_COUNT +
      (yearEnd - FIRST_YEAR);
    this.cells[cell] = (this.cells[cell] ?? 0) + 1;
  }

  /** Records of the bucket, in the categories of `categoryMask` (bit i = category i), in the window. */
  count(
    bucket: number,
    categoryMask: number,
    yearWindow: YearWindow,
    which: CountedRecords = "all",
  ): number {
    const from = yearWindow.from - FIRST_YEAR;
    const to = yearWindow.to - FIRST_YEAR;
    let total = 0;
    for (let category = 0; category < this.categories; category++) {
      if ((categoryMask & (1 << category)) === 0) continue;
      if (which !== "period") total += this.sum(this.offset(bucket, category, false), from, to);
      const period = this.offset(bucket, category, true);
      if (which === "all") total += this.sum(period, from, to);
      else {
        const inside = this.sumInside(period, from, to);
        total += which === "dated" ? inside : this.sum(period, from, to) - inside;
      }
    }
    return total;
  }

  /** `count` for every bucket at once, written into `out` (reused to avoid allocation). */
  countAll(
    categoryMask: number,
    yearWindow: YearWindow,
    out: Int32Array = new Int32Array(this.buckets),
    which: CountedRecords = "all",
  ): Int32Array {
    for (let bucket = 0; bucket < this.buckets; bucket++)
      out[bucket] = this.count(bucket, categoryMask, yearWindow, which);
    return out;
  }

  /** Bytes held by the cells. */
  get byteLength(): number {
    return this.cells.byteLength;
  }

  /** Cells whose years overlap from..to: first year <= to, last year >= from. */
  private sum(base: number, from: number, to: number): number {
    let total = 0;
    for (let start = 0; start <= to; start++) {
      const row = base + start * YEAR_COUNT;
      for (let end = Math.max(start, from); end < YEAR_COUNT; end++)
        total += this.cells[row + end] ?? 0;
    }
    return total;
  }

  /** Cells whose years lie inside from..to. */
  private sumInside(base: number, from: number, to: number): number {
    let total = 0;
    for (let start = from; start <= to; start++) {
      const row = base + start * YEAR_COUNT;
      for (let end = start; end <= to; end++) total += this.cells[row + end] ?? 0;
    }
    return total;
  }

  private offset(bucket: number, category: number, period: boolean): number {
    return ((bucket * this.categories + category) * 2 + (period ? 1 : 0)) * CELLS;
  }
}
