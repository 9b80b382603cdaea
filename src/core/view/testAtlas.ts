import { topology } from "topojson-server";
import { type Atlas, prepareAtlas } from "../atlas/prepareAtlas";
import type { AtlasData } from "../data/atlasData";
import { makeActivity } from "../data/makeActivity";
import { type AtlasTopology, atlasShapesOf, countryShapesOf } from "../geography/atlasTopology";
import { representativePoint } from "../geography/representativePoint";
import type { Country, CountryPlace, CountryShape } from "../geography/types";

/**
 * A small atlas for unit tests of the view model: five square countries in three regions, one of
 * them an island that gets a marker, and a handful of records of every kind of place.
 */
const COUNTRIES: (Country & { lng: number; lat: number; size: number })[] = [
  {
    iso3: "KEN",
    name: "Kenya",
    region: "AFR",
    ldc: false,
    lldc: false,
    member: true,
    sids: false,
    lng: 37,
    lat: 0,
    size: 4,
  },
  {
    iso3: "UGA",
    name: "Uganda",
    region: "AFR",
    ldc: true,
    lldc: true,
    member: true,
    sids: false,
    lng: 32,
    lat: 1,
    size: 3,
  },
  {
    iso3: "FRA",
    name: "France",
    region: "EUR",
    ldc: false,
    lldc: false,
    member: true,
    sids: false,
    lng: 2,
    lat: 46,
    size: 5,
  },
  {
    iso3: "DEU",
    name: "Germany",
    region: "EUR",
    ldc: false,
    lldc: false,
    member: true,
    sids: false,
    lng: 10,
    lat: 51,
    size: 4,
  },
  {
    iso3: "MDV",
    name: "Maldives",
    region: "ASP",
    ldc: false,
    lldc: false,
    member: true,
    sids: true,
    lng: 73,
    lat: 3,
    size: 0.1,
  },
];

export const TEST_ACTIVITIES = [
  makeActivity("ken-cirt-2019", {
    category: "cirt",
    countries: ["KEN"],
    yearStart: 2019,
    yearEnd: 2019,
  }),
  makeActivity("ken-assist-period", {
    countries: ["KEN"],
    yearStart: 2018,
    yearEnd: 2020,
    datePrecision: "period",
  }),
  makeActivity("uga-dtc-2020", {
    category: "dtc",
    countries: ["UGA"],
    yearStart: 2020,
    yearEnd: 2020,
  }),
  makeActivity("fra-assist-2016", { countries: ["FRA"], yearStart: 2016, yearEnd: 2016 }),
  makeActivity("mdv-connectivity-2019", {
    category: "connectivity",
    countries: ["MDV"],
    yearStart: 2019,
    yearEnd: 2019,
  }),
  makeActivity("afr-regional-2019", {
    region: "AFR",
    precision: "region",
    yearStart: 2019,
    yearEnd: 2019,
  }),
  makeActivity("global-2018", { precision: "global", yearStart: 2018, yearEnd: 2018 }),
];

/** The test atlas's country shapes (full and for the symbol rings alike: squares need no simplifying). */
export function testCountryShapes(): CountryShape[] {
  return countryShapesOf(testTopology());
}

/** The test countries as a topology (squares), as public/data/shapes.json holds the real ones. */
export function testTopology(): AtlasTopology {
  const square = (c: (typeof COUNTRIES)[number]) => {
    const h = c.size / 2;
    return [
      [c.lng - h, c.lat - h],
      [c.lng + h, c.lat - h],
      [c.lng + h, c.lat + h],
      [c.lng - h, c.lat + h],
      [c.lng - h, c.lat - h],
    ];
  };
  return topology({
    countries: {
      type: "FeatureCollection",
      features: COUNTRIES.map((c) => ({
        type: "Feature",
        properties: { iso3: c.iso3 },
        geometry: { type: "Polygon", coordinates: [square(c)] },
      })),
    },
  } as never) as unknown as AtlasTopology;
}

export function makeTestAtlas(): Atlas {
  const places: CountryPlace[] = COUNTRIES.map((c) => ({
    iso3: c.iso3,
    point: [c.lng, c.lat],
    bbox: [c.lng - c.size / 2, c.lat - c.size / 2, c.lng + c.size / 2, c.lat + c.size / 2],
    areaKm2: c.size * c.size * 12_000,
    needsMarker: c.size < 1,
  }));
  const countries = COUNTRIES.map(({ lng: _lng, lat: _lat, size: _size, ...country }) => country);
  const data: AtlasData = {
    generatedBy: "testAtlas.ts",
    dataDate: "2026-12-01",
    countries,
    aliases: [],
    places,
    // As the build computes them: a point inside each dissolved region.
    regionLabels: atlasShapesOf(
      testTopology(),
      new Map(countries.map((c) => [c.iso3, c])),
    ).regionShapes.map((r) => ({
      region: r.properties.region,
      point: representativePoint(r as unknown as CountryShape),
    })),
    symbolTopology: testTopology(),
    sources: [],
    activities: TEST_ACTIVITIES,
    partnershipStats: [],
  };
  return prepareAtlas(data);
}
