import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { area } from "@turf/area";
import { beforeAll, describe, expect, it } from "vitest";
import { atlasTopologyOf } from "../../../tools/atlasTopologyOf";
import { type LoadedDataset, loadDataset, PROJECT_ROOT } from "../../../tools/loadDataset";
import { countryShapesOf, dissolveRegions } from "./atlasTopology";
import { type CountryLocator, createCountryLocator } from "./countryLocator";
import { ITU_REGIONS, type LngLat } from "./types";

const referenceDir = process.env.ATLAS_REFERENCE_DIR ?? join(PROJECT_ROOT, "../shared/reference");
const readReference = (file: string) =>
  readFileSync(join(referenceDir, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(",").map((cell) => cell.trim()));

let dataset: LoadedDataset;
let locator: CountryLocator;
beforeAll(() => {
  dataset = loadDataset();
  locator = createCountryLocator(dataset.geography.countryShapes);
});

describe("countries.csv agrees with the reference lists", () => {
  const present = existsSync(referenceDir);
  it.runIf(!present)(
    `needs the reference lists in ${referenceDir} (set ATLAS_REFERENCE_DIR)`,
    () => {
      throw new Error(
        `The reference folder ${referenceDir} does not exist. Put the reference lists there or set ATLAS_REFERENCE_DIR.`,
      );
    },
  );

  it.runIf(present)(
    "counts 193 ITU Member States of 2013-2021: the reference notes only Palau and Palestine as not",
    () => {
      const reference = readReference("itu-regions.csv");
      const marked = reference
        .filter((r) => (r[3] ?? "").replace(/^"/, "").startsWith("Not an ITU Member State"))
        .map((r) => r[0]);
      expect(marked.sort()).toEqual(["PLW", "PSE"]);
      expect(reference.length - marked.length).toBe(193);
      // countries.csv's itu_member_2021 follows the reference: its members are exactly the others.
      const members = dataset.countries.filter((c) => c.member).map((c) => c.iso3);
      const referenceMembers = reference.map((r) => r[0]).filter((iso3) => !marked.includes(iso3));
      expect(members.sort()).toEqual(referenceMembers.sort());
    },
  );

  it.runIf(present)(
    "has every ITU administration (and Palestine) in the reference's region",
    () => {
      const reference = readReference("itu-regions.csv");
      const ours = new Map(dataset.countries.map((c) => [c.iso3, c]));
      for (const [iso3, , region] of reference)
        expect(ours.get(iso3 ?? "")?.region, iso3).toBe(region);
      const members = dataset.countries.filter((c) => c.region !== null);
      expect(members).toHaveLength(reference.length);
    },
  );

  it.runIf(present)("has the reference's LDC, LLDC and SIDS flags for every row", () => {
    const groups = new Map(readReference("country-groups.csv").map((r) => [r[0], r.slice(-3)]));
    for (const country of dataset.countries) {
      const flags = groups.get(country.iso3);
      expect(flags, `${country.iso3} is in country-groups.csv`).toBeDefined();
      expect([country.ldc, country.lldc, country.sids].map(String), country.iso3).toEqual(flags);
    }
  });

  it.runIf(present)("gives territories no ITU-D region", () => {
    const members = new Set(readReference("itu-regions.csv").map((r) => r[0]));
    for (const c of dataset.countries)
      if (!members.has(c.iso3)) expect(c.region, c.iso3).toBeNull();
  });
});

describe("every country can be seen and clicked", () => {
  it("gives every country of the table a place, and a marker when it has no shape", () => {
    expect(dataset.geography.unplaced).toEqual([]);
    const shaped = new Set(dataset.geography.countryShapes.map((s) => s.properties.iso3));
    const placed = new Map(dataset.geography.places.map((p) => [p.iso3, p]));
    for (const country of dataset.countries) {
      const place = placed.get(country.iso3);
      expect(place, country.iso3).toBeDefined();
      expect(shaped.has(country.iso3) || place?.needsMarker, country.iso3).toBe(true);
    }
  });

  it("puts markers on the smallest island states", () => {
    const placed = new Map(dataset.geography.places.map((p) => [p.iso3, p]));
    for (const iso3 of ["TUV", "NRU", "TON", "KNA", "BRB", "BHR", "MDV", "MLT", "SYC"])
      expect(placed.get(iso3)?.needsMarker, iso3).toBe(true);
  });

  it("puts each country's representative point inside the country", () => {
    for (const place of dataset.geography.places) {
      if (place.areaKm2 === 0) continue;
      expect(locator.countryAt(place.point), place.iso3).toBe(place.iso3);
    }
  });
});

describe("the antimeridian", () => {
  it("keeps every shape within ±180° longitude", () => {
    const outside: string[] = [];
    for (const shape of dataset.geography.countryShapes)
      for (const rings of shape.geometry.coordinates)
        for (const ring of rings)
          for (const [lng] of ring)
            if (Math.abs(lng) > 180) outside.push(`${shape.properties.iso3} ${lng}`);
    expect(outside).toEqual([]);
  });

  it.each([
    ["Anchorage, Alaska", [-149.9, 61.22], "USA"],
    ["Whitehorse, Canada", [-135.06, 60.72], "CAN"],
    ["Yellowknife, Canada", [-114.37, 62.45], "CAN"],
    ["Chukotka, west of 180°", [172, 66], "RUS"],
    ["Chukotka east of 180°", [-175, 66.5], "RUS"],
    ["Viti Levu, Fiji", [178.0, -17.8], "FJI"],
    ["Taveuni, Fiji (west of 180°)", [-179.97, -16.82], "FJI"],
  ] as [string, LngLat, string][])("finds %s in the right country", (_, point, iso3) => {
    expect(locator.countryAt(point)).toBe(iso3);
  });
});

describe("the spatial index", () => {
  it.each([
    ["Nairobi", [36.82, -1.29], "KEN"],
    ["Brasília", [-47.88, -15.79], "BRA"],
    ["Canberra", [149.13, -35.28], "AUS"],
    ["Ulaanbaatar", [106.92, 47.92], "MNG"],
    ["Paris", [2.35, 48.86], "FRA"],
    ["Cairo", [31.24, 30.04], "EGY"],
    ["Bishkek", [74.59, 42.87], "KGZ"],
    ["Bahrain island", [50.55, 26.05], "BHR"],
    ["Bridgetown area, Barbados", [-59.58, 13.15], "BRB"],
    ["Mahé, Seychelles", [55.45, -4.65], "SYC"],
    ["Upolu, Samoa", [-171.75, -13.9], "WSM"],
    ["Tongatapu, Tonga", [-175.2, -21.17], "TON"],
    ["Port Louis, Mauritius", [57.52, -20.17], "MUS"],
  ] as [string, LngLat, string][])("finds %s", (_, point, iso3) => {
    expect(locator.countryAt(point)).toBe(iso3);
  });

  it("finds no country in the open ocean", () => {
    expect(locator.countryAt([-30, 0])).toBeNull();
  });
});

describe("the six ITU-D regions", () => {
  it("dissolves into six regions whose areas equal the sum of their members'", () => {
    const topology = atlasTopologyOf(dataset.geography.countryShapes);
    const regionOf = new Map(dataset.countries.map((c) => [c.iso3, c.region]));
    const regions = dissolveRegions(topology, (iso3) => regionOf.get(iso3) ?? null);
    expect(regions.map((r) => r.properties.region)).toEqual([...ITU_REGIONS]);
    const shapes = countryShapesOf(topology);
    for (const region of regions) {
      const members = shapes.filter(
        (s) => regionOf.get(s.properties.iso3) === region.properties.region,
      );
      const sum = members.reduce((total, s) => total + area(s), 0);
      expect(area(region) / sum, region.properties.region).toBeCloseTo(1, 2);
      expect(area(region) / 1e6, region.properties.region).toBeGreaterThan(1e6);
    }
  });
});
