import type { CountryPlace } from "../geography/types";

/** A country place for unit tests: a point, no real shape. */
export const testPlace = (iso3: string, point: [number, number]): CountryPlace => ({
  iso3,
  point,
  bbox: [0, 0, 0, 0],
  areaKm2: 1,
  needsMarker: false,
});

/** Kenya, Norway and Ghana at rough points: enough places for the grouping and arc tests. */
export const TEST_PLACES = new Map([
  ["KEN", testPlace("KEN", [38, 0])],
  ["NOR", testPlace("NOR", [10, 61])],
  ["GHA", testPlace("GHA", [-1, 8])],
]);
