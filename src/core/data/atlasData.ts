import type { AtlasTopology } from "../geography/atlasTopology";
import type { Country, CountryPlace } from "../geography/types";
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
  places: CountryPlace[];
  /** Country shapes, split at the antimeridian; regions are dissolved from it at start-up. */
  topology: AtlasTopology;
  sources: Source[];
  activities: Activity[];
  partnershipStats: PartnershipStat[];
}

export const ATLAS_DATA_PATH = "data/atlas.json";

/** "2026-12-01": a real calendar day, written YYYY-MM-DD. */
export function isDataDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
