import type { AtlasTopology } from "../geography/atlasTopology";
import type { Country, CountryPlace, ItuRegion, LngLat } from "../geography/types";
import type { Activity, PartnershipStat, Source } from "./schema";

/**
 * The app's data, as scripts/build-data.ts writes it to public/data/atlas.json: validated,
 * normalised and typed. The app never parses CSV.
 */
export interface AtlasData {
  generatedBy: string;
  /** The day data/ was last revised (data/DATA_DATE), "YYYY-MM-DD": the date a brief prints. */
  dataDate: string;
  countries: Country[];
  /** Other names a country is known by (data/geography/aliases.csv), for search. */
  aliases: { iso3: string; alias: string }[];
  /** Where each country is (point, box, area, marker), computed from the full shapes at build time. */
  places: CountryPlace[];
  /** Where each region's name goes: a point inside the region's dissolved shape (build time). */
  regionLabels: { region: ItuRegion; point: LngLat }[];
  /**
   * Country outlines simplified for the symbol rings at the world view (see tools/symbolShapes.ts),
   * only for countries a ring fits in. The map draws vector tiles (public/tiles/); the full shapes
   * are in public/data/shapes.json, loaded only by the features that need them.
   */
  symbolTopology: AtlasTopology;
  sources: Source[];
  activities: Activity[];
  partnershipStats: PartnershipStat[];
}

export const ATLAS_DATA_PATH = "data/atlas.json";

/**
 * The full country shapes (world-atlas 50m, split at the antimeridian), as scripts/build-data.ts
 * writes them to public/data/shapes.json. Not part of the first view: see ui/loadShapes.ts.
 */
export interface AtlasShapesData {
  generatedBy: string;
  topology: AtlasTopology;
}

export const ATLAS_SHAPES_PATH = "data/shapes.json";
/** The vector tiles of the base map, `{z}/{x}/{y}.pbf` under this folder (zooms 0-5). */
export const TILES_PATH = "tiles/";

/** "2026-12-01": a real calendar day, written YYYY-MM-DD. */
export function isDataDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
