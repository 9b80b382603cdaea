import { ActivityCounts } from "../aggregation/activityCounts";
import type { AtlasData } from "../data/atlasData";
import { type Activity, CATEGORIES, type Category } from "../data/schema";
import { countryShapesOf } from "../geography/atlasTopology";
import { type Bounds, pointsBounds } from "../geography/regionBounds";
import {
  type Country,
  type CountryPlace,
  ITU_REGIONS,
  type ItuRegion,
  type LngLat,
} from "../geography/types";
import { type PartnerArc, partnerArcs } from "./activityPlaces";
import { SymbolCounts } from "./symbolCounts";
import { groupSymbols, type SymbolGroup } from "./symbolGroups";

/**
 * The atlas as the app uses it: the loaded data plus lookups and counts built once at start-up.
 * It holds no full shapes: the map draws vector tiles, and the features that need the shapes load
 * them (ui/loadShapes.ts).
 */
export interface Atlas {
  data: AtlasData;
  countryByIso3: Map<string, Country>;
  placeByIso3: Map<string, CountryPlace>;
  regionLabelPoints: Map<ItuRegion, LngLat>;
  counts: ActivityCounts;
  /**
   * Map symbols per category, one per place, category and style (symbolGroups.ts): CIRT, DTC and
   * connectivity records at their sites or countries; assistance and partnership records only
   * where they name a site (small dots). Built once, so layers keep the same data arrays and
   * moving the time slider never rebuilds them.
   */
  symbolsByCategory: Record<Category, SymbolGroup[]>;
  /** Each symbol's records in any year window, in O(symbols). */
  symbolCounts: SymbolCounts;
  /** Countries too small to click at world zoom (or without a shape): they get a dot. */
  markerPlaces: CountryPlace[];
  /** The symbols drawn with a leader line back to their point (see fanOut.ts), all categories. */
  leaders: SymbolGroup[];
  partnerArcs: PartnerArc[];
  /** Records with no country: the region they are reported under, or the whole world. */
  regionLevel: Activity[];
  global: Activity[];
  sourceTitle: Map<string, string>;
  /** Each region's box around its countries' points, for fitting the map (antimeridian-aware). */
  regionBounds: Map<ItuRegion, Bounds>;
}

export function prepareAtlas(data: AtlasData): Atlas {
  const countryByIso3 = new Map(data.countries.map((c) => [c.iso3, c]));
  const placeByIso3 = new Map(data.places.map((p) => [p.iso3, p]));
  const placeOf = (iso3: string) => placeByIso3.get(iso3);
  // Outlines made for the symbol rings only (simplified, big countries): see tools/symbolShapes.ts.
  const shapes = countryShapesOf(data.symbolTopology);
  const siteRecords = data.activities.filter(
    (a) => a.lngLat && (a.category === "assistance" || a.category === "partnership"),
  );
  const shapeByIso3 = new Map(shapes.map((s) => [s.properties.iso3, s]));
  const shapeOf = (iso3: string) => shapeByIso3.get(iso3);
  const points = groupSymbols(data.activities, ["cirt", "dtc", "connectivity"], placeOf, shapeOf);
  const dots = groupSymbols(
    siteRecords,
    ["assistance", "partnership"],
    placeOf,
    shapeOf,
    points.length,
  );
  const symbols = [...points, ...dots];
  const symbolsByCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, symbols.filter((s) => s.category === c)]),
  ) as Record<Category, SymbolGroup[]>;
  return {
    data,
    countryByIso3,
    placeByIso3,
    regionLabelPoints: new Map(data.regionLabels.map((r) => [r.region, r.point])),
    counts: new ActivityCounts(data.activities, data.countries),
    symbolsByCategory,
    symbolCounts: new SymbolCounts(symbols),
    markerPlaces: data.places.filter((p) => p.needsMarker),
    leaders: symbols.filter((s) => s.leader),
    partnerArcs: partnerArcs(data.activities, placeOf),
    regionLevel: data.activities.filter(
      (a) => a.countries.length === 0 && a.precision === "region",
    ),
    global: data.activities.filter((a) => a.countries.length === 0 && a.precision === "global"),
    sourceTitle: new Map(data.sources.map((s) => [s.id, s.title])),
    regionBounds: new Map(
      ITU_REGIONS.flatMap((region) => {
        const points = data.countries
          .filter((c) => c.region === region)
          .flatMap((c): LngLat[] => {
            const place = placeByIso3.get(c.iso3);
            return place ? [place.point] : [];
          });
        const bounds = pointsBounds(points);
        return bounds ? [[region, bounds] as const] : [];
      }),
    ),
  };
}
