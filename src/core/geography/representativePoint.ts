import { area } from "@turf/area";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { centroid } from "@turf/centroid";
import { polygon as turfPolygon } from "@turf/helpers";
import type { CountryShape, LngLat, PolygonRings } from "./types";

/**
 * A point that lies inside the country, for its symbol and label: the centroid of its largest
 * polygon when that falls inside it (it reads best), else the middle of the widest stretch of land
 * along a few parallels (turf's point-on-feature was seen to fall in the sea for Haiti).
 */
export function representativePoint(shape: CountryShape): LngLat {
  const largest = largestPolygon(shape);
  const centre = centroid(largest);
  if (booleanPointInPolygon(centre, largest)) return centre.geometry.coordinates as LngLat;
  return widestInteriorPoint(
    largest.geometry.coordinates as LngLat[][],
    centre.geometry.coordinates[1] ?? 0,
  );
}

/** Scans parallels across the polygon; returns the midpoint of the widest inside segment. */
function widestInteriorPoint(rings: LngLat[][], preferredLat: number): LngLat {
  const lats = (rings[0] ?? []).map((p) => p[1]);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const candidates = [preferredLat];
  for (let i = 1; i < 20; i++) candidates.push(south + ((north - south) * i) / 20);
  let best: LngLat = rings[0]?.[0] ?? [0, 0];
  let bestWidth = -1;
  for (const lat of candidates) {
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1] as LngLat;
        const [x2, y2] = ring[i] as LngLat;
        if (y1 > lat !== y2 > lat) crossings.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const width = (crossings[i + 1] as number) - (crossings[i] as number);
      if (width > bestWidth) {
        bestWidth = width;
        best = [((crossings[i] as number) + (crossings[i + 1] as number)) / 2, lat];
      }
    }
  }
  return best;
}

export function largestPolygon(shape: CountryShape) {
  let best = turfPolygon(shape.geometry.coordinates[0] ?? []);
  let bestArea = -1;
  for (const rings of shape.geometry.coordinates) {
    const candidate = turfPolygon(rings);
    const candidateArea = area(candidate);
    if (candidateArea > bestArea) {
      best = candidate;
      bestArea = candidateArea;
    }
  }
  return best;
}

/** Area of the whole shape in km². */
export function shapeAreaKm2(shape: CountryShape): number {
  return area(shape) / 1e6;
}

/** [west, south, east, north] of the outer rings of some polygons, or null when there are none. */
export function polygonsBox(
  polygons: readonly PolygonRings[],
): [number, number, number, number] | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons)
    for (const [lng, lat] of rings[0] ?? []) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return west <= east ? [west, south, east, north] : null;
}

export function shapeBbox(shape: CountryShape): [number, number, number, number] {
  return polygonsBox(shape.geometry.coordinates) ?? [Infinity, Infinity, -Infinity, -Infinity];
}
