import type { LngLat } from "./types";

/** [west, south, east, north] in degrees; west > east never happens (see below). */
export type Bounds = [number, number, number, number];

/**
 * The smallest box around a set of points, aware of the antimeridian: longitudes are taken on the
 * circle and the box leaves out the widest empty arc, so Asia-Pacific (Iran to Samoa) is not
 * stretched round the whole world. The map does not repeat the world, so a box that would cross
 * 180° is cut there: the few points beyond it (Samoa, Tonga) stay at the map's other edge.
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
  return [west, Math.min(...lats), west <= east ? east : 180, Math.max(...lats)];
}

/** A box grown to at least `minWidth` x `minHeight` degrees around its centre, kept on the map. */
export function atLeast(bounds: Bounds, minWidth: number, minHeight: number): Bounds {
  const [west, south, east, north] = bounds;
  const cx = (west + east) / 2;
  const cy = (south + north) / 2;
  const halfW = Math.max(east - west, minWidth) / 2;
  const halfH = Math.max(north - south, minHeight) / 2;
  return [
    Math.max(-180, cx - halfW),
    Math.max(-85, cy - halfH),
    Math.min(180, cx + halfW),
    Math.min(85, cy + halfH),
  ];
}
