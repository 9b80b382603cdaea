import { describe, expect, it } from "vitest";
import { CATEGORIES, type Category } from "../data/schema";
import { FIRST_YEAR, LAST_YEAR } from "../time/years";
import { widestLegendCounts } from "./legend";

const each = (n: number) =>
  Object.fromEntries(CATEGORIES.map((c) => [c, n])) as Record<Category, number>;

describe("the legend's widest counts", () => {
  it("are the largest counts of any window, each kind on its own", () => {
    const asked: string[] = [];
    const widest = widestLegendCounts(({ from, to }, which) => {
      asked.push(`${from}-${to} ${which}`);
      // All records: more in longer windows. Period-only records: most in the single year 2016.
      return which === "all" ? each(to - from + 1) : each(from === 2016 && to === 2016 ? 7 : 1);
    });
    expect(widest.cirt).toEqual({ count: LAST_YEAR - FIRST_YEAR + 1, period: 7 });
    // Every window of 2013-2021, once per kind: 45 windows.
    expect(new Set(asked).size).toBe(2 * 45);
  });
});
