import { describe, expect, it } from "vitest";
import type { Activity } from "../data/schema";
import { recordsToGeoJson } from "./recordsGeoJson";

const base = {
  partnerCountries: [],
  partners: [],
  region: null,
  metric: null,
  quote: "q",
  source: "s",
};
const records = [
  { ...base, id: "site", countries: ["KEN"], lngLat: [36.8, -1.3] },
  { ...base, id: "two", countries: ["KEN", "GHA"], lngLat: null },
  { ...base, id: "region", countries: [], lngLat: null, region: "AFR" },
] as unknown as Activity[];
const places = { KEN: [38, 0], GHA: [-1, 8] } as Record<string, [number, number]>;

describe("recordsToGeoJson", () => {
  it("gives sites a point, countries a multipoint and region-wide records no geometry", () => {
    const collection = recordsToGeoJson(
      records,
      (iso3) =>
        places[iso3]
          ? { iso3, point: places[iso3], bbox: [0, 0, 0, 0], areaKm2: 1, needsMarker: false }
          : undefined,
      (iso3) => iso3,
      () => "title",
      { from: 2013, to: 2021 },
    );
    expect(collection.features.map((f) => f.geometry?.type ?? null)).toEqual([
      "Point",
      "MultiPoint",
      null,
    ]);
    expect(collection.features[1]?.geometry?.coordinates).toEqual([
      [38, 0],
      [-1, 8],
    ]);
    expect(collection.features[0]?.properties.quote).toBe("q");
  });
});
