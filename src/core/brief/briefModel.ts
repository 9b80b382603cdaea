import { categoryMask } from "../aggregation/activityCounts";
import type { Atlas } from "../atlas/prepareAtlas";
import { type Activity, CATEGORIES, type Category } from "../data/schema";
import type { Country, CountryShape, ItuRegion } from "../geography/types";
import { isActiveIn, type YearWindow } from "../time/yearWindow";
import {
  type CategoryCounts,
  type CountryPanelModel,
  countryPanelModel,
  type RegionPanelModel,
  regionCounts,
  regionPanelModel,
} from "../view/panels";
import { type LocatorMap, locatorMap } from "./locatorSvg";

/**
 * What a printed brief holds, for a country or an ITU-D region: the panel's own model (so the
 * brief and the panel count the same records), plus the locator map, its symbols and the titles of
 * the documents the brief quotes.
 */
export type BriefModel = CountryBrief | RegionBrief;

/** The categories drawn as symbols on the locator map, as on the atlas's map. */
export const POINT_CATEGORIES = ["cirt", "dtc", "connectivity"] as const satisfies Category[];
type PointCategory = (typeof POINT_CATEGORIES)[number];

/** A CIRT, DTC or connectivity symbol on the locator map, in its view-box units. */
export interface BriefSymbol {
  id: string;
  category: PointCategory;
  x: number;
  y: number;
  /** The document gives only its reporting period (hollow, as on the map). */
  hollow: boolean;
}

export interface BriefSource {
  id: string;
  title: string;
}

export interface CountryBrief {
  kind: "country";
  panel: CountryPanelModel;
  locator: LocatorMap;
  symbols: BriefSymbol[];
  /** The documents of every record the brief lists, in sources.csv order. */
  sources: BriefSource[];
}

export interface RegionBrief {
  kind: "region";
  panel: RegionPanelModel;
  /** Per category, those of the panel's counts known only by a reporting period. */
  periodCounts: CategoryCounts;
  /** The region's countries, most records first (the panel's order), each with its counts. */
  rows: { country: Country; total: number; counts: CategoryCounts }[];
  /** Records reported for the region as a whole (no country named). */
  regionWide: Activity[];
  sources: BriefSource[];
}

/** Symbols that share a point sit on a small ring around it (view-box units). */
const RING_RADIUS = 9;

export function countryBrief(
  atlas: Atlas,
  /** The full shapes (country and other land) the locator map is drawn from: see ui/loadShapes.ts. */
  shapes: readonly CountryShape[],
  iso3: string,
  yearWindow: YearWindow,
  categories: Category[],
): CountryBrief | null {
  const panel = countryPanelModel(atlas, iso3, yearWindow, categories);
  const place = atlas.placeByIso3.get(iso3);
  if (!panel || !place) return null;
  const locator = locatorMap(place, shapes);
  const listed = new Set(panel.lists.direct.map((a) => a.id));
  const placed = POINT_CATEGORIES.filter((c) => categories.includes(c)).flatMap((category) =>
    atlas.symbolsByCategory[category]
      .filter((s) => s.iso3 === iso3 && s.records.some((r) => listed.has(r.id)))
      .map((s) => ({ s, category, at: locator.project(s.position) })),
  );
  // Fan out symbols at the same point, so each one is seen.
  const byPoint = new Map<string, typeof placed>();
  for (const p of placed) {
    const key = p.at.join(",");
    byPoint.set(key, [...(byPoint.get(key) ?? []), p]);
  }
  const symbols = [...byPoint.values()].flatMap((group) =>
    group.map(({ s, category, at: [x, y] }, i): BriefSymbol => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const r = group.length > 1 ? RING_RADIUS : 0;
      return {
        id: s.records.find((r) => listed.has(r.id))?.id ?? "",
        category,
        x: Math.round((x + r * Math.cos(angle)) * 10) / 10,
        y: Math.round((y + r * Math.sin(angle)) * 10) / 10,
        hollow: s.hollow,
      };
    }),
  );
  const { direct, regionWide, partnershipsFunded } = panel.lists;
  return {
    kind: "country",
    panel,
    locator,
    symbols,
    sources: sourcesOf(atlas, [...direct, ...regionWide, ...partnershipsFunded]),
  };
}

export function regionBrief(
  atlas: Atlas,
  region: ItuRegion,
  yearWindow: YearWindow,
  categories: Category[],
): RegionBrief {
  const panel = regionPanelModel(atlas, region, yearWindow, categories);
  const countsOf = (iso3: string) =>
    Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        categories.includes(c) ? atlas.counts.country(iso3, categoryMask([c]), yearWindow) : 0,
      ]),
    ) as CategoryCounts;
  const shown = (a: Activity) => categories.includes(a.category) && isActiveIn(a, yearWindow);
  const regionWide = atlas.regionLevel
    .filter((a) => a.region === region && shown(a))
    .sort((a, b) => b.yearStart - a.yearStart || a.title.localeCompare(b.title));
  const inRegion = (a: Activity) =>
    a.region === region || a.countries.some((c) => atlas.countryByIso3.get(c)?.region === region);
  return {
    kind: "region",
    panel,
    periodCounts: regionCounts(atlas, region, yearWindow, categories, "period"),
    rows: panel.ranked.map(({ country, count }) => ({
      country,
      total: count,
      counts: countsOf(country.iso3),
    })),
    regionWide,
    sources: sourcesOf(
      atlas,
      atlas.data.activities.filter((a) => shown(a) && inRegion(a)),
    ),
  };
}

/** The documents of some records, each once, in the order of sources.csv. */
function sourcesOf(atlas: Atlas, records: readonly Activity[]): BriefSource[] {
  const used = new Set(records.map((a) => a.source));
  return atlas.data.sources
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, title: s.title }));
}
