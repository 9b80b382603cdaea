import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { polygon as turfPolygon } from "@turf/helpers";
import Flatbush from "flatbush";
import { createGridCountryLocator } from "./countryGrid";
import type { CountryShape, LngLat } from "./types";

export interface CountryLocator {
  /** The alpha-3 code of the country whose shape contains the point, or null (sea, no data). */
  countryAt(point: LngLat): string | null;
}

/**
 * Tells which country a longitude/latitude falls in: a grid of 0.25-degree cells answers for points
 * away from every border and coast (built on the first question, see countryGrid.ts); the exact
 * locator below answers for the others, so the two always agree.
 */
export function createCountryLocator(shapes: Iterable<CountryShape>): CountryLocator {
  const list = [...shapes];
  return createGridCountryLocator(list, createExactCountryLocator(list));
}

/**
 * The exact locator: a flatbush R-tree over every polygon's bounding box narrows the candidates;
 * turf's point-in-polygon decides among them.
 */
export function createExactCountryLocator(shapes: Iterable<CountryShape>): CountryLocator {
  const polygons: { iso3: string; polygon: ReturnType<typeof turfPolygon> }[] = [];
  for (const shape of shapes) {
    for (const rings of shape.geometry.coordinates) {
      polygons.push({ iso3: shape.properties.iso3, polygon: turfPolygon(rings) });
    }
  }
  const index = new Flatbush(Math.max(polygons.length, 1));
  for (const { polygon } of polygons) {
    const [west, south, east, north] = ringBbox(polygon.geometry.coordinates[0] ?? []);
    index.add(west, south, east, north);
  }
  if (polygons.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  return {
    countryAt([lng, lat]) {
      for (const i of index.search(lng, lat, lng, lat)) {
        const candidate = polygons[i];
        if (candidate && booleanPointInPolygon([lng, lat], candidate.polygon))
          return candidate.iso3;
      }
      return null;
    },
  };
}

/** The naive baseline the benchmark compares against: every polygon, no index. */
export function createNaiveCountryLocator(shapes: Iterable<CountryShape>): CountryLocator {
  const list = [...shapes];
  return {
    countryAt(point) {
      for (const shape of list)
        if (booleanPointInPolygon(point, shape)) return shape.properties.iso3;
      return null;
    },
  };
}

function ringBbox(ring: number[][]): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lng = 0, lat = 0] of ring) {
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [west, south, east, north];
}
