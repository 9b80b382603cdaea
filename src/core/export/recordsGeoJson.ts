import type { Activity } from "../data/schema";
import type { CountryPlace } from "../geography/types";
import type { YearWindow } from "../time/yearWindow";
import { exportRow } from "./recordsCsv";

/**
 * GeoJSON of the records: a Point at the record's site, a MultiPoint at the representative points of
 * the countries it names, or no geometry for region-wide and global records. Properties are the same
 * columns as the CSV export, source quote included.
 */
export function recordsToGeoJson(
  activities: readonly Activity[],
  placeOf: (iso3: string) => CountryPlace | undefined,
  countryName: (iso3: string) => string,
  sourceTitle: (id: string) => string,
  yearWindow: YearWindow,
) {
  return {
    type: "FeatureCollection" as const,
    features: activities.map((a) => {
      const points = a.lngLat
        ? [a.lngLat]
        : a.countries
            .map((iso3) => placeOf(iso3)?.point)
            .filter((p): p is [number, number] => Boolean(p));
      const geometry =
        points.length === 0
          ? null
          : points.length === 1
            ? { type: "Point" as const, coordinates: points[0] }
            : { type: "MultiPoint" as const, coordinates: points };
      return {
        type: "Feature" as const,
        id: a.id,
        geometry,
        properties: exportRow(a, countryName, sourceTitle, yearWindow),
      };
    }),
  };
}
