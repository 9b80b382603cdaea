import type { ActivityCounts } from "../aggregation/activityCounts";
import { CHOROPLETH_BREAKS, choroplethClass } from "../aggregation/choroplethClasses";
import type { CoverageGaps } from "../gaps/coverageGaps";
import type { ItuRegion } from "../geography/types";

/**
 * What a country's fill says, independent of colours (the map's palette turns a key into a colour):
 * no recorded activity, a choropleth class, a gap, or outside the population the gaps view checks.
 */
export type FillKey = "zero" | `class-${number}` | "gap" | "outside";

/**
 * Keys of everything a legend swatch can show: a fill, land with no data, a region's tint, or the
 * dot that marks a country too small to see at world zoom.
 */
export type SwatchKey = FillKey | "no-data" | "marker" | `region-${ItuRegion}`;

export const CLASS_KEYS: readonly FillKey[] = CHOROPLETH_BREAKS.map(
  (_, i) => `class-${i}` as const,
);

/** Each country's fill, keyed by alpha-3. */
export type CountryFills = ReadonlyMap<string, FillKey>;

export function fillKeyOf(count: number): FillKey {
  const index = choroplethClass(count);
  return index < 0 ? "zero" : `class-${index}`;
}

/** Countries view: each country's choropleth class of its count. */
export function choroplethFills(counts: ActivityCounts, countryCounts: Int32Array): CountryFills {
  const fills = new Map<string, FillKey>();
  counts.countryCodes.forEach((iso3, i) => {
    fills.set(iso3, fillKeyOf(countryCounts[i] ?? 0));
  });
  return fills;
}

/** Gaps view: gaps stand out, covered countries keep the choropleth, the rest of the world is muted. */
export function gapFills(
  counts: ActivityCounts,
  countryCounts: Int32Array,
  result: CoverageGaps,
): CountryFills {
  const fills = new Map(choroplethFills(counts, countryCounts));
  const population = new Set(result.population.map((c) => c.iso3));
  const gaps = new Set(result.gaps.map((g) => g.country.iso3));
  for (const iso3 of fills.keys()) {
    if (gaps.has(iso3)) fills.set(iso3, "gap");
    else if (!population.has(iso3)) fills.set(iso3, "outside");
  }
  return fills;
}

/**
 * A short string that changes whenever any country's fill changes: what the map's small-country
 * dots are keyed on, so they repaint exactly when the fills do (a new population included).
 */
export function fillsSignature(fills: CountryFills | null): string {
  if (!fills) return "regions";
  let signature = "";
  for (const [iso3, key] of fills) signature += `${iso3}:${key};`;
  return signature;
}
