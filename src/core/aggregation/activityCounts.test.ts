import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedDataset, loadDataset } from "../../../tools/loadDataset";
import { makeActivity } from "../data/makeActivity";
import { type Activity, CATEGORIES } from "../data/schema";
import type { Country } from "../geography/types";
import { isActiveIn, type YearWindow } from "../time/yearWindow";
import { ActivityCounts, categoryMask, regionsOf } from "./activityCounts";

const country = (iso3: string, region: Country["region"], ldc = false): Country => ({
  iso3,
  name: iso3,
  region,
  ldc,
  lldc: false,
  member: true,
  sids: false,
});
const record = (id: string, patch: Partial<Activity>): Activity => makeActivity(id, patch);

describe("ActivityCounts on a hand-made fixture", () => {
  const countries = [
    country("KEN", "AFR", false),
    country("BDI", "AFR", true),
    country("FJI", "ASP"),
  ];
  const activities = [
    record("a", { countries: ["KEN", "BDI"], category: "cirt", yearStart: 2018, yearEnd: 2020 }),
    record("b", { countries: ["KEN"], yearStart: 2019, yearEnd: 2019 }),
    record("c", { precision: "region", region: "ASP", yearStart: 2020, yearEnd: 2020 }),
    record("d", { precision: "global", yearStart: 2016, yearEnd: 2016 }),
    record("e", {
      countries: ["FJI"],
      region: "ASP",
      category: "dtc",
      yearStart: 2021,
      yearEnd: 2021,
    }),
  ];
  const counts = new ActivityCounts(activities, countries);
  const all = categoryMask(CATEGORIES);
  const yearWindow: YearWindow = { from: 2019, to: 2020 };

  it("counts per country: a record naming two countries counts in both", () => {
    expect(counts.country("KEN", all, yearWindow)).toBe(2);
    expect(counts.country("BDI", all, yearWindow)).toBe(1);
    expect(counts.country("KEN", categoryMask(["cirt"]), yearWindow)).toBe(1);
    expect(counts.country("FJI", all, yearWindow)).toBe(0);
  });

  it("counts per region once per record, including region-level records", () => {
    expect(counts.region("AFR", all, yearWindow)).toBe(2); // a (KEN+BDI, once) and b
    expect(counts.region("ASP", all, yearWindow)).toBe(1); // c, region-level
    expect(counts.region("ASP", all, { from: 2020, to: 2021 })).toBe(2); // c and e, counted once
  });

  it("counts per country group and overall", () => {
    expect(counts.group("ldc", all, yearWindow)).toBe(1); // a, through Burundi
    expect(counts.total(all, { from: 2013, to: 2021 })).toBe(5);
    expect(counts.global(all, { from: 2016, to: 2016 })).toBe(1);
    expect(counts.perCategory({ from: 2013, to: 2021 })).toEqual({
      assistance: 3,
      cirt: 1,
      dtc: 1,
      connectivity: 0,
      partnership: 0,
    });
  });
});

describe("ActivityCounts on the real data", () => {
  let dataset: LoadedDataset;
  let activities: Activity[];
  beforeAll(() => {
    dataset = loadDataset();
    activities = dataset.activities.records.map(({ record: r }) => r);
  });

  it("equals a naive filter-and-count for every country, category and window", () => {
    const counts = new ActivityCounts(activities, dataset.countries);
    for (const category of CATEGORIES) {
      const mask = categoryMask([category]);
      for (const yearWindow of [
        { from: 2013, to: 2021 },
        { from: 2018, to: 2020 },
        { from: 2016, to: 2016 },
      ]) {
        for (const c of dataset.countries) {
          const naive = activities.filter(
            (a) =>
              a.category === category && a.countries.includes(c.iso3) && isActiveIn(a, yearWindow),
          ).length;
          expect(counts.country(c.iso3, mask, yearWindow), `${c.iso3} ${category}`).toBe(naive);
        }
      }
    }
  });

  it("counts each region's records, region-level ones included", () => {
    const counts = new ActivityCounts(activities, dataset.countries);
    const regionOf = new Map(dataset.countries.map((c) => [c.iso3, c.region]));
    const yearWindow = { from: 2018, to: 2020 };
    const naive = activities.filter(
      (a) =>
        isActiveIn(a, yearWindow) && regionsOf(a, (iso3) => regionOf.get(iso3) ?? null).has("AFR"),
    ).length;
    expect(counts.region("AFR", categoryMask(CATEGORIES), yearWindow)).toBe(naive);
    expect(naive).toBeGreaterThan(0);
  });
});
