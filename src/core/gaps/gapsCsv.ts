import Papa from "papaparse";
import type { GapRow } from "./coverageGaps";

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
  return Papa.unparse(
    gaps.map((g, i) => ({
      rank: i + 1,
      iso3: g.country.iso3,
      country: g.country.name,
      itu_region: g.country.region ?? "",
      ldc: g.country.ldc,
      lldc: g.country.lldc,
      sids: g.country.sids,
      last_activity_year: g.lastYear ?? "",
      years_since_last_activity: g.yearsSince ?? "",
      next_activity_year: g.nextYear ?? "",
      nearest_covered_iso3: g.nearest?.iso3 ?? "",
      nearest_covered_country: g.nearest ? countryName(g.nearest.iso3) : "",
      distance_km: g.nearest ? Math.round(g.nearest.km) : "",
      note,
    })),
    { newline: "\n" },
  );
}
