import type { Activity, Category } from "../data/schema";
import type { CountryPlace, CountryShape, LngLat } from "../geography/types";
import { fanOut } from "./fanOut";

/** One symbol on the map: a record at one of its countries (or at its named site). */
export interface ActivitySymbol {
  activity: Activity;
  iso3: string;
  position: LngLat;
  /** Offset in pixels, so symbols sharing a point fan out in a small ring and stay readable. */
  offset: [number, number];
  /**
   * True when the symbol may be drawn outside its country (a ring wider than the country at the
   * world view) or around a small country's marker: a thin line ties it back to `position`.
   */
  leader: boolean;
}

/** An arc from a partner government to a beneficiary country. */
export interface PartnerArc {
  activity: Activity;
  from: LngLat;
  to: LngLat;
  partner: string;
  beneficiary: string;
}

/**
 * Places every record of the given categories: at its site when the text names one, else at the
 * representative point of each country it names. Region-level and global records have no symbol
 * (they are counted and listed instead).
 */
export function placeActivities(
  activities: readonly Activity[],
  categories: readonly Category[],
  placeOf: (iso3: string) => CountryPlace | undefined,
  shapeOf: (iso3: string) => CountryShape | undefined = () => undefined,
): ActivitySymbol[] {
  const symbols: ActivitySymbol[] = [];
  for (const activity of activities) {
    if (!categories.includes(activity.category)) continue;
    if (activity.lngLat && activity.countries[0]) {
      symbols.push({
        activity,
        iso3: activity.countries[0],
        position: activity.lngLat,
        offset: [0, 0],
        leader: false,
      });
      continue;
    }
    for (const iso3 of activity.countries) {
      const place = placeOf(iso3);
      if (place)
        symbols.push({ activity, iso3, position: place.point, offset: [0, 0], leader: false });
    }
  }
  fanOut(symbols, placeOf, shapeOf);
  return symbols;
}

/** Arcs from each partner government to each beneficiary country of every record that names both. */
export function partnerArcs(
  activities: readonly Activity[],
  placeOf: (iso3: string) => CountryPlace | undefined,
): PartnerArc[] {
  const arcs: PartnerArc[] = [];
  for (const activity of activities) {
    for (const partner of activity.partnerCountries) {
      const from = placeOf(partner);
      if (!from) continue;
      for (const beneficiary of activity.countries) {
        const to = placeOf(beneficiary);
        if (!to || beneficiary === partner) continue;
        arcs.push({
          activity,
          from: from.point,
          to: nearestCopy(to.point, from.point[0]),
          partner,
          beneficiary,
        });
      }
    }
  }
  return arcs;
}

/** The copy of a point (±360° longitude) nearest to a longitude, so arcs take the short way across the Pacific. */
export function nearestCopy([lng, lat]: LngLat, nearLng: number): LngLat {
  if (lng - nearLng > 180) return [lng - 360, lat];
  if (nearLng - lng > 180) return [lng + 360, lat];
  return [lng, lat];
}
