import type { CountryLocator } from "../geography/countryLocator";
import type { Country, CountryPlace } from "../geography/types";
import type { DataProblem, TableResult } from "./readCsvTable";
import type { Activity, PartnershipStat, Source } from "./schema";

export interface DatasetTables {
  countries: Country[];
  places: Map<string, CountryPlace>;
  sources: TableResult<Source>;
  activities: TableResult<Activity>;
  partnershipStats: TableResult<PartnershipStat>;
  locator: CountryLocator;
}

/** How far outside a country's bounding box (degrees) a coastal site may fall when the coarse shape misses it. */
const COAST_TOLERANCE_DEGREES = 0.5;

/**
 * The checks that need more than one row: unique ids, known ISO codes and sources, and every site's
 * coordinates inside the country it names. Returns problems in file order.
 */
export function crossCheckDataset(tables: DatasetTables): DataProblem[] {
  const problems: DataProblem[] = [];
  const knownCountries = new Set(tables.countries.map((c) => c.iso3));
  const knownSources = new Set(tables.sources.records.map(({ record }) => record.id));
  const activitiesFile = "data/activities.csv";

  const seen = new Map<string, number>();
  for (const { row, record } of tables.activities.records) {
    const problem = (column: string, reason: string) =>
      problems.push({ file: activitiesFile, row, column, reason });
    const first = seen.get(record.id);
    if (first !== undefined) problem("id", `duplicate id "${record.id}" (first on row ${first})`);
    else seen.set(record.id, row);
    for (const code of record.countries)
      if (!knownCountries.has(code))
        problem("countries", `unknown ISO code "${code}" (not in countries.csv)`);
    for (const code of record.partnerCountries)
      if (!knownCountries.has(code))
        problem("partner_countries", `unknown ISO code "${code}" (not in countries.csv)`);
    if (!knownSources.has(record.source))
      problem("source", `unknown source "${record.source}" (not in sources.csv)`);
    if (record.lngLat && record.countries[0]) {
      const reason = siteProblem(record.lngLat, record.countries[0], tables);
      if (reason) problem("lat", `${record.place}: ${reason}`);
    }
  }

  const statIds = new Set<string>();
  for (const { row, record } of tables.partnershipStats.records) {
    const file = "data/partnership-stats.csv";
    if (statIds.has(record.id))
      problems.push({ file, row, column: "id", reason: `duplicate id "${record.id}"` });
    statIds.add(record.id);
    if (!knownSources.has(record.source))
      problems.push({ file, row, column: "source", reason: `unknown source "${record.source}"` });
  }
  return problems;
}

function siteProblem(
  lngLat: [number, number],
  iso3: string,
  tables: Pick<DatasetTables, "locator" | "places">,
): string | null {
  const found = tables.locator.countryAt(lngLat);
  if (found === iso3) return null;
  const [lng, lat] = lngLat;
  const where = `(${lat}, ${lng})`;
  if (found) return `coordinates ${where} fall in ${found}, not ${iso3}`;
  const place = tables.places.get(iso3);
  if (!place) return `no geography for ${iso3}`;
  const [west, south, east, north] = place.bbox;
  const t = COAST_TOLERANCE_DEGREES;
  const near = lng >= west - t && lng <= east + t && lat >= south - t && lat <= north + t;
  return near ? null : `coordinates ${where} are not in or near ${iso3}`;
}
