import { CATEGORIES, type Category } from "../data/schema";
import type { YearWindow } from "../time/yearWindow";

/**
 * A file name that says what the file holds, e.g. `itu-d-activities_cirt_2018-2020.csv`,
 * `itu-d-activities_all_2013-2021_KEN.geojson`.
 */
export function exportFileName(
  layers: readonly Category[],
  yearWindow: YearWindow,
  place: string | null,
  extension: string,
): string {
  const categories = layers.length === CATEGORIES.length ? "all" : layers.join("-") || "none";
  const years =
    yearWindow.from === yearWindow.to
      ? String(yearWindow.from)
      : `${yearWindow.from}-${yearWindow.to}`;
  return `${["itu-d-activities", categories, years, place].filter(Boolean).join("_")}.${extension}`;
}
