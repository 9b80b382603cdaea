import { beforeAll, describe, expect, it } from "vitest";
import { atlasTopologyOf } from "../../../tools/atlasTopologyOf";
import { loadDataset } from "../../../tools/loadDataset";
import { countryShapesOf } from "./atlasTopology";
import { GRID_CELL_DEGREES } from "./countryGrid";
import {
  type CountryLocator,
  createCountryLocator,
  createExactCountryLocator,
} from "./countryLocator";
import { representativePoint } from "./representativePoint";
import type { CountryShape, LngLat } from "./types";

let seed = 11;
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
}

/** Points where the grid could go wrong: near edges, and inside every polygon smaller than a cell. */
function testPoints(shapes: CountryShape[]): { label: string; point: LngLat }[] {
  const points: { label: string; point: LngLat }[] = [];
  for (let i = 0; i < 20_000; i++)
    points.push({ label: "random", point: [random() * 360 - 180, random() * 180 - 90] });
  for (const shape of shapes) {
    const iso3 = shape.properties.iso3;
    points.push({ label: `${iso3} representative point`, point: representativePoint(shape) });
    for (const polygon of shape.geometry.coordinates) {
      const outer = polygon[0] ?? [];
      const lngs = outer.map((p) => p[0]);
      const lats = outer.map((p) => p[1]);
      const small =
        Math.max(...lngs) - Math.min(...lngs) < GRID_CELL_DEGREES &&
        Math.max(...lats) - Math.min(...lats) < GRID_CELL_DEGREES;
      if (small) {
        const island: CountryShape = {
          ...shape,
          geometry: { ...shape.geometry, coordinates: [polygon] },
        };
        points.push({ label: `${iso3} island`, point: representativePoint(island) });
      }
      // Near the edges: every 7th vertex moved by up to ~1 km, and ~1 cm either side of the middle
      // of its edge. (A point exactly on a shared border is in both countries; turf answers with
      // whichever the index lists first, so such points are not compared.)
      for (let k = 0; k < outer.length - 1; k += 7) {
        const [x, y] = outer[k] as LngLat;
        const [x1, y1] = outer[k + 1] as LngLat;
        const length = Math.hypot(x1 - x, y1 - y);
        if (length > 1e-6)
          for (const side of [-1e-7, 1e-7]) {
            const point: LngLat = [
              (x + x1) / 2 - (side * (y1 - y)) / length,
              (y + y1) / 2 + (side * (x1 - x)) / length,
            ];
            points.push({ label: `${iso3} beside an edge`, point });
          }
        points.push({
          label: `${iso3} near edge`,
          point: [x + (random() - 0.5) * 0.02, y + (random() - 0.5) * 0.02],
        });
      }
    }
  }
  return points;
}

function disagreements(shapes: CountryShape[]): string[] {
  const exact: CountryLocator = createExactCountryLocator(shapes);
  const fast = createCountryLocator(shapes);
  const found: string[] = [];
  for (const { label, point } of testPoints(shapes)) {
    const expected = exact.countryAt(point);
    const got = fast.countryAt(point);
    if (got !== expected) found.push(`${label} ${point.join(",")}: ${got} instead of ${expected}`);
  }
  return found;
}

describe("the grid locator agrees with flatbush + turf on the real shapes", () => {
  let shapes: CountryShape[];
  beforeAll(() => {
    shapes = loadDataset().geography.countryShapes;
  });

  it("on random points, points near every border and coast, and every small island", () => {
    expect(disagreements(shapes)).toEqual([]);
  });

  it("on the shapes as the app decodes them from atlas.json (quantised, shared borders)", () => {
    expect(disagreements(countryShapesOf(atlasTopologyOf(shapes)))).toEqual([]);
  });

  it("finds every small island by a point inside it", () => {
    const fast = createCountryLocator(shapes);
    const lost: string[] = [];
    for (const shape of shapes)
      for (const polygon of shape.geometry.coordinates) {
        const island: CountryShape = {
          ...shape,
          geometry: { ...shape.geometry, coordinates: [polygon] },
        };
        const point = representativePoint(island);
        const exact = createExactCountryLocator([island]).countryAt(point);
        if (exact && fast.countryAt(point) !== shape.properties.iso3)
          lost.push(`${shape.properties.iso3} ${point.join(",")}`);
      }
    expect(lost).toEqual([]);
  });
});
