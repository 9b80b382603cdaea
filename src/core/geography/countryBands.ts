import type { CountryShape, LngLat } from "./types";

/**
 * Point in country by the crossing rule over one latitude band: a horizontal ray from the point to
 * the east crosses each polygon's rings an odd number of times exactly when the point is inside it,
 * and every edge it can cross spans the point's latitude, so it is listed in the point's band. With
 * bands of a quarter degree a band holds at most ~600 of the ~95,000 edges of the 50m shapes.
 */
export interface CountryBands {
  /**
   * The polygons that contain the point: `null` when none, the country's code when exactly one does,
   * `undefined` when several overlap (the caller decides, as the exact locator would).
   */
  countryAt(point: LngLat): string | null | undefined;
}

export function buildCountryBands(
  shapes: Iterable<CountryShape>,
  bandDegrees: number,
): CountryBands {
  const bandCount = Math.round(180 / bandDegrees);
  const polygonCodes: string[] = [];
  // Pass 1: the edges and the bands each spans.
  const edges: number[] = [];
  const counts = new Int32Array(bandCount);
  for (const shape of shapes)
    for (const polygon of shape.geometry.coordinates) {
      const p = polygonCodes.push(shape.properties.iso3) - 1;
      for (const ring of polygon)
        for (let k = 1; k < ring.length; k++) {
          const [x0, y0] = ring[k - 1] as LngLat;
          const [x1, y1] = ring[k] as LngLat;
          if (y0 === y1) continue; // a horizontal edge never crosses a horizontal ray
          edges.push(x0, y0, x1, y1, p);
          const [b0, b1] = bandsOf(y0, y1, bandDegrees, bandCount);
          for (let b = b0; b <= b1; b++) counts[b] = (counts[b] ?? 0) + 1;
        }
    }
  // Pass 2: each band's edges, packed (x0, y0, x1, y1) with their polygon beside.
  const starts = new Int32Array(bandCount + 1);
  for (let b = 0; b < bandCount; b++) starts[b + 1] = (starts[b] ?? 0) + (counts[b] ?? 0);
  const total = starts[bandCount] ?? 0;
  const coords = new Float64Array(total * 4);
  const owners = new Int32Array(total);
  const next = starts.slice(0, bandCount);
  for (let e = 0; e < edges.length; e += 5) {
    const y0 = edges[e + 1] as number;
    const y1 = edges[e + 3] as number;
    const [b0, b1] = bandsOf(y0, y1, bandDegrees, bandCount);
    for (let b = b0; b <= b1; b++) {
      const at = next[b] ?? 0;
      next[b] = at + 1;
      coords[at * 4] = edges[e] as number;
      coords[at * 4 + 1] = y0;
      coords[at * 4 + 2] = edges[e + 2] as number;
      coords[at * 4 + 3] = y1;
      owners[at] = edges[e + 4] as number;
    }
  }

  const parity = new Uint8Array(polygonCodes.length);
  const touched: number[] = [];
  return {
    countryAt([lng, lat]) {
      const band = Math.floor((lat + 90) / bandDegrees);
      if (band < 0 || band >= bandCount) return null;
      for (let i = starts[band] ?? 0, end = starts[band + 1] ?? 0; i < end; i++) {
        const y0 = coords[i * 4 + 1] as number;
        const y1 = coords[i * 4 + 3] as number;
        if (y0 > lat === y1 > lat) continue;
        const x0 = coords[i * 4] as number;
        const x1 = coords[i * 4 + 2] as number;
        if (lng < ((x1 - x0) * (lat - y0)) / (y1 - y0) + x0) {
          const p = owners[i] as number;
          if (parity[p] === 0) touched.push(p);
          parity[p] = (parity[p] as number) ^ 1;
        }
      }
      let found: string | null | undefined = null;
      for (const p of touched) {
        if (parity[p] === 1) {
          const code = polygonCodes[p] as string;
          found = found === null || found === code ? code : undefined;
        }
        parity[p] = 0;
      }
      touched.length = 0;
      return found;
    },
  };
}

function bandsOf(y0: number, y1: number, size: number, count: number): [number, number] {
  return [
    clamp(Math.floor((Math.min(y0, y1) + 90) / size), count),
    clamp(Math.floor((Math.max(y0, y1) + 90) / size), count),
  ];
}

function clamp(band: number, count: number): number {
  return band < 0 ? 0 : band >= count ? count - 1 : band;
}
