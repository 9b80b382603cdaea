import type { GapRow } from "./coverageGaps";

/** The columns the gap list can be sorted by. */
export const GAP_SORT_KEYS = ["country", "region", "last", "distance"] as const;
export type GapSortKey = (typeof GAP_SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";

export interface GapSort {
  key: GapSortKey;
  direction: SortDirection;
}

/**
 * The first direction of each column: names A to Z, the longest-neglected first (oldest last
 * activity, "never" before any year), the farthest from any covered country first.
 */
export const FIRST_DIRECTION: Record<GapSortKey, SortDirection> = {
  country: "ascending",
  region: "ascending",
  last: "ascending",
  distance: "descending",
};

/** The list's order when the view opens: the gaps farthest from a country with an activity first. */
export const DEFAULT_GAP_SORT: GapSort = { key: "distance", direction: "descending" };

/** A header pressed: the same column turns round, another starts in its first direction. */
export function nextGapSort(current: GapSort, key: GapSortKey): GapSort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}

/**
 * The gap list sorted by one column. `regionName` and `compareText` are the language's (region
 * names and collation); `lastYear` null ("never") counts as older than any year (0); a gap with no
 * nearest covered country is always listed last. Ties keep the order of `coverageGaps` (stable sort).
 */
export function sortGaps(
  gaps: readonly GapRow[],
  sort: GapSort,
  regionName: (gap: GapRow) => string,
  compareText: (a: string, b: string) => number,
): GapRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byKey = (a: GapRow, b: GapRow): number => {
    switch (sort.key) {
      case "country":
        return compareText(a.country.name, b.country.name);
      case "region":
        return compareText(regionName(a), regionName(b));
      case "last":
        return (a.lastYear ?? 0) - (b.lastYear ?? 0);
      case "distance":
        return (a.nearest?.km ?? 0) - (b.nearest?.km ?? 0);
    }
  };
  return [...gaps].sort((a, b) => {
    if (sort.key === "distance" && (a.nearest === null) !== (b.nearest === null))
      return a.nearest === null ? 1 : -1;
    return sign * byKey(a, b);
  });
}
