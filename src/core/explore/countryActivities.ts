import type { Activity, Category } from "../data/schema";
import type { Country } from "../geography/types";
import { isActiveIn, type YearWindow } from "../time/yearWindow";

/** What the country panel lists, for one country, window and set of categories. */
export interface CountryActivities {
  /** Records that name the country. */
  direct: Activity[];
  /** Region-wide records (no country named) reported under the country's ITU-D region. */
  regionWide: Activity[];
  /** Records with a partner government: those benefiting the country, and those the country funds. */
  partnershipsBenefiting: Activity[];
  partnershipsFunded: Activity[];
}

export function countryActivities(
  activities: readonly Activity[],
  country: Country,
  yearWindow: YearWindow,
  categories: readonly Category[],
): CountryActivities {
  const shown = activities.filter(
    (a) => categories.includes(a.category) && isActiveIn(a, yearWindow),
  );
  const newestFirst = (a: Activity, b: Activity) =>
    b.yearStart - a.yearStart || a.title.localeCompare(b.title);
  return {
    direct: shown.filter((a) => a.countries.includes(country.iso3)).sort(newestFirst),
    regionWide: shown
      .filter(
        (a) => a.countries.length === 0 && country.region !== null && a.region === country.region,
      )
      .sort(newestFirst),
    partnershipsBenefiting: shown
      .filter((a) => a.partnerCountries.length > 0 && a.countries.includes(country.iso3))
      .sort(newestFirst),
    partnershipsFunded: shown
      .filter((a) => a.partnerCountries.includes(country.iso3))
      .sort(newestFirst),
  };
}

export type Grouping = "year" | "category";

/** Groups records by the year they start (newest first) or by category (in the atlas's order). */
export function groupActivities(
  activities: readonly Activity[],
  by: Grouping,
  categoryOrder: readonly Category[],
): { key: string; activities: Activity[] }[] {
  const groups = new Map<string, Activity[]>();
  for (const a of activities) {
    const key = by === "year" ? String(a.yearStart) : a.category;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    by === "year"
      ? Number(b) - Number(a)
      : categoryOrder.indexOf(a as Category) - categoryOrder.indexOf(b as Category),
  );
  return keys.map((key) => ({ key, activities: groups.get(key) ?? [] }));
}

/** The previous and next country of the same region, alphabetically, wrapping round. */
export function neighboursInRegion(
  countries: readonly Country[],
  iso3: string,
): { previous: Country; next: Country } | null {
  const country = countries.find((c) => c.iso3 === iso3);
  if (!country) return null;
  const peers = countries
    .filter((c) => c.region === country.region)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (peers.length < 2) return null;
  const i = peers.findIndex((c) => c.iso3 === iso3);
  return {
    previous: peers[(i - 1 + peers.length) % peers.length] as Country,
    next: peers[(i + 1) % peers.length] as Country,
  };
}
