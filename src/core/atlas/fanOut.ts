import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { CountryPlace, CountryShape, LngLat } from "../geography/types";

/**
 * How symbols that share a point are spread out.
 *
 * Offsets are in screen pixels, not degrees. A ring in degrees that is readable at the world view of
 * a phone (about 1.4 px per degree) would be hundreds of pixels wide once zoomed in to a country,
 * and one sized for a zoomed-in view would collapse into a single blot at the world view. A pixel
 * ring looks the same at every zoom, and the layers' data never changes with the camera.
 *
 * The price: at the world view a ring is wider than a small country (Rwanda is 6 px across on a
 * laptop, 2 px on a phone), so its symbols land on a neighbour. Those symbols get a leader line back
 * to their point. Which ones need it is decided once, here, for the widest ground a ring covers:
 * the world view of the narrowest screen (REFERENCE_ZOOM). Zooming in only pulls a symbol along the straight
 * line towards its point, so a symbol that stays inside its country along that whole line at the
 * reference zoom stays inside at every zoom; every other one is tied to its point by a line.
 */
/** A phone 390 px wide shows the whole world at zoom -0.4 (512 px tiles), a 1440 px laptop at about 1; -1 covers screens down to 256 px. */
export const REFERENCE_ZOOM = -1;
/** Drawn size of a point symbol in pixels (the icon layers use it too). */
export const SYMBOL_SIZE_PX = 19;
/** Gap kept between a small country's dot marker and the symbols around it. */
const MARKER_CLEARANCE_PX = 7;

export interface Fanned {
  iso3: string;
  position: LngLat;
  offset: [number, number];
  leader: boolean;
}

/** Ring radius in pixels for `count` symbols: neighbours about 13 px apart, never closer to the centre than 9 px. */
export function ringRadius(count: number, aroundMarker: boolean): number {
  const spaced = (13 * count) / (2 * Math.PI);
  const least = aroundMarker ? MARKER_CLEARANCE_PX + SYMBOL_SIZE_PX / 2 : 9;
  return Math.max(least, spaced);
}

/**
 * Spreads symbols that share a point on a ring, and around a small country's dot marker even a
 * single one (so the marker, which is what one clicks, stays visible). Sets `leader` on every symbol
 * that may leave its country (see above) and on every symbol around a marker.
 */
export function fanOut(
  symbols: Fanned[],
  placeOf: (iso3: string) => CountryPlace | undefined,
  shapeOf: (iso3: string) => CountryShape | undefined,
): void {
  const atPoint = new Map<string, Fanned[]>();
  for (const symbol of symbols) {
    const key = `${symbol.position[0].toFixed(3)},${symbol.position[1].toFixed(3)}`;
    const list = atPoint.get(key) ?? [];
    list.push(symbol);
    atPoint.set(key, list);
  }
  for (const list of atPoint.values()) {
    const first = list[0];
    if (!first) continue;
    const place = placeOf(first.iso3);
    const onMarker = Boolean(place?.needsMarker && samePoint(place.point, first.position));
    if (list.length < 2 && !onMarker) continue;
    const radius = ringRadius(list.length, onMarker);
    list.forEach((symbol, i) => {
      const angle = (2 * Math.PI * i) / list.length - Math.PI / 2;
      symbol.offset = [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
      symbol.leader = onMarker || !staysInside(symbol, shapeOf(symbol.iso3));
    });
  }
}

/** True when the symbol's centre is inside its country all along the way from its point to its ring place at REFERENCE_ZOOM. */
function staysInside(symbol: Fanned, shape: CountryShape | undefined): boolean {
  if (!shape) return false;
  for (const t of [0.25, 0.5, 0.75, 1]) {
    const at = offsetLngLat(symbol.position, [symbol.offset[0] * t, symbol.offset[1] * t]);
    if (!booleanPointInPolygon(at, shape)) return false;
  }
  return true;
}

/** Where a pixel offset from a point lands on the ground, in Web Mercator at a zoom (512 px tiles, as MapLibre). */
export function offsetLngLat(
  [lng, lat]: LngLat,
  [dx, dy]: readonly [number, number],
  zoom = REFERENCE_ZOOM,
): LngLat {
  const worldPx = 512 * 2 ** zoom;
  const x = ((lng + 180) / 360) * worldPx + dx;
  const phi = (lat * Math.PI) / 180;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * worldPx + dy;
  const outLng = (x / worldPx) * 360 - 180;
  const outLat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / worldPx))) * 180) / Math.PI;
  return [((((outLng + 180) % 360) + 360) % 360) - 180, outLat];
}

/**
 * How far, in pixels, the symbols drawn around a point reach from it (ring plus half a symbol):
 * a label placed that far from the point does not cover them. 0 when nothing is drawn there.
 */
export function clusterReach(symbols: Iterable<Fanned>, point: LngLat): number {
  let reach = 0;
  for (const symbol of symbols)
    if (samePoint(symbol.position, point))
      reach = Math.max(reach, Math.hypot(...symbol.offset) + SYMBOL_SIZE_PX / 2);
  return Math.ceil(reach);
}

function samePoint(a: LngLat, b: LngLat): boolean {
  return Math.abs(a[0] - b[0]) < 5e-4 && Math.abs(a[1] - b[1]) < 5e-4;
}
