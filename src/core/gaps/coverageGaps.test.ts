import { distance } from "@turf/distance";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedDataset, loadDataset } from "../../../tools/loadDataset";
import { makeActivity } from "../data/makeActivity";
import type { Category } from "../data/schema";
import type { Country, CountryPlace } from "../geography/types";
import { coverageGaps, nonMembersOf, populationOf } from "./coverageGaps";

const country = (iso3: string, region: Country["region"], ldc = false, sids = false): Country => ({
  iso3,
  name: iso3,
  region,
  ldc,
  lldc: false,
  member: true,
  sids,
});
const place = (iso3: string, lng: number, lat: number): CountryPlace => ({
  iso3,
  point: [lng, lat],
  bbox: [lng, lat, lng, lat],
  areaKm2: 1,
  needsMarker: false,
});
const record = (
  id: string,
  countries: string[],
  yearStart: number,
  yearEnd = yearStart,
  category: Category = "cirt",
) => makeActivity(id, { countries, yearStart, yearEnd, category });

describe("coverageGaps on a hand-made fixture", () => {
  const countries = [
    country("AAA", "AFR", true),
    country("BBB", "AFR", true),
    country("CCC", "AFR", true),
    country("DDD", "ASP", true, true),
    country("EEE", null, true),
  ];
  const places = new Map([
    ["AAA", place("AAA", 0, 0)],
    ["BBB", place("BBB", 1, 0)],
    ["CCC", place("CCC", 10, 0)],
    ["DDD", place("DDD", 100, 0)],
    ["EEE", place("EEE", 2, 0)],
  ]);
  const activities = [
    record("a", ["AAA"], 2019),
    record("b", ["BBB"], 2014),
    record("c", ["CCC"], 2021),
    record("other-category", ["DDD"], 2019, 2019, "dtc"),
  ];
  const result = coverageGaps(
    activities,
    countries,
    (iso3) => places.get(iso3),
    ["cirt"],
    { from: 2018, to: 2020 },
    {
      regions: [],
      groups: ["ldc"],
    },
  );

  it("checks member states only, and finds the gaps", () => {
    expect(result.population.map((c) => c.iso3)).toEqual(["AAA", "BBB", "CCC", "DDD"]);
    expect(result.covered.map((c) => c.iso3)).toEqual(["AAA"]);
    expect(result.gaps.map((g) => g.country.iso3)).toEqual(["DDD", "CCC", "BBB"]);
  });

  it("says when each gap last had an activity, and which covered country is nearest", () => {
    const byIso = new Map(result.gaps.map((g) => [g.country.iso3, g]));
    expect(byIso.get("BBB")).toMatchObject({ lastYear: 2014, yearsSince: 6, nextYear: null });
    expect(byIso.get("CCC")).toMatchObject({ lastYear: null, nextYear: 2021 });
    expect(byIso.get("DDD")).toMatchObject({ lastYear: null, nextYear: null });
    // One degree of longitude at the equator is about 111.2 km.
    expect(byIso.get("BBB")?.nearest?.iso3).toBe("AAA");
    expect(byIso.get("BBB")?.nearest?.km).toBeCloseTo(111.2, 0);
    expect(byIso.get("DDD")?.nearest?.km).toBeCloseTo(100 * 111.19, -1);
  });

  it("intersects groups and regions", () => {
    expect(
      populationOf(countries, { regions: ["ASP"], groups: ["ldc", "sids"] }).map((c) => c.iso3),
    ).toEqual(["DDD"]);
    expect(populationOf(countries, { regions: ["AFR", "ASP"], groups: [] })).toHaveLength(4);
  });

  it("checks only ITU Member States of 2013-2021 (not Palau, which joined in 2024)", () => {
    const palau = { ...country("PLW", "ASP", false, true), member: false };
    const population = populationOf([...countries, palau], { regions: ["ASP"], groups: [] });
    expect(population.map((c) => c.iso3)).not.toContain("PLW");
    expect(population.length).toBe(
      populationOf(countries, { regions: ["ASP"], groups: [] }).length,
    );
  });
});

describe("coverageGaps on the real data", () => {
  let dataset: LoadedDataset;
  beforeAll(() => {
    dataset = loadDataset();
  });

  it("finds the LDCs with no CIRT activity in 2018-2021, as an independent count does", () => {
    const activities = dataset.activities.records.map(({ record: r }) => r);
    const places = new Map(dataset.geography.places.map((p) => [p.iso3, p]));
    const result = coverageGaps(
      activities,
      dataset.countries,
      (iso3) => places.get(iso3),
      ["cirt"],
      { from: 2018, to: 2021 },
      {
        regions: [],
        groups: ["ldc"],
      },
    );
    // Independently: LDCs that are ITU members, minus those named by a CIRT record overlapping 2018-2021.
    const ldcs = dataset.countries.filter((c) => c.ldc && c.region !== null).map((c) => c.iso3);
    const withCirt = new Set(
      activities
        .filter((a) => a.category === "cirt" && a.yearEnd >= 2018 && a.yearStart <= 2021)
        .flatMap((a) => a.countries),
    );
    const expectedGaps = ldcs.filter((iso3) => !withCirt.has(iso3)).sort();
    expect(result.population.map((c) => c.iso3).sort()).toEqual([...ldcs].sort());
    expect(result.gaps.map((g) => g.country.iso3).sort()).toEqual(expectedGaps);
    expect(expectedGaps.length).toBeGreaterThan(0);
    expect(expectedGaps.length).toBeLessThan(ldcs.length);
    // Each nearest neighbour really is the closest covered country.
    for (const gap of result.gaps.slice(0, 5)) {
      const from = places.get(gap.country.iso3)?.point ?? [0, 0];
      const best = Math.min(
        ...[...withCirt].map((iso3) => distance(from, places.get(iso3)?.point ?? [0, 0])),
      );
      expect(gap.nearest?.km).toBeCloseTo(best, 3);
    }
  });

  it("checks the 193 Member States and names Palau and the State of Palestine apart", () => {
    const all = { regions: [], groups: [] };
    const result = coverageGaps(
      [],
      dataset.countries,
      () => undefined,
      ["cirt"],
      {
        from: 2013,
        to: 2021,
      },
      all,
    );
    // Independently: the rows marked as members, and those with a region that are not.
    const members = dataset.countries.filter((c) => c.member);
    expect(result.population).toHaveLength(members.length);
    expect(members).toHaveLength(193);
    expect(result.nonMembers.map((c) => c.iso3).sort()).toEqual(
      dataset.countries
        .filter((c) => !c.member && c.region !== null)
        .map((c) => c.iso3)
        .sort(),
    );
    expect(result.nonMembers.map((c) => c.iso3).sort()).toEqual(["PLW", "PSE"]);
    expect(nonMembersOf(dataset.countries, { regions: ["AFR"], groups: [] })).toEqual([]);
  });
});
