import type { LngLat } from "./types";

/**
 * [west, south, east, north] in degrees, west < east. A box across the antimeridian goes on past
 * 180°: Fiji to Samoa is [174, -22, 188, -13] (188 is -172 + 360); the map shows such a box with
 * the world repeated (ui/map/worldCopies.ts).
 */
export type Bounds = [number, number, number, number];

/**
 * The smallest box around a set of points, aware of the antimeridian: longitudes are taken on the
 * circle and the box leaves out the widest empty arc, so Asia-Pacific (Iran to Samoa) is not
 * stretched round the whole world, and runs on past 180° to its points beyond it (Samoa, Tonga).
 */
export function pointsBounds(points: readonly LngLat[]): Bounds | null {
  if (points.length === 0) return null;
  const lngs = points.map((p) => p[0]).sort((a, b) => a - b);
  const lats = points.map((p) => p[1]);
  // The widest gap between neighbouring longitudes, including the one across 180°.
  let gapAfter = lngs.length - 1;
  let widest = (lngs[0] as number) + 360 - (lngs[lngs.length - 1] as number);
  for (let i = 0; i < lngs.length - 1; i++) {
    const gap = (lngs[i + 1] as number) - (lngs[i] as number);
    if (gap > widest) {
      widest = gap;
      gapAfter = i;
    }
  }
  const west = lngs[(gapAfter + 1) % lngs.length] as number;
  const east = lngs[gapAfter] as number;
  return [west, Math.min(...lats), west <= east ? east : east + 360, Math.max(...lats)];
}

/**
 * A box grown to at least `minWidth` x `minHeight` degrees around its centre. Latitudes stay on
 * the map; longitudes may run past ±180° (Tuvalu's box does), so the country stays in the middle.
 */
export function atLeast(bounds: Bounds, minWidth: number, minHeight: number): Bounds {
  const [west, south, east, north] = bounds;
  const cx = (west + east) / 2;
  const cy = (south + north) / 2;
  const halfW = Math.max(east - west, minWidth) / 2;
  const halfH = Math.max(north - south, minHeight) / 2;
  return [cx - halfW, Math.max(-85, cy - halfH), cx + halfW, Math.min(85, cy + halfH)];
}
