/** A position as GeoJSON orders it: longitude first, then latitude (degrees, WGS84). */
export type LngLat = [lng: number, lat: number];

/** A closed ring of positions, first equal to last. */
export type Ring = LngLat[];

/** A polygon: an outer ring followed by its holes. */
export type PolygonRings = Ring[];

export const ITU_REGIONS = ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"] as const;
export type ItuRegion = (typeof ITU_REGIONS)[number];

export const COUNTRY_GROUPS = ["ldc", "lldc", "sids"] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

/** One row of data/geography/countries.csv. */
export interface Country {
  iso3: string;
  name: string;
  /** ITU-D region; null for territories that are not ITU Member States ("other economies"). */
  region: ItuRegion | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  /**
   * An ITU Member State in 2013-2021 (countries.csv `itu_member_2021`): the gaps view's
   * "ITU Member States" are these (193).
   */
  member: boolean;
}

/** A country's shape, split at the antimeridian, as a GeoJSON MultiPolygon feature. */
export interface CountryShape {
  type: "Feature";
  properties: { iso3: string };
  geometry: { type: "MultiPolygon"; coordinates: PolygonRings[] };
}

/** Everything the app knows about where a country is. */
export interface CountryPlace {
  iso3: string;
  /** A point inside the country, for symbols and labels. */
  point: LngLat;
  /** [west, south, east, north] of the shape (or a small box around the marker point). */
  bbox: [number, number, number, number];
  /** For a shape cut at 180° (its bbox runs round the world): its box across 180° (shapeViewBox). */
  viewBox?: [number, number, number, number];
  /** Area in km² of the drawn shape, 0 when the country has no shape. */
  areaKm2: number;
  /** True when the shape is missing or too small to click at world zoom: the map draws a marker. */
  needsMarker: boolean;
}

export interface RegionShape {
  type: "Feature";
  properties: { region: ItuRegion };
  geometry: { type: "MultiPolygon"; coordinates: PolygonRings[] };
}
