import { regionsOf } from "../aggregation/activityCounts";
import {
  type Activity,
  CATEGORIES,
  type Category,
  type PartnershipStat,
  type Source,
} from "../data/schema";
import { ITU_REGIONS, type ItuRegion } from "../geography/types";
import { YEARS } from "../time/years";

/**
 * What each source document gives the atlas, computed from the data (never typed by hand): the
 * Sources view lists these, the time axis draws their periods. Pure, so Node tests run it on the
 * real data.
 */

/** One document of data/sources.csv and what the atlas holds from it. */
export interface SourceSummary {
  source: Source;
  /** Activity records whose `source` is this document. */
  records: number;
  /** Rows of partnership-stats.csv from this document. */
  partnershipFigures: number;
  /** The ITU-D regions its records count towards (their `region` or their countries'), in order. */
  regions: ItuRegion[];
  /** Its records that name no country and no region: global activities. */
  global: number;
  /** The categories of its records, in CATEGORIES order. */
  categories: Category[];
}

/** The documents in the order of sources.csv, each with its counts and what its records cover. */
export function sourceSummaries(
  sources: readonly Source[],
  activities: readonly Activity[],
  partnershipStats: readonly PartnershipStat[],
  regionOf: (iso3: string) => ItuRegion | null,
): SourceSummary[] {
  return sources.map((source) => {
    const own = activities.filter((a) => a.source === source.id);
    const regions = new Set<ItuRegion>();
    for (const a of own) for (const region of regionsOf(a, regionOf)) regions.add(region);
    return {
      source,
      records: own.length,
      partnershipFigures: partnershipStats.filter((s) => s.source === source.id).length,
      regions: ITU_REGIONS.filter((r) => regions.has(r)),
      global: own.filter((a) => a.precision === "global").length,
      categories: CATEGORIES.filter((c) => own.some((a) => a.category === c)),
    };
  });
}

/** One year of the atlas and the documents whose reporting period includes it. */
export interface YearCoverage {
  year: number;
  /** Ids of the documents whose period_start..period_end includes the year, in sources.csv order. */
  sources: string[];
  /**
   * Whether some partnership figure covers the year although no reporting period does (2013:
   * partnerships-2016's aggregate figures on new agreements reach back to it).
   */
  figuresOnly: boolean;
}

/**
 * Per year of the atlas, which documents report on it. A year no reporting period includes is
 * "not covered": few records there means no document tells of that year, not that nothing happened.
 * The band follows the reporting periods (sources.csv), not the years records happen to state.
 */
export function yearCoverage(
  sources: readonly Source[],
  partnershipStats: readonly PartnershipStat[],
): YearCoverage[] {
  return YEARS.map((year) => {
    const covering = sources.filter((s) => s.period_start <= year && year <= s.period_end);
    return {
      year,
      sources: covering.map((s) => s.id),
      figuresOnly:
        covering.length === 0 &&
        partnershipStats.some((s) => s.yearStart <= year && year <= s.yearEnd),
    };
  });
}
