import { WindowCounter } from "../aggregation/windowCounter";
import type { Activity } from "../data/schema";
import { isActiveIn, type YearWindow } from "../time/yearWindow";
import type { SymbolGroup } from "./symbolGroups";

/**
 * How many records each map symbol (SymbolGroup) has in a year window: the number on its badge,
 * and 0 for a symbol the window hides. Built once; a window costs O(groups), whatever the number
 * of records, because each group is one bucket of a WindowCounter (a cell per pair of first and
 * last year), so a slider step never walks the records.
 */
export class SymbolCounts {
  readonly groups: number;
  private readonly counter: WindowCounter;

  constructor(groups: readonly SymbolGroup[]) {
    this.groups = groups.reduce((most, g) => Math.max(most, g.index + 1), 0);
    this.counter = new WindowCounter(this.groups, 1);
    for (const group of groups)
      for (const record of group.records)
        this.counter.add(group.index, 0, record.yearStart, record.yearEnd);
  }

  /** Per group (by `index`): its records active in the window (their years overlap it). */
  countsIn(yearWindow: YearWindow, out: Int32Array = new Int32Array(this.groups)): Int32Array {
    return this.counter.countAll(1, yearWindow, out);
  }

  /** Bytes held by the counts. */
  get byteLength(): number {
    return this.counter.byteLength;
  }
}

/** A group's records active in the window, in data order (for a tooltip: O(records of the group)). */
export function groupRecordsIn(group: SymbolGroup, yearWindow: YearWindow): Activity[] {
  return group.records.filter((a) => isActiveIn(a, yearWindow));
}
