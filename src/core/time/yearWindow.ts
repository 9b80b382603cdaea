import { FIRST_YEAR, YEARS } from "./years";

export { YEARS };

export const TIME_MODES = ["year", "range", "cumulative"] as const;
export type TimeMode = (typeof TIME_MODES)[number];

/** What the time slider holds. In `year` and `cumulative` modes only `end` matters. */
export interface TimeSelection {
  mode: TimeMode;
  start: number;
  end: number;
}

/** An inclusive span of years. */
export interface YearWindow {
  from: number;
  to: number;
}

/** The years a selection covers: one year, a range, or the first year to the chosen year. */
export function windowOf(selection: TimeSelection): YearWindow {
  switch (selection.mode) {
    case "year":
      return { from: selection.end, to: selection.end };
    case "cumulative":
      return { from: FIRST_YEAR, to: selection.end };
    case "range":
      return {
        from: Math.min(selection.start, selection.end),
        to: Math.max(selection.start, selection.end),
      };
  }
}

/** A record spanning yearStart..yearEnd is active in every year it spans. */
export function isActiveIn(
  record: { yearStart: number; yearEnd: number },
  yearWindow: YearWindow,
): boolean {
  return record.yearStart <= yearWindow.to && record.yearEnd >= yearWindow.from;
}

/**
 * How a record active in the window is known to be there: `exact` when its years (or its whole
 * reporting period) fall in the window, `period` when only a reporting period that overlaps the
 * window is known ("reported for 2018–2020", window 2019). The CSV's `dated_in_window` column.
 */
export function datedInWindow(
  record: { yearStart: number; yearEnd: number; datePrecision: "exact" | "period" },
  yearWindow: YearWindow,
): "exact" | "period" {
  return record.datePrecision === "exact" ||
    (record.yearStart >= yearWindow.from && record.yearEnd <= yearWindow.to)
    ? "exact"
    : "period";
}

/**
 * A window in years, "2016" or "2013–2021" (en dash), with `writeYear`'s digits: the base of the
 * translator's year format (src/i18n/years.ts), which adds the language's digits and isolation.
 */
export function formatWindow(
  yearWindow: YearWindow,
  writeYear: (year: number) => string = String,
): string {
  return yearWindow.from === yearWindow.to
    ? writeYear(yearWindow.from)
    : `${writeYear(yearWindow.from)}–${writeYear(yearWindow.to)}`;
}
