import type { Activity, Category } from "../data/schema";
import type { CountryPlace, CountryShape, LngLat } from "../geography/types";
import { fanOut } from "./fanOut";

/** One record at one of its places: its site when the text names one, else a country's point. */
export interface RecordPlace {
  activity: Activity;
  iso3: string;
  position: LngLat;
  /** True when the position is the record's own site (lngLat), not its country's point. */
  site: boolean;
}

/**
 * How a symbol is drawn. Decided per record, once, not per window: `hollow` when the document gives
 * only its reporting period (date_precision=period), `faded` when the activity was planned. A period
 * record whose period lies inside the window is counted as dated by the shading, but its symbol
 * stays hollow, as it always was: the shape says what the document gives, not what the window cuts.
 */
export interface SymbolStyle {
  hollow: boolean;
  faded: boolean;
}

/**
 * One map symbol: the records of one category and style at one place. Most places have one record
 * per category and style, so the map looks as it did with one symbol per record; where there are
 * more, the symbol carries a count (drawn as a badge) instead of a ring of identical shapes.
 */
export interface SymbolGroup extends SymbolStyle {
  /** Index in the list it was built in: the bucket of its counts (SymbolCounts). */
  index: number;
  iso3: string;
  category: Category;
  position: LngLat;
  site: boolean;
  /** Its records, in data order (a record naming several countries is in one group per country). */
  records: Activity[];
  /** Offset in pixels, so symbols sharing a point fan out in a small ring and stay readable. */
  offset: [number, number];
  /** Drawn with a leader line back to `position` (see fanOut.ts). */
  leader: boolean;
}

/**
 * Places every record of the given categories: at its site when the text names one, else at the
 * representative point of each country it names (once per country). Region-level and global
 * records have no place (they are counted and listed instead). Calls `visit` for each, in data order.
 */
export function forEachRecordPlace(
  activities: readonly Activity[],
  categories: readonly Category[],
  placeOf: (iso3: string) => CountryPlace | undefined,
  visit: (activity: Activity, iso3: string, position: LngLat, site: boolean) => void,
): void {
  for (const activity of activities) {
    if (!categories.includes(activity.category)) continue;
    const { countries } = activity;
    const first = countries[0];
    if (activity.lngLat && first) {
      visit(activity, first, activity.lngLat, true);
      continue;
    }
    countries.forEach((iso3, i) => {
      const place = countries.indexOf(iso3) === i ? placeOf(iso3) : undefined;
      if (place) visit(activity, iso3, place.point, false);
    });
  }
}

/** forEachRecordPlace as a list. */
export function placeRecords(
  activities: readonly Activity[],
  categories: readonly Category[],
  placeOf: (iso3: string) => CountryPlace | undefined,
): RecordPlace[] {
  const placed: RecordPlace[] = [];
  forEachRecordPlace(activities, categories, placeOf, (activity, iso3, position, site) =>
    placed.push({ activity, iso3, position, site }),
  );
  return placed;
}

export const styleOf = (a: Activity): SymbolStyle => ({
  hollow: a.datePrecision === "period",
  faded: a.status === "planned",
});

/**
 * The symbols of the given categories: records placed (placeRecords), grouped by place, country,
 * category and style, then fanned out (fanOut) so groups sharing a point stand in a ring. Groups
 * come in the order of their first record, so a ring is laid out as it was with one symbol per record.
 * `firstIndex` numbers the groups on from another list's (so two lists share one SymbolCounts).
 */
export function groupSymbols(
  activities: readonly Activity[],
  categories: readonly Category[],
  placeOf: (iso3: string) => CountryPlace | undefined,
  shapeOf: (iso3: string) => CountryShape | undefined = () => undefined,
  firstIndex = 0,
): SymbolGroup[] {
  const byKey = new Map<string, SymbolGroup>();
  forEachRecordPlace(activities, categories, placeOf, (activity, iso3, position, site) => {
    const style = styleOf(activity);
    // A country's records all stand at its point; a site's at its own coordinates.
    const at = site ? `${position[0].toFixed(4)},${position[1].toFixed(4)}` : "";
    const key = `${iso3} ${activity.category} ${style.hollow} ${style.faded} ${at}`;
    const group = byKey.get(key);
    if (group) group.records.push(activity);
    else
      byKey.set(key, {
        index: firstIndex + byKey.size,
        iso3,
        category: activity.category,
        position,
        site,
        ...style,
        records: [activity],
        offset: [0, 0],
        leader: false,
      });
  });
  const groups = [...byKey.values()];
  fanOut(groups, placeOf, shapeOf);
  return groups;
}
