import type { AtlasTopology } from "../geography/atlasTopology";
import type { Country, CountryPlace } from "../geography/types";
import type { Activity, PartnershipStat, Source } from "./schema";

/**
 * The app's data, as scripts/build-data.ts writes it to public/data/atlas.json: validated,
 * normalised and typed. The app never parses CSV.
 */
export interface AtlasData {
  generatedBy: string;
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
