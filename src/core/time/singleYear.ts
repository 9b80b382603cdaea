import { FIRST_YEAR } from "./years";
import type { YearWindow } from "./yearWindow";

/**
 * The year "Single year" starts on: the end of the current window, or, when that year has no
 * records, the last earlier year that has some (a later one if no earlier year has any).
 * `totals[i]` is the number of records of year FIRST_YEAR + i; with no records at all, the window's end.
 */
export function singleYearStart(yearWindow: YearWindow, totals: readonly number[]): number {
  const has = (year: number) => (totals[year - FIRST_YEAR] ?? 0) > 0;
  const end = yearWindow.to;
  if (has(end)) return end;
  for (let year = end - 1; year >= FIRST_YEAR; year--) if (has(year)) return year;
  for (let year = end + 1; year < FIRST_YEAR + totals.length; year++) if (has(year)) return year;
  return end;
}
