import { toCsv } from "../export/csv";
import type { GapRow } from "./coverageGaps";

/** The columns of the gap list's CSV, in order. */
export const GAPS_COLUMNS = [
  "rank",
  "iso3",
  "country",
  "itu_region",
  "ldc",
  "lldc",
  "sids",
  "last_activity_year",
  "years_since_last_activity",
  "next_activity_year",
  "nearest_covered_iso3",
  "nearest_covered_country",
  "distance_km",
  "note",
] as const;

/**
 * The gap list as CSV, one row per country, in the order shown (`rank` is the row's place in it).
 * The last column, `note`, repeats on every row the caveat that a gap means "not reported", not
 * "nothing happened": the first line stays the column names, so a spreadsheet, a filter or any CSV
 * reader opens the file as it is, and a row copied elsewhere keeps its caveat.
 */
export function gapsToCsv(
  gaps: readonly GapRow[],
  countryName: (iso3: string) => string,
  note: string,
): string {
  return toCsv(
    GAPS_COLUMNS,
    gaps.map((g, i) => [
      i + 1,
      g.country.iso3,
      g.country.name,
      g.country.region,
      g.country.ldc,
      g.country.lldc,
      g.country.sids,
      g.lastYear,
      g.yearsSince,
      g.nextYear,
      g.nearest?.iso3,
      g.nearest ? countryName(g.nearest.iso3) : null,
      g.nearest ? Math.round(g.nearest.km) : null,
      note,
    ]),
  );
}
