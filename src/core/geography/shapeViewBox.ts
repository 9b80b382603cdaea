import type { Bounds } from "./regionBounds";
import { polygonsBox } from "./representativePoint";
import type { CountryShape } from "./types";

/**
 * Where to look at a country whose shape lies on both sides of 180° (Fiji, Kiribati, Russia, the
 * United States with the Aleutians...), or null for every other country. Its shape is cut at the
 * antimeridian, so its bounding box runs round the world and fitting it shows the whole world.
 * This is the smallest box that holds all its land, running on past 180° (Fiji is
 * [177, -21, 181.8, -12]: Viti Levu to the Lau group); the map shows it with the world repeated.
 */
export function shapeViewBox(shape: CountryShape): Bounds | null {
  const polygons = shape.geometry.coordinates;
  const [west, south, east, north] = polygonsBox(polygons) ?? [0, 0, 0, 0];
  // No country is wider than half the world but for those that lie on both sides of 180°.
  if (east - west <= 180) return null;
  // Each polygon's longitudes, merged where they overlap, in order round the world.
  const spans = polygons
    .map((rings) => polygonsBox([rings]))
    .filter((box) => box !== null)
    .map(([w, , e]) => [w, e] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  // The box leaves out the widest stretch of sea between them, the one across 180° included.
  const first = merged[0] as [number, number];
  const last = merged[merged.length - 1] as [number, number];
  let widest = first[0] + 360 - last[1];
  let box: [number, number] = [first[0], last[1]];
  for (let i = 0; i + 1 < merged.length; i++) {
    const gap = (merged[i + 1] as [number, number])[0] - (merged[i] as [number, number])[1];
    if (gap > widest) {
      widest = gap;
      box = [(merged[i + 1] as [number, number])[0], (merged[i] as [number, number])[1] + 360];
    }
  }
  return [box[0], south, box[1], north];
}
