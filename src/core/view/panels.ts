import { type CountedRecords, categoryMask } from "../aggregation/activityCounts";
import { type YearChart, yearChart } from "../aggregation/yearChart";
import type { Atlas } from "../atlas/prepareAtlas";
import { type Activity, CATEGORIES, type Category, type PartnershipStat } from "../data/schema";
import {
  type CountryActivities,
  countryActivities,
  neighboursInRegion,
} from "../explore/countryActivities";
import type { CoverageGaps, Population } from "../gaps/coverageGaps";
import {
  COUNTRY_GROUPS,
  type Country,
  type CountryGroup,
  ITU_REGIONS,
  type ItuRegion,
} from "../geography/types";
import { isActiveIn, type YearWindow } from "../time/yearWindow";

/**
 * What the side panel shows, counted and filtered here so the panels only draw it: the selected
 * country, else (gaps view) the gap list, else the selected region, else the overview.
 */
export type PanelModel = CountryPanelModel | GapsPanelModel | RegionPanelModel | OverviewPanelModel;

export type CategoryCounts = Record<Category, number>;

export interface CountryPanelModel {
  kind: "country";
  country: Country;
  categories: Category[];
  /** Per category, records naming the country in the window (0 for hidden categories). */
  counts: CategoryCounts;
  /** Per category, those of `counts` known only by a reporting period that overlaps the window. */
  periodCounts: CategoryCounts;
  /** Every record naming the country, dated ones per year, reporting periods as bands. */
  yearChart: YearChart;
  lists: CountryActivities;
  /** Alphabetical neighbours in the same region, for previous/next. */
  neighbours: { previous: Country; next: Country } | null;
}

export interface GapsPanelModel {
  kind: "gaps";
  result: CoverageGaps;
  population: Population;
  categories: Category[];
  /** "itu-d-activities_cirt_2018-2020_gaps.csv" */
  csvFileName: string;
}

export interface RegionPanelModel {
  kind: "region";
  region: ItuRegion;
  counts: CategoryCounts;
  stats: PartnershipStat[];
  /** The region's countries, most activities first, then by name. */
  ranked: { country: Country; count: number }[];
}

export interface OverviewPanelModel {
  kind: "overview";
  counts: CategoryCounts;
  /** In the regions view: each region's count (its panel lists them); else null. */
  regionCounts: { region: ItuRegion; count: number }[] | null;
  groupCounts: { group: CountryGroup; count: number }[];
  /** Records the map cannot place on a country: reported for a region, or for the world. */
  regionLevel: Activity[];
  global: Activity[];
}

/** Per category, `count(mask of that category)` for shown categories, else 0. */
function perCategory(categories: readonly Category[], count: (mask: number) => number) {
  return Object.fromEntries(
    CATEGORIES.map((c) => [c, categories.includes(c) ? count(categoryMask([c])) : 0]),
  ) as CategoryCounts;
}

/** Per category, the records counted towards a region in the window (0 for hidden categories). */
export function regionCounts(
  atlas: Atlas,
  region: ItuRegion,
  yearWindow: YearWindow,
  categories: readonly Category[] = CATEGORIES,
  which: CountedRecords = "all",
): CategoryCounts {
  return perCategory(categories, (m) => atlas.counts.region(region, m, yearWindow, which));
}

export function countryPanelModel(
  atlas: Atlas,
  iso3: string,
  yearWindow: YearWindow,
  categories: Category[],
): CountryPanelModel | null {
  const country = atlas.countryByIso3.get(iso3);
  if (!country) return null;
  const count = (which: CountedRecords) => (mask: number) =>
    atlas.counts.country(iso3, mask, yearWindow, which);
  return {
    kind: "country",
    country,
    categories,
    counts: perCategory(categories, count("all")),
    periodCounts: perCategory(categories, count("period")),
    yearChart: yearChart(atlas.data.activities.filter((a) => a.countries.includes(iso3))),
    lists: countryActivities(atlas.data.activities, country, yearWindow, categories),
    neighbours: neighboursInRegion(atlas.data.countries, iso3),
  };
}

export function regionPanelModel(
  atlas: Atlas,
  region: ItuRegion,
  yearWindow: YearWindow,
  categories: Category[],
): RegionPanelModel {
  const mask = categoryMask(categories);
  return {
    kind: "region",
    region,
    counts: regionCounts(atlas, region, yearWindow, categories),
    stats: atlas.data.partnershipStats.filter(
      (s) => s.breakdown === "region" && s.breakdownValue === region,
    ),
    ranked: atlas.data.countries
      .filter((c) => c.region === region)
      .map((c) => ({ country: c, count: atlas.counts.country(c.iso3, mask, yearWindow) }))
      .sort((a, b) => b.count - a.count || a.country.name.localeCompare(b.country.name)),
  };
}

export function overviewPanelModel(
  atlas: Atlas,
  yearWindow: YearWindow,
  categories: Category[],
  withRegions: boolean,
): OverviewPanelModel {
  const mask = categoryMask(categories);
  const inWindow = (list: readonly Activity[]) =>
    list.filter((a) => categories.includes(a.category) && isActiveIn(a, yearWindow));
  return {
    kind: "overview",
    counts: perCategory(categories, (m) => atlas.counts.total(m, yearWindow)),
    regionCounts: withRegions
      ? ITU_REGIONS.map((region) => ({
          region,
          count: atlas.counts.region(region, mask, yearWindow),
        }))
      : null,
    groupCounts: COUNTRY_GROUPS.map((group) => ({
      group,
      count: atlas.counts.group(group, mask, yearWindow),
    })),
    regionLevel: inWindow(atlas.regionLevel),
    global: inWindow(atlas.global),
  };
}
