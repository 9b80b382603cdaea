import { describe, expect, it } from "vitest";
import { atlasDataOf } from "../../../tools/atlasDataOf";
import { loadDataset } from "../../../tools/loadDataset";
import { makeActivity } from "../data/makeActivity";
import type { Activity, Category } from "../data/schema";
import { syntheticActivities } from "../data/syntheticActivities";
import { FIRST_YEAR, LAST_YEAR } from "../time/years";
import { isActiveIn, type YearWindow } from "../time/yearWindow";
import { prepareAtlas } from "./prepareAtlas";
import { groupRecordsIn, SymbolCounts } from "./symbolCounts";
import { groupSymbols, placeRecords } from "./symbolGroups";
import { TEST_PLACES } from "./testPlaces";

const places = TEST_PLACES;
const placeOf = (iso3: string) => places.get(iso3);
const cirt = (id: string, patch: Partial<Activity>) =>
  makeActivity(id, { category: "cirt", ...patch });

/** Every year window of the atlas. */
const WINDOWS: YearWindow[] = [];
for (let from = FIRST_YEAR; from <= LAST_YEAR; from++)
  for (let to = from; to <= LAST_YEAR; to++) WINDOWS.push({ from, to });

describe("placeRecords", () => {
  it("puts a site record at its site and a country record at each country's point, once", () => {
    const placed = placeRecords(
      [
        cirt("site", { countries: ["KEN"], lngLat: [36.8, -1.3] }),
        cirt("two", { countries: ["KEN", "GHA", "KEN"] }),
        cirt("assist", { category: "assistance", countries: ["KEN"] }),
        cirt("region", { countries: [] }),
      ],
      ["cirt"],
      placeOf,
    );
    expect(placed.map((s) => [s.activity.id, s.iso3, s.position, s.site])).toEqual([
      ["site", "KEN", [36.8, -1.3], true],
      ["two", "KEN", [38, 0], false],
      ["two", "GHA", [-1, 8], false],
    ]);
  });
});

describe("groupSymbols", () => {
  const records = [
    cirt("a", { countries: ["KEN"], yearStart: 2015, yearEnd: 2015 }),
    cirt("b", { countries: ["KEN", "GHA"], yearStart: 2018, yearEnd: 2020 }),
    cirt("period", { countries: ["KEN"], datePrecision: "period", yearStart: 2018, yearEnd: 2020 }),
    cirt("planned", { countries: ["KEN"], status: "planned", yearStart: 2021, yearEnd: 2021 }),
    cirt("dtc", { category: "dtc", countries: ["KEN"] }),
    cirt("site", { countries: ["KEN"], lngLat: [36.8, -1.3] }),
  ];
  const groups = groupSymbols(records, ["cirt", "dtc"], placeOf);
  const described = groups.map((g) => [
    g.iso3,
    g.category,
    g.hollow,
    g.faded,
    g.site,
    g.records.map((r) => r.id).join(),
  ]);

  it("makes one symbol per place, category and style, in the order of their first record", () => {
    expect(described).toEqual([
      ["KEN", "cirt", false, false, false, "a,b"],
      ["GHA", "cirt", false, false, false, "b"],
      ["KEN", "cirt", true, false, false, "period"],
      ["KEN", "cirt", false, true, false, "planned"],
      ["KEN", "dtc", false, false, false, "dtc"],
      ["KEN", "cirt", false, false, true, "site"],
    ]);
    expect(groups.map((g) => g.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("fans out the symbols that share a point, as it did the records", () => {
    const atKenya = groups.filter((g) => g.iso3 === "KEN" && !g.site);
    expect(new Set(atKenya.map((g) => g.offset.join())).size).toBe(4);
    expect(atKenya.every((g) => Math.hypot(...g.offset) > 5)).toBe(true);
    expect(groups.find((g) => g.iso3 === "GHA")?.offset).toEqual([0, 0]);
  });

  it("counts each symbol's records in any window, and lists them", () => {
    const counts = new SymbolCounts(groups);
    expect([...counts.countsIn({ from: 2015, to: 2018 })]).toEqual([2, 1, 1, 0, 0, 0]);
    expect([...counts.countsIn({ from: 2013, to: 2013 })]).toEqual([0, 0, 0, 0, 1, 1]);
    expect([...counts.countsIn({ from: 2021, to: 2021 })]).toEqual([0, 0, 0, 1, 0, 0]);
    const [kenya] = groups;
    expect(kenya && groupRecordsIn(kenya, { from: 2019, to: 2021 }).map((r) => r.id)).toEqual([
      "b",
    ]);
  });

  it("counts as a filter over every record does, on random data, in every window", () => {
    const codes = ["KEN", "NOR", "GHA", "XXX"];
    const random = syntheticActivities(5_000, codes, 3).map((a, i) =>
      i % 7 === 0 ? { ...a, datePrecision: "period" as const } : a,
    );
    const all: Category[] = ["assistance", "cirt", "dtc", "connectivity", "partnership"];
    const grouped = groupSymbols(random, all, placeOf);
    const counts = new SymbolCounts(grouped);
    for (const window of WINDOWS) {
      const ours = counts.countsIn(window);
      const naive = grouped.map((g) => g.records.filter((r) => isActiveIn(r, window)).length);
      expect([...ours]).toEqual(naive);
    }
    // Every (record, country) pair is in exactly one symbol.
    const pairs = grouped.reduce((sum, g) => sum + g.records.length, 0);
    expect(pairs).toBe(placeRecords(random, all, placeOf).length);
  });
});

describe("the real data's symbols", () => {
  const dataset = loadDataset();
  const { atlas: data } = atlasDataOf(dataset, "2026-12-01", "test");
  const activities = data.activities;
  const atlas = prepareAtlas({ ...data, partnershipStats: [] });

  const placeByIso3 = new Map(dataset.geography.places.map((p) => [p.iso3, p]));
  /** What the map drew before symbols were grouped: one symbol per record and place. */
  const symbolsPerRecord = (window: YearWindow, category: Category) =>
    activities
      .filter((a) => a.category === category && isActiveIn(a, window))
      .reduce((sum, a) => {
        if (a.lngLat && a.countries[0]) return sum + 1;
        if (category === "assistance" || category === "partnership") return sum;
        return sum + a.countries.filter((iso3) => placeByIso3.has(iso3)).length;
      }, 0);

  it("stand for as many records in every window as the map drew one by one", () => {
    for (const window of WINDOWS) {
      const counts = atlas.symbolCounts.countsIn(window);
      for (const [category, groups] of Object.entries(atlas.symbolsByCategory)) {
        const sum = groups.reduce((total, g) => total + (counts[g.index] ?? 0), 0);
        expect(sum, `${category} ${window.from}-${window.to}`).toBe(
          symbolsPerRecord(window, category as Category),
        );
      }
    }
  });

  it("are mostly one record each, so the map looks as it did", () => {
    const groups = Object.values(atlas.symbolsByCategory).flat();
    const single = groups.filter((g) => g.records.length === 1).length;
    console.log(
      `${groups.length} symbols for ${groups.reduce((n, g) => n + g.records.length, 0)} record places; ${single} of one record`,
    );
    expect(single / groups.length).toBeGreaterThan(0.5);
  });
});
