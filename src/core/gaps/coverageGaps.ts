import { distance } from "@turf/distance";
import type { Activity, Category } from "../data/schema";
import type { Country, CountryGroup, CountryPlace, ItuRegion } from "../geography/types";
import { isActiveIn, type YearWindow } from "../time/yearWindow";

/** Which countries to check: ITU-D regions (any of them) and UN groups (all of them); empty = no limit. */
export interface Population {
  regions: ItuRegion[];
  groups: CountryGroup[];
}

/** Countries with an ITU-D region in any chosen region and every chosen group, members or not. */
function inPopulation(country: Country, population: Population): boolean {
  return (
    country.region !== null &&
    (population.regions.length === 0 || population.regions.includes(country.region)) &&
    population.groups.every((group) => country[group])
  );
}

/** The countries of a population: ITU Member States of 2013-2021 in any chosen region and every chosen group. */
export function populationOf(countries: readonly Country[], population: Population): Country[] {
  return countries.filter((c) => c.member && inPopulation(c, population));
}

/**
 * Countries that have an ITU-D region and match the population but were not ITU Member States in
 * 2013-2021 (Palau, joined in 2024; the State of Palestine, an observer): named apart, not counted.
 */
export function nonMembersOf(countries: readonly Country[], population: Population): Country[] {
  return countries.filter((c) => !c.member && inPopulation(c, population));
}

export interface GapRow {
  country: Country;
  /** Last year (up to the window's end) with an activity of the categories, or null. */
  lastYear: number | null;
  /** Years from that last activity to the window's end. */
  yearsSince: number | null;
  /** First year after the window with such an activity, when there was none before. */
  nextYear: number | null;
  /** The nearest country (any country, in or out of the population) with such an activity in the window. */
  nearest: { iso3: string; km: number } | null;
}

export interface CoverageGaps {
  population: Country[];
  /** Countries the population's regions and groups would take in but that were not Member States. */
  nonMembers: Country[];
  /** Countries of the population with at least one activity of the categories in the window. */
  covered: Country[];
  /** Countries of the population with none, ranked: never first, then longest since, then farthest. */
  gaps: GapRow[];
}

/**
 * Which countries of a population had no activity of the given categories in the window, when they
 * last had one, and how far (great-circle distance between representative points) the nearest
 * country that had one lies.
 */
export function coverageGaps(
  activities: readonly Activity[],
  countries: readonly Country[],
  placeOf: (iso3: string) => CountryPlace | undefined,
  categories: readonly Category[],
  yearWindow: YearWindow,
  population: Population,
): CoverageGaps {
  const relevant = activities.filter((a) => categories.includes(a.category));
  const coveredAnywhere = new Set<string>();
  const yearsOf = new Map<string, number[]>();
  for (const a of relevant) {
    for (const iso3 of a.countries) {
      if (isActiveIn(a, yearWindow)) coveredAnywhere.add(iso3);
      const list = yearsOf.get(iso3) ?? [];
      list.push(a.yearStart, a.yearEnd);
      yearsOf.set(iso3, list);
    }
  }
  const members = populationOf(countries, population);
  const covered = members.filter((c) => coveredAnywhere.has(c.iso3));
  const coveredPoints = [...coveredAnywhere]
    .map((iso3) => ({ iso3, point: placeOf(iso3)?.point }))
    .filter((c): c is { iso3: string; point: [number, number] } => Boolean(c.point));

  const gaps: GapRow[] = members
    .filter((c) => !coveredAnywhere.has(c.iso3))
    .map((country) => {
      const years = yearsOf.get(country.iso3) ?? [];
      const before = years.filter((y) => y <= yearWindow.to);
      const after = years.filter((y) => y > yearWindow.to);
      const lastYear = before.length > 0 ? Math.max(...before) : null;
      const point = placeOf(country.iso3)?.point;
      let nearest: GapRow["nearest"] = null;
      if (point) {
        for (const other of coveredPoints) {
          const km = distance(point, other.point, { units: "kilometers" });
          if (!nearest || km < nearest.km) nearest = { iso3: other.iso3, km };
        }
      }
      return {
        country,
        lastYear,
        yearsSince: lastYear === null ? null : yearWindow.to - lastYear,
        nextYear: lastYear === null && after.length > 0 ? Math.min(...after) : null,
        nearest,
      };
    })
    .sort(
      (a, b) =>
        Number(b.lastYear === null) - Number(a.lastYear === null) ||
        (b.yearsSince ?? 0) - (a.yearsSince ?? 0) ||
        (b.nearest?.km ?? 0) - (a.nearest?.km ?? 0) ||
        a.country.name.localeCompare(b.country.name),
    );
  return { population: members, nonMembers: nonMembersOf(countries, population), covered, gaps };
}
