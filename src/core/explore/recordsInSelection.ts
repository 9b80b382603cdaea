import { regionsOf } from "../aggregation/activityCounts";
import type { Activity, Category } from "../data/schema";
import type { Country, ItuRegion } from "../geography/types";
import { isActiveIn, type YearWindow } from "../time/yearWindow";

export interface Selection {
  yearWindow: YearWindow;
  layers: readonly Category[];
  country: string | null;
  region: ItuRegion | null;
  /** Only the records of this document (an id of sources.csv), or null for all. */
  source?: string | null;
}

/**
 * The records the current view shows: the visible categories in the time window, narrowed to the
 * selected country (records naming it) or region (records counted towards it), if any, and to one
 * document when the table is narrowed to it.
 */
export function recordsInSelection(
  activities: readonly Activity[],
  countries: ReadonlyMap<string, Country>,
  selection: Selection,
): Activity[] {
  const regionOf = (iso3: string) => countries.get(iso3)?.region ?? null;
  return activities.filter((a) => {
    if (!selection.layers.includes(a.category) || !isActiveIn(a, selection.yearWindow))
      return false;
    if (selection.source && a.source !== selection.source) return false;
    if (selection.country) return a.countries.includes(selection.country);
    if (selection.region) return regionsOf(a, regionOf).has(selection.region);
    return true;
  });
}
