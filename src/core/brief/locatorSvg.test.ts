import { describe, expect, it } from "vitest";
import type { CountryPlace, CountryShape, PolygonRings } from "../geography/types";
import { makeTestAtlas, testCountryShapes } from "../view/testAtlas";
import { locatorMap } from "./locatorSvg";

const atlas = makeTestAtlas();
const shapes = testCountryShapes();
const placeOf = (iso3: string) => atlas.placeByIso3.get(iso3) as CountryPlace;

/** Every "x y" pair of a path. */
const pointsOf = (d: string) =>
  [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("locatorMap", () => {
  const map = locatorMap(placeOf("KEN"), shapes);

  it("draws the country first, then its neighbours in view, in a 400 x 300 box", () => {
    expect(map.viewBox).toBe("0 0 400 300");
    expect(map.shapes[0]).toMatchObject({ iso3: "KEN", role: "country" });
    expect(map.shapes.map((s) => s.iso3).sort()).toEqual(["KEN", "UGA"]);
    expect(map.shapes.find((s) => s.iso3 === "UGA")?.role).toBe("neighbour");
    // France, Germany and the Maldives are far outside Kenya's view.
    expect(map.bounds[0]).toBeGreaterThan(25);
    expect(map.bounds[2]).toBeLessThan(50);
  });

  it("centres the country and keeps it inside the box with a margin", () => {
    const kenya = pointsOf(map.shapes[0]?.d ?? "");
    expect(kenya).toHaveLength(4);
    for (const [x, y] of kenya) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(400);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(300);
    }
    const xs = kenya.map((p) => p[0] as number);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(200, 0);
    expect(map.point).toEqual([200, 150]);
    expect(map.small).toBe(false);
  });

  it("projects north up and east right, with equal scales at the equator", () => {
    const [x0, y0] = map.project([37, 0]);
    const [x1, y1] = map.project([38, 1]);
    expect(x1 - x0).toBeGreaterThan(0);
    expect(y1 - y0).toBeLessThan(0);
    expect(x1 - x0).toBeCloseTo(y0 - y1, 0);
    // A square country stays square near the equator.
    const kenya = pointsOf(map.shapes[0]?.d ?? "");
    const w =
      Math.max(...kenya.map((p) => p[0] as number)) - Math.min(...kenya.map((p) => p[0] as number));
    const h =
      Math.max(...kenya.map((p) => p[1] as number)) - Math.min(...kenya.map((p) => p[1] as number));
    expect(w / h).toBeCloseTo(1, 1);
  });

  it("marks a country too small to see, and still places its point", () => {
    const maldives = locatorMap(placeOf("MDV"), shapes);
    expect(maldives.small).toBe(true);
    expect(maldives.point).toEqual([200, 150]);
    // At least minSpan degrees tall around it.
    expect(maldives.bounds[3] - maldives.bounds[1]).toBeGreaterThanOrEqual(9);
  });

  it("keeps a country that straddles the antimeridian in one piece", () => {
    const square = (west: number, east: number): PolygonRings => [
      [
        [west, -18],
        [east, -18],
        [east, -16],
        [west, -16],
        [west, -18],
      ],
    ];
    const fiji: CountryShape = {
      type: "Feature",
      properties: { iso3: "FJI" },
      geometry: { type: "MultiPolygon", coordinates: [square(177, 180), square(-180, -179)] },
    };
    const tonga: CountryShape = {
      type: "Feature",
      properties: { iso3: "TON" },
      geometry: { type: "MultiPolygon", coordinates: [square(-176, -175)] },
    };
    const place: CountryPlace = {
      iso3: "FJI",
      point: [178, -17],
      bbox: [-180, -18, 180, -16],
      areaKm2: 18_000,
      needsMarker: false,
    };
    const locator = locatorMap(place, [fiji, tonga, ...shapes]);
    const xs = pointsOf(locator.shapes[0]?.d ?? "").map((p) => p[0] as number);
    // Both pieces side by side in the middle of the box, not at its two edges.
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(300);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(400);
    // Tonga, east of the antimeridian, is drawn east of Fiji.
    const tongaXs = pointsOf(locator.shapes.find((s) => s.iso3 === "TON")?.d ?? "").map(
      (p) => p[0] as number,
    );
    expect(Math.min(...tongaXs)).toBeGreaterThan(Math.max(...xs));
    expect(locator.project([-175.5, -17])[0]).toBeGreaterThan(locator.point[0]);
  });
});
