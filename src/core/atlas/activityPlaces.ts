import type { Activity } from "../data/schema";
import type { CountryPlace, LngLat } from "../geography/types";

/** An arc from a partner government to a beneficiary country. */
export interface PartnerArc {
  activity: Activity;
  from: LngLat;
  to: LngLat;
  partner: string;
  beneficiary: string;
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
