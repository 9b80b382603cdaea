import { polygonsBox } from "../geography/representativePoint";
import type { CountryPlace, CountryShape, LngLat, PolygonRings } from "../geography/types";

/**
 * A small locator map for the printed brief: the country and what lies around it, as SVG path
 * strings in a fixed view box, so the page prints sharp and needs no WebGL. The projection is
 * equirectangular around the view's centre (longitudes scaled by the cosine of its latitude, so
 * shapes keep their proportions near the centre), which is all a locator of one country needs.
 */
export interface LocatorMap {
  /** "0 0 400 300": the box every path and point below is drawn in. */
  viewBox: string;
  width: number;
  height: number;
  /** The country first, then every other shape that reaches into the view. */
  shapes: LocatorShape[];
  /** The country's representative point, in view-box units. */
  point: [number, number];
  /** True when the country's shape is too small to see (or missing): draw a ring at `point`. */
  small: boolean;
  /** [west, south, east, north] of the view in degrees (east may exceed 180 across the antimeridian). */
  bounds: [number, number, number, number];
  /** A position in view-box units, taken on the copy of the globe nearest the view's centre. */
  project: (lngLat: LngLat) => [number, number];
}

export interface LocatorShape {
  iso3: string;
  /** `country`: the brief's country; `neighbour`: any other shape in view. */
  role: "country" | "neighbour";
  /** SVG path data, one closed subpath per ring. */
  d: string;
}

export interface LocatorOptions {
  /** View-box width; the height follows from `aspect`. */
  width?: number;
  /** Height / width. */
  aspect?: number;
  /** Margin around the country, as a share of its extent on each side. */
  margin?: number;
  /** The view spans at least this many degrees of latitude (a small country gets context). */
  minSpan?: number;
}

const DEFAULTS: Required<LocatorOptions> = { width: 400, aspect: 0.75, margin: 0.35, minSpan: 9 };

/** `lng` moved by whole turns to the copy nearest `reference`. */
const wrapNear = (lng: number, reference: number) =>
  lng + 360 * Math.round((reference - lng) / 360);

/** A polygon moved as a whole (shapes are split at the antimeridian) to the copy nearest `lng`. */
function polygonNear(polygon: PolygonRings, lng: number): PolygonRings {
  const first = polygon[0]?.[0];
  if (!first) return polygon;
  const shift = wrapNear(first[0], lng) - first[0];
  return shift === 0
    ? polygon
    : polygon.map((ring) => ring.map(([x, y]): LngLat => [x + shift, y]));
}

/** Draws `place`'s country and its surroundings from `shapes` (every shape the atlas has). */
export function locatorMap(
  place: CountryPlace,
  shapes: readonly CountryShape[],
  options: LocatorOptions = {},
): LocatorMap {
  const { width, aspect, margin, minSpan } = { ...DEFAULTS, ...options };
  const height = Math.round(width * aspect);
  const own = shapes.find((s) => s.properties.iso3 === place.iso3);
  const centreLng = place.point[0];
  const ownPolygons = (own?.geometry.coordinates ?? []).map((p) => polygonNear(p, centreLng));
  // Without a shape, the small box the atlas keeps around the country's marker.
  const [west, south, east, north] = polygonsBox(ownPolygons) ?? [
    wrapNear(place.bbox[0], centreLng),
    place.bbox[1],
    wrapNear(place.bbox[0], centreLng) + place.bbox[2] - place.bbox[0],
    place.bbox[3],
  ];
  const cx = (west + east) / 2;
  const cy = Math.max(-80, Math.min(80, (south + north) / 2));
  const cos = Math.cos((cy * Math.PI) / 180);
  // Half the view in projected degrees: the country plus its margin, at least minSpan tall,
  // widened or heightened to the view's aspect.
  let halfH = Math.max(((north - south) / 2) * (1 + 2 * margin), minSpan / 2);
  let halfW = ((east - west) / 2) * cos * (1 + 2 * margin);
  if (halfW * aspect > halfH) halfH = halfW * aspect;
  else halfW = halfH / aspect;
  const scale = width / (2 * halfW);
  const round = (n: number) => Math.round(n * 10) / 10;
  const toView = ([lng, lat]: LngLat): [number, number] => [
    round(width / 2 + (lng - cx) * cos * scale),
    round(height / 2 - (lat - cy) * scale),
  ];
  const bounds: LocatorMap["bounds"] = [cx - halfW / cos, cy - halfH, cx + halfW / cos, cy + halfH];
  const inView = (box: [number, number, number, number] | null) =>
    box !== null &&
    box[0] <= bounds[2] &&
    box[2] >= bounds[0] &&
    box[1] <= bounds[3] &&
    box[3] >= bounds[1];

  const pathOf = (polygons: readonly PolygonRings[]) => {
    const parts: string[] = [];
    for (const polygon of polygons) {
      if (!inView(polygonsBox([polygon]))) continue;
      for (const ring of polygon) {
        const points: [number, number][] = [];
        for (const position of ring) {
          const p = toView(position);
          const last = points[points.length - 1];
          if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
        }
        // `Z` closes the ring: the repeated first position is not written.
        const [first, last] = [points[0], points[points.length - 1]];
        if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1])
          points.pop();
        if (points.length < 3) continue;
        parts.push(`M${points.map(([x, y]) => `${x} ${y}`).join("L")}Z`);
      }
    }
    return parts.join("");
  };

  const ownPath = pathOf(ownPolygons);
  const result: LocatorShape[] = [{ iso3: place.iso3, role: "country", d: ownPath }];
  for (const shape of shapes) {
    if (shape === own) continue;
    const d = pathOf(shape.geometry.coordinates.map((p) => polygonNear(p, cx)));
    if (d) result.push({ iso3: shape.properties.iso3, role: "neighbour", d });
  }
  const [ownWest, ownSouth, ownEast, ownNorth] = polygonsBox(ownPolygons) ?? [0, 0, 0, 0];
  // Under about 4% of the view across, a shape is a speck in print: a ring marks it.
  const small = Math.max((ownEast - ownWest) * cos, ownNorth - ownSouth) * scale < width * 0.04;
  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    shapes: result,
    point: toView([wrapNear(place.point[0], cx), place.point[1]]),
    small: small || ownPath === "",
    bounds,
    project: ([lng, lat]) => toView([wrapNear(lng, cx), lat]),
  };
}
