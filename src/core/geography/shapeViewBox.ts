import { area } from "@turf/area";
import type { Bounds } from "./regionBounds";
import { polygonsBox } from "./representativePoint";
import type { CountryShape } from "./types";

/**
 * Where to look at a country whose shape lies on both sides of 180° (Fiji, Russia, the United
 * States with the Aleutians...), or null for every other country. Its shape is cut at the
 * antimeridian, so its bounding box runs round the world and fitting it shows the whole world.
 * The map does not repeat the world, so no box can hold both sides: this is the box of the side
 * with more land (Fiji's main islands, not the Lau group; the United States without the far
 * Aleutians).
 */
export function shapeViewBox(shape: CountryShape): Bounds | null {
  const polygons = shape.geometry.coordinates;
  const sideOf = (rings: (typeof polygons)[number]) => {
    const ring = rings[0] ?? [];
    const mean = ring.reduce((sum, [lng]) => sum + lng, 0) / Math.max(1, ring.length);
    return mean >= 0 ? "east" : "west";
  };
  const [west, , east] = polygonsBox(polygons) ?? [0, 0, 0, 0];
  // No country is wider than half the world but for those that lie on both sides of 180°.
  if (east - west <= 180) return null;
  const sides = { east: [] as typeof polygons, west: [] as typeof polygons };
  for (const rings of polygons) sides[sideOf(rings)].push(rings);
  const landOf = (side: typeof polygons) =>
    area({
      type: "Feature",
      properties: {},
      geometry: { type: "MultiPolygon", coordinates: side },
    });
  const kept = landOf(sides.east) >= landOf(sides.west) ? sides.east : sides.west;
  return polygonsBox(kept);
}
