import type { LngLat, PolygonRings, Ring } from "./types";

/**
 * World-atlas rings that cross the antimeridian jump from +180 to -180 mid-ring, which smears bands
 * across a Web Mercator map and breaks point-in-polygon. We unwrap each ring into continuous longitudes,
 * then cut the polygon at ±180 and shift the far piece back into [-180, 180].
 */
export function splitPolygonAtAntimeridian(polygon: PolygonRings): PolygonRings[] {
  const unwrapped = polygon.map(unwrapRing);
  const outer = unwrapped[0];
  if (!outer || outer.length < 4) return [];
  const lngs = outer.map((p) => p[0]);
  const west = Math.min(...lngs);
  const east = Math.max(...lngs);
  if (west >= -180 && east <= 180) return [polygon];

  // The ring lies in a 360°-wide band starting at a multiple of 360 offset from -180.
  const pieces: PolygonRings[] = [];
  for (let cut = Math.floor((west + 180) / 360) * 360 - 180; cut < east; cut += 360) {
    const shift = -(cut + 180);
    const rings = unwrapped
      .map((ring) => clipToBand(ring, cut, cut + 360))
      .filter((ring): ring is Ring => ring !== null)
      .map((ring) => ring.map(([lng, lat]): LngLat => [lng + shift, lat]));
    const first = rings[0];
    // Keep holes only when the outer ring survived the cut.
    if (first && clipToBand(unwrapped[0] as Ring, cut, cut + 360)) pieces.push(rings);
  }
  return pieces;
}

/** Makes longitudes continuous: a step of more than 180° is taken as a wrap round the globe. */
export function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let offset = 0;
  let previous: number | null = null;
  for (const [lng, lat] of ring) {
    if (previous !== null) {
      const step = lng + offset - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    const unwrappedLng = lng + offset;
    out.push([unwrappedLng, lat]);
    previous = unwrappedLng;
  }
  return out;
}

/** Sutherland-Hodgman clip of a ring to west <= lng <= east. Null when nothing remains. */
function clipToBand(ring: Ring, west: number, east: number): Ring | null {
  let result = clipHalfPlane(ring, (p) => p[0] >= west, west);
  result = clipHalfPlane(result, (p) => p[0] <= east, east);
  if (result.length < 3) return null;
  const first = result[0] as LngLat;
  const last = result[result.length - 1] as LngLat;
  if (first[0] !== last[0] || first[1] !== last[1]) result.push([first[0], first[1]]);
  return result.length >= 4 ? result : null;
}

function clipHalfPlane(ring: Ring, inside: (p: LngLat) => boolean, lngOfEdge: number): Ring {
  const out: Ring = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const current = ring[i] as LngLat;
    const previous = ring[(i + n - 1) % n] as LngLat;
    const currentIn = inside(current);
    const previousIn = inside(previous);
    if (currentIn !== previousIn) out.push(crossing(previous, current, lngOfEdge));
    if (currentIn) out.push(current);
  }
  return out;
}

function crossing(a: LngLat, b: LngLat, lng: number): LngLat {
  const t = (lng - a[0]) / (b[0] - a[0]);
  return [lng, a[1] + t * (b[1] - a[1])];
}
