import { type Activity, CATEGORIES, type Category } from "../data/schema";
import {
  COUNTRY_GROUPS,
  type Country,
  type CountryGroup,
  ITU_REGIONS,
  type ItuRegion,
} from "../geography/types";
import type { YearWindow } from "../time/yearWindow";
import { type CountedRecords, WindowCounter } from "./windowCounter";

export type { CountedRecords };

/** A set of categories as a bit mask (bit i = CATEGORIES[i]), the form the counters take. */
export function categoryMask(categories: Iterable<Category>): number {
  let mask = 0;
  for (const category of categories) mask |= 1 << CATEGORIES.indexOf(category);
  return mask;
}

/**
 * The regions a record counts towards: the region the document reports it under, plus the regions
 * of every country it names. A record is counted once per region however many countries it names.
 */
export function regionsOf(
  activity: Activity,
  regionOf: (iso3: string) => ItuRegion | null,
): Set<ItuRegion> {
  const regions = new Set<ItuRegion>();
  if (activity.region) regions.add(activity.region);
  for (const iso3 of activity.countries) {
    const region = regionOf(iso3);
    if (region) regions.add(region);
  }
  return regions;
}

/**
 * Counts of activities per country, per ITU-D region, per UN country group and overall, for any
 * category set and year window, each in O(1) (see WindowCounter). Built once at start-up.
 */
export class ActivityCounts {
  readonly countryCodes: string[];
  private readonly countryIndex: Map<string, number>;
  private readonly byCountry: WindowCounter;
  private readonly byRegion: WindowCounter;
  private readonly byGroup: WindowCounter;
  private readonly overall: WindowCounter;
  private readonly globalOnly: WindowCounter;

  constructor(activities: readonly Activity[], countries: readonly Country[]) {
    this.countryCodes = countries.map((c) => c.iso3);
    this.countryIndex = new Map(this.countryCodes.map((iso3, i) => [iso3, i]));
    const countryOf = new Map(countries.map((c) => [c.iso3, c]));
    const regionOf = (iso3: string) => countryOf.get(iso3)?.region ?? null;

    const k = CATEGORIES.length;
    this.byCountry = new WindowCounter(this.countryCodes.length, k);
    this.byRegion = new WindowCounter(ITU_REGIONS.length, k);
    this.byGroup = new WindowCounter(COUNTRY_GROUPS.length, k);
    this.overall = new WindowCounter(1, k);
    this.globalOnly = new WindowCounter(1, k);
    const seenCountries = new Set<number>();
    for (const activity of activities) {
      const category = CATEGORIES.indexOf(activity.category);
      const { yearStart, yearEnd } = activity;
      const period = activity.datePrecision === "period";
      this.overall.add(0, category, yearStart, yearEnd, period);
      if (activity.precision === "global")
        this.globalOnly.add(0, category, yearStart, yearEnd, period);
      seenCountries.clear();
      for (const iso3 of activity.countries) {
        const index = this.countryIndex.get(iso3);
        if (index === undefined || seenCountries.has(index)) continue;
        seenCountries.add(index);
        this.byCountry.add(index, category, yearStart, yearEnd, period);
      }
      for (const region of regionsOf(activity, regionOf))
        this.byRegion.add(ITU_REGIONS.indexOf(region), category, yearStart, yearEnd, period);
      COUNTRY_GROUPS.forEach((group, bucket) => {
        if (activity.countries.some((iso3) => countryOf.get(iso3)?.[group]))
          this.byGroup.add(bucket, category, yearStart, yearEnd, period);
      });
    }
  }

  country(iso3: string, mask: number, yearWindow: YearWindow, which?: CountedRecords): number {
    const index = this.countryIndex.get(iso3);
    return index === undefined ? 0 : this.byCountry.count(index, mask, yearWindow, which);
  }

  /** Every country's count, in the order of `countryCodes`. */
  allCountries(
    mask: number,
    yearWindow: YearWindow,
    out?: Int32Array,
    which?: CountedRecords,
  ): Int32Array {
    return this.byCountry.countAll(mask, yearWindow, out, which);
  }

  region(region: ItuRegion, mask: number, yearWindow: YearWindow, which?: CountedRecords): number {
    return this.byRegion.count(ITU_REGIONS.indexOf(region), mask, yearWindow, which);
  }

  group(group: CountryGroup, mask: number, yearWindow: YearWindow): number {
    return this.byGroup.count(COUNTRY_GROUPS.indexOf(group), mask, yearWindow);
  }

  /** All records active in the window, whatever their place. */
  total(mask: number, yearWindow: YearWindow, which?: CountedRecords): number {
    return this.overall.count(0, mask, yearWindow, which);
  }

  /** Records with no country and no region (precision=global). */
  global(mask: number, yearWindow: YearWindow): number {
    return this.globalOnly.count(0, mask, yearWindow);
  }

  /** Per category, the number of records active in the window (for the legend). */
  perCategory(yearWindow: YearWindow, which?: CountedRecords): Record<Category, number> {
    return Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        this.overall.count(0, categoryMask([category]), yearWindow, which),
      ]),
    ) as Record<Category, number>;
  }

  get byteLength(): number {
    return [this.byCountry, this.byRegion, this.byGroup, this.overall, this.globalOnly].reduce(
      (sum, counter) => sum + counter.byteLength,
      0,
    );
  }
}
