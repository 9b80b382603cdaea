import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { GapRow } from "./coverageGaps";
import { gapsToCsv } from "./gapsCsv";

const row = (iso3: string, km: number | null): GapRow => ({
  country: {
    iso3,
    name: `${iso3}, a name`,
    region: "AFR",
    ldc: true,
    lldc: false,
    sids: false,
    member: true,
  },
  lastYear: 2016,
  yearsSince: 5,
  nextYear: null,
  nearest: km === null ? null : { iso3: "KEN", km },
});

describe("gapsToCsv", () => {
  const note = "A gap means “not reported”, not “nothing happened”.";
  const csv = gapsToCsv([row("AAA", 12.4), row("BBB", null)], () => "Kenya", note);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it("keeps the column names on the first line and the caveat in a note column on every row", () => {
    expect(csv.split("\n")[0]?.split(",")[0]).toBe("rank");
    expect(parsed.meta.fields?.at(-1)).toBe("note");
    expect(parsed.data.map((r) => r.note)).toEqual([note, note]);
  });

  it("writes years as plain years and ranks in the order given", () => {
    expect(parsed.data.map((r) => [r.rank, r.iso3, r.last_activity_year, r.distance_km])).toEqual([
      ["1", "AAA", "2016", "12"],
      ["2", "BBB", "2016", ""],
    ]);
  });
});

describe("gapsToCsv with no gaps", () => {
  it("still writes the column names", () => {
    expect(gapsToCsv([], () => "", "note")).toBe(
      "rank,iso3,country,itu_region,ldc,lldc,sids,last_activity_year,years_since_last_activity," +
        "next_activity_year,nearest_covered_iso3,nearest_covered_country,distance_km,note",
    );
  });
});
