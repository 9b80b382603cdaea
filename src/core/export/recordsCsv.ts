import { ACTIVITY_COLUMNS, type Activity } from "../data/schema";
import { datedInWindow, type YearWindow } from "../time/yearWindow";
import { toCsv } from "./csv";

/**
 * The columns of an exported record: the dataset's own (so a download can be re-read), plus the
 * country names and the source's title for people reading the file, and `dated_in_window`: `exact`
 * when the record is known to fall in the exported years, `period` when only a reporting period
 * that overlaps them is known.
 */
export const EXPORT_COLUMNS = [
  ...ACTIVITY_COLUMNS.slice(0, 4),
  "country_names",
  ...ACTIVITY_COLUMNS.slice(4, 14),
  "dated_in_window",
  ...ACTIVITY_COLUMNS.slice(14, 19),
  "source_title",
  "quote",
] as const;

/** One flat row per record, with country names and the source's title for people reading the file. */
export function exportRow(
  a: Activity,
  countryName: (iso3: string) => string,
  sourceTitle: (id: string) => string,
  yearWindow: YearWindow,
): Record<(typeof EXPORT_COLUMNS)[number], string | number> {
  return {
    id: a.id,
    category: a.category,
    title: a.title,
    countries: a.countries.join(";"),
    country_names: a.countries.map(countryName).join(";"),
    partner_countries: a.partnerCountries.join(";"),
    partners: a.partners.join(";"),
    region: a.region ?? "",
    precision: a.precision,
    place: a.place ?? "",
    lat: a.lngLat ? a.lngLat[1] : "",
    lon: a.lngLat ? a.lngLat[0] : "",
    year_start: a.yearStart,
    year_end: a.yearEnd,
    date_precision: a.datePrecision,
    dated_in_window: datedInWindow(a, yearWindow),
    status: a.status,
    theme: a.theme,
    metric: a.metric?.name ?? "",
    metric_value: a.metric?.value ?? "",
    source: a.source,
    source_title: sourceTitle(a.source),
    quote: a.quote,
  };
}

/** CSV (RFC 4180, see csv.ts) of the records, in the order given. */
export function recordsToCsv(
  activities: readonly Activity[],
  countryName: (iso3: string) => string,
  sourceTitle: (id: string) => string,
  yearWindow: YearWindow,
): string {
  return toCsv(
    EXPORT_COLUMNS,
    activities.map((a) => {
      const row = exportRow(a, countryName, sourceTitle, yearWindow);
      return EXPORT_COLUMNS.map((column) => row[column]);
    }),
  );
}
