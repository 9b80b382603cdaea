import { describe, expect, it } from "vitest";
import type { Country } from "../geography/types";
import type { GapRow } from "./coverageGaps";
import { DEFAULT_GAP_SORT, nextGapSort, sortGaps } from "./sortGaps";

const gap = (
  name: string,
  region: Country["region"],
  lastYear: number | null,
  km: number | null,
): GapRow => ({
  country: {
    iso3: name.slice(0, 3).toUpperCase(),
    name,
    region,
    ldc: false,
    lldc: false,
    sids: false,
    member: true,
  },
  lastYear,
  yearsSince: lastYear === null ? null : 2021 - lastYear,
  nextYear: null,
  nearest: km === null ? null : { iso3: "XXX", km },
});

const gaps = [
  gap("Chad", "AFR", 2016, 300),
  gap("Albania", "EUR", null, 900),
  gap("Bhutan", "ASP", 2019, null),
  gap("Åland", "EUR", 2014, 50),
];
const names = { AFR: "Africa", EUR: "Europe", ASP: "Asia-Pacific" } as const;
const regionName = (g: GapRow) =>
  g.country.region ? names[g.country.region as keyof typeof names] : "";
const collator = new Intl.Collator("en");
const sorted = (key: Parameters<typeof nextGapSort>[1], direction: "ascending" | "descending") =>
  sortGaps(gaps, { key, direction }, regionName, collator.compare).map((g) => g.country.name);

describe("sortGaps", () => {
  it("sorts by distance, farthest first by default, a gap with no covered country last", () => {
    expect(DEFAULT_GAP_SORT).toEqual({ key: "distance", direction: "descending" });
    expect(sorted("distance", "descending")).toEqual(["Albania", "Chad", "Åland", "Bhutan"]);
    expect(sorted("distance", "ascending")).toEqual(["Åland", "Chad", "Albania", "Bhutan"]);
  });

  it("sorts by country name with the language's collation", () => {
    expect(sorted("country", "ascending")).toEqual(["Åland", "Albania", "Bhutan", "Chad"]);
    expect(sorted("country", "descending")).toEqual(["Chad", "Bhutan", "Albania", "Åland"]);
  });

  it("sorts by region name, keeping the given order within a region", () => {
    expect(sorted("region", "ascending")).toEqual(["Chad", "Bhutan", "Albania", "Åland"]);
  });

  it("sorts by last activity, never before any year", () => {
    expect(sorted("last", "ascending")).toEqual(["Albania", "Åland", "Chad", "Bhutan"]);
    expect(sorted("last", "descending")).toEqual(["Bhutan", "Chad", "Åland", "Albania"]);
  });

  it("turns the same column round and starts another in its first direction", () => {
    expect(nextGapSort(DEFAULT_GAP_SORT, "distance")).toEqual({
      key: "distance",
      direction: "ascending",
    });
    expect(nextGapSort(DEFAULT_GAP_SORT, "country")).toEqual({
      key: "country",
      direction: "ascending",
    });
    expect(nextGapSort({ key: "country", direction: "ascending" }, "country").direction).toBe(
      "descending",
    );
  });

  it("does not change the list it is given", () => {
    const before = gaps.map((g) => g.country.name);
    sorted("country", "ascending");
    expect(gaps.map((g) => g.country.name)).toEqual(before);
  });
});
