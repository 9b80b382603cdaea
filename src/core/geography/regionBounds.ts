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
  return boxesBounds(points.map(([lng, lat]): Bounds => [lng, lat, lng, lat]));
}

/**
 * The smallest box round `boxes` on the circle of longitudes: it leaves out the widest stretch
 * between them (the one across 180° included), running on past 180° when that stretch is not it.
 */
export function boxesBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  const south = Math.min(...boxes.map((b) => b[1]));
  const north = Math.max(...boxes.map((b) => b[3]));
  // Longitude spans, merged where they overlap, in order round the world.
  const merged: [number, number][] = [];
  for (const [w, , e] of [...boxes].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0] as [number, number];
  const last = merged[merged.length - 1] as [number, number];
  let widest = first[0] + 360 - last[1];
  let span: [number, number] = [first[0], last[1]];
  for (let i = 0; i + 1 < merged.length; i++) {
    const [, end] = merged[i] as [number, number];
    const [start] = merged[i + 1] as [number, number];
    if (start - end > widest) {
      widest = start - end;
      span = [start, end + 360];
    }
  }
  return [span[0], south, span[1], north];
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
