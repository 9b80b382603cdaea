import { describe, expect, it } from "vitest";
import { makeActivity } from "../data/makeActivity";
import { type Activity, CATEGORIES } from "../data/schema";
import type { Country } from "../geography/types";
import { countryActivities, groupActivities, neighboursInRegion } from "./countryActivities";

const country = (iso3: string, name: string, region: Country["region"]): Country => ({
  iso3,
  name,
  region,
  ldc: false,
  lldc: false,
  member: true,
  sids: false,
});
const activity = (id: string, patch: Partial<Activity>) =>
  makeActivity(id, { yearStart: 2019, yearEnd: 2019, ...patch });

const kenya = country("KEN", "Kenya", "AFR");
const records = [
  activity("k2019", { countries: ["KEN"] }),
  activity("k2016", { countries: ["KEN"], yearStart: 2016, yearEnd: 2016, category: "cirt" }),
  activity("afr", { region: "AFR" }),
  activity("asp", { region: "ASP" }),
  activity("dtc", { category: "dtc", countries: ["KEN"], partnerCountries: ["NOR"] }),
  activity("funded", { category: "partnership", countries: ["GHA"], partnerCountries: ["KEN"] }),
];

describe("countryActivities", () => {
  it("splits a country's records, region-wide records and partnerships", () => {
    const result = countryActivities(records, kenya, { from: 2013, to: 2021 }, CATEGORIES);
    expect(result.direct.map((a) => a.id)).toEqual(["dtc", "k2019", "k2016"]);
    expect(result.regionWide.map((a) => a.id)).toEqual(["afr"]);
    expect(result.partnershipsBenefiting.map((a) => a.id)).toEqual(["dtc"]);
    expect(result.partnershipsFunded.map((a) => a.id)).toEqual(["funded"]);
  });

  it("keeps only the window and the chosen categories", () => {
    const result = countryActivities(records, kenya, { from: 2016, to: 2017 }, ["assistance"]);
    expect(result.direct).toEqual([]);
  });
});

describe("groupActivities", () => {
  it("groups by year, newest first, or by category in the atlas's order", () => {
    const list = countryActivities(records, kenya, { from: 2013, to: 2021 }, CATEGORIES).direct;
    expect(
      groupActivities(list, "year", CATEGORIES).map((g) => [g.key, g.activities.length]),
    ).toEqual([
      ["2019", 2],
      ["2016", 1],
    ]);
    expect(groupActivities(list, "category", CATEGORIES).map((g) => g.key)).toEqual([
      "assistance",
      "cirt",
      "dtc",
    ]);
  });
});

describe("neighboursInRegion", () => {
  it("wraps round the region's countries in alphabetical order", () => {
    const countries = [
      kenya,
      country("BDI", "Burundi", "AFR"),
      country("ZWE", "Zimbabwe", "AFR"),
      country("FJI", "Fiji", "ASP"),
    ];
    expect(neighboursInRegion(countries, "KEN")).toMatchObject({
      previous: { iso3: "BDI" },
      next: { iso3: "ZWE" },
    });
    expect(neighboursInRegion(countries, "ZWE")?.next.iso3).toBe("BDI");
    expect(neighboursInRegion(countries, "FJI")).toBeNull();
  });
});
