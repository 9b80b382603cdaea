import { describe, expect, it } from "vitest";
import { makeActivity } from "../data/makeActivity";
import type { Activity } from "../data/schema";
import type { CountryPlace } from "../geography/types";
import { nearestCopy, partnerArcs, placeActivities } from "./activityPlaces";

const place = (iso3: string, point: [number, number]): CountryPlace => ({
  iso3,
  point,
  bbox: [0, 0, 0, 0],
  areaKm2: 1,
  needsMarker: false,
});
const places = new Map([
  ["KEN", place("KEN", [38, 0])],
  ["NOR", place("NOR", [10, 61])],
  ["GHA", place("GHA", [-1, 8])],
]);
const activity = (id: string, patch: Partial<Activity>) =>
  makeActivity(id, { category: "cirt", ...patch });

describe("placeActivities", () => {
  it("puts a site record at its site and a country record at each country's point", () => {
    const symbols = placeActivities(
      [
        activity("site", { countries: ["KEN"], lngLat: [36.8, -1.3] }),
        activity("two", { countries: ["KEN", "GHA"] }),
        activity("assist", { category: "assistance", countries: ["KEN"] }),
        activity("region", { countries: [] }),
      ],
      ["cirt"],
      (iso3) => places.get(iso3),
    );
    expect(symbols.map((s) => [s.activity.id, s.iso3, s.position])).toEqual([
      ["site", "KEN", [36.8, -1.3]],
      ["two", "KEN", [38, 0]],
      ["two", "GHA", [-1, 8]],
    ]);
  });

  it("fans out symbols that share a point", () => {
    const symbols = placeActivities(
      [activity("a", { countries: ["KEN"] }), activity("b", { countries: ["KEN"] })],
      ["cirt"],
      (iso3) => places.get(iso3),
    );
    expect(symbols[0]?.offset).not.toEqual(symbols[1]?.offset);
    expect(symbols.every((s) => Math.hypot(...s.offset) > 5)).toBe(true);
  });
});

describe("partnerArcs", () => {
  it("takes the short way across the antimeridian", () => {
    expect(nearestCopy([-172, -14], 150)).toEqual([188, -14]);
    expect(nearestCopy([10, 0], 150)).toEqual([10, 0]);
  });

  it("draws one arc per partner and beneficiary", () => {
    const arcs = partnerArcs(
      [activity("dtc", { countries: ["KEN", "GHA"], partnerCountries: ["NOR"] })],
      (iso3) => places.get(iso3),
    );
    expect(arcs.map((a) => `${a.partner}->${a.beneficiary}`)).toEqual(["NOR->KEN", "NOR->GHA"]);
    expect(arcs[0]?.from).toEqual([10, 61]);
  });
});
