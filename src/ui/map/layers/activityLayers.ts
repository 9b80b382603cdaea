import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { ArcLayer, IconLayer, LineLayer } from "@deck.gl/layers";
import type { ActivitySymbol, PartnerArc } from "../../../core/atlas/activityPlaces";
import { SYMBOL_SIZE_PX } from "../../../core/atlas/fanOut";
import type { Category } from "../../../core/data/schema";
import { FIRST_YEAR, LAST_YEAR } from "../../../core/time/years";
import type { YearWindow } from "../../../core/time/yearWindow";
import { CATEGORY_STYLE, symbolDataUrl } from "../../theme/categoryStyle";
import { hexToRgba } from "../../theme/colours";
import { GAP_HEX } from "../../theme/palette";
import { LAYER_IDS } from "../layerIds";
import { LeaderLineLayer } from "./LeaderLineLayer";

/**
 * What is shown is filtered on the GPU: each object carries [yearStart, yearEnd, region] and is
 * shown when yearStart <= window.to, yearEnd >= window.from and, when a region is chosen, its
 * country is in that region. Moving the slider or choosing a region changes only `filterRange`;
 * the layer's data and attributes are never rebuilt.
 */
export interface ShownFilter {
  yearWindow: YearWindow;
  /** Index of a country's region in ITU_REGIONS, -1 for none; fixed for the atlas. */
  regionIndexOf: (iso3: string) => number;
  /** Index of the chosen region, or null for the whole world. */
  focusRegion: number | null;
}

const shownFilter = new DataFilterExtension({ filterSize: 3 });
function filterRangeOf(f: ShownFilter): [number, number][] {
  return [
    [FIRST_YEAR, f.yearWindow.to],
    [f.yearWindow.from, LAST_YEAR],
    f.focusRegion === null ? [-1, 99] : [f.focusRegion, f.focusRegion],
  ];
}
function filterProps(f: ShownFilter) {
  return { extensions: [shownFilter], filterRange: filterRangeOf(f) };
}
const valuesOf =
  (f: ShownFilter) =>
  (item: ActivitySymbol): [number, number, number] => [
    item.activity.yearStart,
    item.activity.yearEnd,
    f.regionIndexOf(item.iso3),
  ];

/** CIRT, DTC or connectivity symbols: the category's shape; hollow when only the period is known; faded when planned. */
export function pointSymbolLayer(
  symbols: ActivitySymbol[],
  category: Exclude<Category, "assistance" | "partnership">,
  shown: ShownFilter,
  visible: boolean,
) {
  const style = CATEGORY_STYLE[category];
  const shape = style.shape as "diamond" | "square" | "triangle";
  const icons = {
    solid: {
      id: `${category}-solid`,
      url: symbolDataUrl(shape, false, style.hex),
      width: 32,
      height: 32,
    },
    hollow: {
      id: `${category}-hollow`,
      url: symbolDataUrl(shape, true, style.hex),
      width: 32,
      height: 32,
    },
  };
  return new IconLayer<ActivitySymbol, DataFilterExtensionProps<ActivitySymbol>>({
    id: LAYER_IDS.symbols(category),
    data: symbols,
    visible,
    pickable: true,
    getIcon: (s) => (s.activity.datePrecision === "period" ? icons.hollow : icons.solid),
    getPosition: (s) => s.position,
    getPixelOffset: (s) => s.offset,
    getSize: SYMBOL_SIZE_PX,
    sizeUnits: "pixels",
    getColor: (s) =>
      s.activity.status === "planned" ? [255, 255, 255, 140] : [255, 255, 255, 255],
    getFilterValue: valuesOf(shown),
    ...filterProps(shown),
  });
}

/** Small dots where an assistance or partnership record names a site (city, venue); fanned out like the symbols. */
export function siteDotLayer(
  dots: ActivitySymbol[],
  category: "assistance" | "partnership",
  shown: ShownFilter,
  visible: boolean,
) {
  const icon = {
    id: `${category}-dot`,
    url: symbolDataUrl("dot", false, CATEGORY_STYLE[category].hex),
    width: 32,
    height: 32,
  };
  return new IconLayer<ActivitySymbol, DataFilterExtensionProps<ActivitySymbol>>({
    id: LAYER_IDS.siteDots(category),
    data: dots,
    visible,
    pickable: true,
    getIcon: () => icon,
    getPosition: (d) => d.position,
    getPixelOffset: (d) => d.offset,
    getSize: 12,
    sizeUnits: "pixels",
    getFilterValue: valuesOf(shown),
    ...filterProps(shown),
  });
}

/**
 * Leader lines from the symbols that a ring puts outside their country (or around a small
 * country's marker) back to their point. Built once (atlas.leaders); the window and the region
 * only change the GPU filter, like the symbols', and the shown categories pick the data (leadersOf).
 */
export function leaderLineLayer(leaders: ActivitySymbol[], shown: ShownFilter) {
  return new LeaderLineLayer<ActivitySymbol, DataFilterExtensionProps<ActivitySymbol>>({
    id: LAYER_IDS.leaderLines,
    data: leaders,
    getSourcePosition: (s) => s.position,
    getTargetPosition: (s) => s.position,
    getTargetPixelOffset: (s) => s.offset,
    getColor: [20, 20, 20, 230],
    getWidth: 3,
    widthUnits: "pixels",
    getFilterValue: valuesOf(shown),
    ...filterProps(shown),
  });
}

/**
 * The leader lines of the shown categories: one array per set of categories, kept, so that
 * moving the slider never gives the layer new data (only toggling a category does).
 */
const leadersByCategories = new WeakMap<readonly ActivitySymbol[], Map<string, ActivitySymbol[]>>();
export function leadersOf(
  leaders: readonly ActivitySymbol[],
  categories: readonly Category[],
): ActivitySymbol[] {
  const cache = leadersByCategories.get(leaders) ?? new Map<string, ActivitySymbol[]>();
  leadersByCategories.set(leaders, cache);
  const key = categories.join(",");
  let shown = cache.get(key);
  if (!shown) {
    shown = leaders.filter((s) => categories.includes(s.activity.category));
    cache.set(key, shown);
  }
  return shown;
}

/** Partnership arcs from the partner government to the beneficiary country. */
export function partnerArcLayer(arcs: PartnerArc[], shown: ShownFilter, visible: boolean) {
  const colour = CATEGORY_STYLE.partnership.colour;
  return new ArcLayer<PartnerArc, DataFilterExtensionProps<PartnerArc>>({
    id: LAYER_IDS.partnerArcs,
    data: arcs,
    visible,
    pickable: true,
    getSourcePosition: (a) => a.from,
    getTargetPosition: (a) => a.to,
    getSourceColor: [colour[0], colour[1], colour[2], 120],
    getTargetColor: colour,
    getWidth: 2,
    widthUnits: "pixels",
    greatCircle: false,
    getHeight: 0.6,
    // An arc belongs to its beneficiary's region.
    getFilterValue: (a) => [
      a.activity.yearStart,
      a.activity.yearEnd,
      shown.regionIndexOf(a.beneficiary),
    ],
    ...filterProps(shown),
  });
}

/** Gaps view: a dashed-looking line from the hovered gap country to the nearest covered one. */
export function gapLineLayer(line: { from: [number, number]; to: [number, number] } | null) {
  return new LineLayer<{ from: [number, number]; to: [number, number] }>({
    id: LAYER_IDS.gapLine,
    data: line ? [line] : [],
    getSourcePosition: (l) => l.from,
    getTargetPosition: (l) => l.to,
    getColor: hexToRgba(GAP_HEX),
    getWidth: 3,
    widthUnits: "pixels",
  });
}
