import { REFERENCE_ZOOM, ringRadius } from "../src/core/atlas/fanOut";
import type { CountryPlace, CountryShape, LngLat, PolygonRings } from "../src/core/geography/types";

/**
 * Douglas-Peucker tolerance (degrees) of the outlines the symbol rings are tested against:
 * at REFERENCE_ZOOM (256 px for 360°) 0.2° is about a seventh of a pixel. With 0.3° or 0.5° a few
 * generated records' rings, with a point a fraction of a pixel from a coast, got another answer.
 */
export const SYMBOL_SHAPE_TOLERANCE = 0.2;
/** Polygons smaller than this (square degrees, about half a pixel at REFERENCE_ZOOM) are left out. */
export const SYMBOL_SHAPE_MIN_AREA = 1;

/**
 * The country outlines that fanOut() tests symbol rings against, made for its one zoom
 * (REFERENCE_ZOOM, where a pixel is about 1.4°): simplified far below a pixel, and only for the
 * countries whose box is at least a ring's radius across. In a smaller country no ring fits, so
 * every ring symbol gets a leader line whatever the outline. A unit test checks that the leaders
 * of the real data are the same as with the full shapes.
 */
export function symbolShapesOf(shapes: CountryShape[], places: CountryPlace[]): CountryShape[] {
  const placeOf = new Map(places.map((p) => [p.iso3, p]));
  const smallestRing = ringRadius(2, false);
  return shapes.flatMap((shape): CountryShape[] => {
    const bbox = placeOf.get(shape.properties.iso3)?.bbox;
    if (!bbox || boxDiagonalPx(bbox) < smallestRing) return [];
    const coordinates = shape.geometry.coordinates
      .map((rings) => rings.map((ring) => simplifyRing(ring, SYMBOL_SHAPE_TOLERANCE)))
      .filter(
        (rings): rings is PolygonRings =>
          (rings[0]?.length ?? 0) >= 4 &&
          Math.abs(ringArea(rings[0] ?? [])) >= SYMBOL_SHAPE_MIN_AREA,
      )
      .map((rings) => rings.filter((ring) => ring.length >= 4));
    if (coordinates.length === 0) return [];
    return [{ ...shape, geometry: { type: "MultiPolygon", coordinates } }];
  });
}

/** The diagonal of a [west, south, east, north] box in Web Mercator pixels at REFERENCE_ZOOM. */
function boxDiagonalPx([west, south, east, north]: [number, number, number, number]): number {
  const worldPx = 512 * 2 ** REFERENCE_ZOOM;
  const y = (lat: number) =>
    (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * worldPx;
  return Math.hypot(((east - west) / 360) * worldPx, y(north) - y(south));
}

/** Douglas-Peucker on a closed ring (first and last points kept). */
export function simplifyRing(ring: LngLat[], tolerance: number): LngLat[] {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestSq = tolerance * tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(ring[i] as LngLat, ring[first] as LngLat, ring[last] as LngLat);
      if (d > farthestSq) {
        farthestSq = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return ring.filter((_, i) => keep[i] === 1);
}

function segmentDistanceSq([px, py]: LngLat, [ax, ay]: LngLat, [bx, by]: LngLat): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Signed area of a ring in square degrees (shoelace). */
function ringArea(ring: LngLat[]): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1] as LngLat;
    const [x2, y2] = ring[i] as LngLat;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}
