import { describe, expect, it } from "vitest";
import { singleYearStart } from "./singleYear";
import { FIRST_YEAR, LAST_YEAR, YEARS } from "./years";

/** Totals per year from a map of year to count (other years have none). */
const totalsOf = (counts: Record<number, number>) => YEARS.map((year) => counts[year] ?? 0);

describe("singleYearStart", () => {
  it("starts at the end of the current window when that year has records", () => {
    const totals = totalsOf({ 2015: 3, 2017: 8, 2018: 20, [LAST_YEAR]: 5 });
    expect(singleYearStart({ from: 2015, to: 2017 }, totals)).toBe(2017);
    expect(singleYearStart({ from: FIRST_YEAR, to: LAST_YEAR }, totals)).toBe(LAST_YEAR);
  });

  it("falls back to the last earlier year with records", () => {
    const totals = totalsOf({ 2014: 2, 2018: 20, 2019: 30 });
    expect(singleYearStart({ from: FIRST_YEAR, to: LAST_YEAR }, totals)).toBe(2019);
    expect(singleYearStart({ from: 2016, to: 2017 }, totals)).toBe(2014);
  });

  it("looks later when no earlier year has records, and keeps the end when none has any", () => {
    expect(singleYearStart({ from: FIRST_YEAR, to: 2015 }, totalsOf({ 2018: 4 }))).toBe(2018);
    expect(singleYearStart({ from: 2015, to: 2016 }, totalsOf({}))).toBe(2016);
  });
});
