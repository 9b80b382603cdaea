import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { IconLayer } from "@deck.gl/layers";
import { SYMBOL_SIZE_PX } from "../../../core/atlas/fanOut";
import type { SymbolGroup } from "../../../core/atlas/symbolGroups";
import type { Category } from "../../../core/data/schema";
import type { YearWindow } from "../../../core/time/yearWindow";
import { CATEGORY_STYLE, symbolDataUrl } from "../../theme/categoryStyle";
import { LAYER_IDS } from "../layerIds";
import { LeaderLineLayer } from "./LeaderLineLayer";

/**
 * What is shown of the symbols. Each symbol (SymbolGroup) stands for the records of one category
 * and style at one place; `counts` holds, per group, its records active in the window. A symbol is
 * drawn when its count is above 0 and, when a region is chosen, its country is in it: a GPU filter
 * on [count, region]. A slider step gives new counts (O(groups)), so the layers recompute one small
 * attribute (updateTriggers) and the badges; the icons' data never changes.
 */
export interface SymbolFilter {
  yearWindow: YearWindow;
  /** Per group (SymbolGroup.index): records in the window. */
  counts: Int32Array;
  /** Index of a country's region in ITU_REGIONS, -1 for none; fixed for the atlas. */
  regionIndexOf: (iso3: string) => number;
  /** Index of the chosen region, or null for the whole world. */
  focusRegion: number | null;
}

const shownFilter = new DataFilterExtension({ filterSize: 2 });

/**
 * The symbols' GPU filter set to let everything through. Other icon layers (badges, small-country
 * markers) carry it so that their shaders are the symbols' own: deck.gl compiles one program for
 * all of them, and compiling is the slowest step of the first view in software WebGL.
 */
export const ALWAYS_SHOWN = {
  extensions: [shownFilter],
  getFilterValue: (): [number, number] => [1, 0],
  filterRange: [
    [1, 2 ** 30],
    [-1, 99],
  ] as [number, number][],
};
function filterProps(f: SymbolFilter) {
  const windowKey = `${f.yearWindow.from}-${f.yearWindow.to}`;
  return {
    extensions: [shownFilter],
    getFilterValue: (g: SymbolGroup): [number, number] => [
      f.counts[g.index] ?? 0,
      f.regionIndexOf(g.iso3),
    ],
    filterRange: [
      [1, 2 ** 30],
      f.focusRegion === null ? [-1, 99] : [f.focusRegion, f.focusRegion],
    ] as [number, number][],
    updateTriggers: { getFilterValue: windowKey },
  };
}

/** CIRT, DTC or connectivity symbols: the category's shape; hollow when only the period is known; faded when planned. */
export function pointSymbolLayer(
  groups: SymbolGroup[],
  category: Exclude<Category, "assistance" | "partnership">,
  shown: SymbolFilter,
  visible: boolean,
) {
  const style = CATEGORY_STYLE[category];
  const shape = style.shape as "diamond" | "square" | "triangle";
  const icon = (hollow: boolean) => ({
    id: `${category}-${hollow ? "hollow" : "solid"}`,
    url: symbolDataUrl(shape, hollow, style.hex),
    width: 32,
    height: 32,
  });
  const icons = { solid: icon(false), hollow: icon(true) };
  return new IconLayer<SymbolGroup, DataFilterExtensionProps<SymbolGroup>>({
    id: LAYER_IDS.symbols(category),
    data: groups,
    visible,
    pickable: true,
    getIcon: (g) => (g.hollow ? icons.hollow : icons.solid),
    getPosition: (g) => g.position,
    getPixelOffset: (g) => g.offset,
    getSize: SYMBOL_SIZE_PX,
    sizeUnits: "pixels",
    getColor: (g) => (g.faded ? [255, 255, 255, 140] : [255, 255, 255, 255]),
    ...filterProps(shown),
  });
}

/** Small dots where an assistance or partnership record names a site (city, venue); fanned out like the symbols. */
export function siteDotLayer(
  groups: SymbolGroup[],
  category: "assistance" | "partnership",
  shown: SymbolFilter,
  visible: boolean,
) {
  const icon = {
    id: `${category}-dot`,
    url: symbolDataUrl("dot", false, CATEGORY_STYLE[category].hex),
    width: 32,
    height: 32,
  };
  return new IconLayer<SymbolGroup, DataFilterExtensionProps<SymbolGroup>>({
    id: LAYER_IDS.siteDots(category),
    data: groups,
    visible,
    pickable: true,
    getIcon: () => icon,
    getPosition: (g) => g.position,
    getPixelOffset: (g) => g.offset,
    getSize: SITE_DOT_SIZE_PX,
    sizeUnits: "pixels",
    ...filterProps(shown),
  });
}
const SITE_DOT_SIZE_PX = 12;

/**
 * Leader lines from the symbols that a ring puts outside their country (or around a small
 * country's marker) back to their point. Built once (atlas.leaders); the window and the region
 * only change the filter, like the symbols', and the shown categories pick the data (leadersOf).
 */
export function leaderLineLayer(leaders: SymbolGroup[], shown: SymbolFilter) {
  return new LeaderLineLayer<SymbolGroup, DataFilterExtensionProps<SymbolGroup>>({
    id: LAYER_IDS.leaderLines,
    data: leaders,
    getSourcePosition: (g) => g.position,
    getTargetPosition: (g) => g.position,
    getTargetPixelOffset: (g) => g.offset,
    getColor: [20, 20, 20, 230],
    getWidth: 3,
    widthUnits: "pixels",
    ...filterProps(shown),
  });
}

/**
 * The leader lines of the shown categories: one array per set of categories, kept, so that
 * moving the slider never gives the layer new data (only toggling a category does).
 */
const leadersByCategories = new WeakMap<readonly SymbolGroup[], Map<string, SymbolGroup[]>>();
export function leadersOf(
  leaders: readonly SymbolGroup[],
  categories: readonly Category[],
): SymbolGroup[] {
  const cache = leadersByCategories.get(leaders) ?? new Map<string, SymbolGroup[]>();
  leadersByCategories.set(leaders, cache);
  const key = categories.join(",");
  let shown = cache.get(key);
  if (!shown) {
    shown = leaders.filter((g) => categories.includes(g.category));
    cache.set(key, shown);
  }
  return shown;
}

/** A count badge: the symbol it belongs to and its number. */
export interface SymbolBadge {
  group: SymbolGroup;
  count: number;
}

/** Above this many records in the window, a symbol carries a badge with their number. */
export const BADGE_ABOVE = 1;

/**
 * The badges of the shown symbols with more than BADGE_ABOVE records in the window (and in the
 * chosen region): a new small array per window, O(groups).
 */
export function symbolBadges(groups: readonly SymbolGroup[], shown: SymbolFilter): SymbolBadge[] {
  const badges: SymbolBadge[] = [];
  for (const group of groups) {
    const count = shown.counts[group.index] ?? 0;
    if (count <= BADGE_ABOVE) continue;
    if (shown.focusRegion !== null && shown.regionIndexOf(group.iso3) !== shown.focusRegion)
      continue;
    badges.push({ group, count });
  }
  return badges;
}

/**
 * A badge's picture: white digits on a dark rounded box with a white edge, drawn at twice its size
 * on screen so it stays sharp on high-density screens. Digits only (Western in every language, as
 * the atlas's counts), ungrouped to stay short; the box grows with the number of digits.
 */
export function badgeIcon(text: string) {
  const height = 2 * BADGE_HEIGHT_PX;
  const width = Math.round(2 * (BADGE_DIGIT_PX * text.length + 8));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="${height / 2 - 1}" ` +
    `fill="#212121" fill-opacity="0.9" stroke="#fff" stroke-width="2"/>` +
    `<text x="${width / 2}" y="${height / 2}" dy="0.35em" text-anchor="middle" fill="#fff" ` +
    `font-family="system-ui, sans-serif" font-weight="700" font-size="20">${text}</text></svg>`;
  return {
    id: `badge-${text}`,
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    width,
    height,
  };
}
const BADGE_HEIGHT_PX = 14;
const BADGE_DIGIT_PX = 6.2;

/**
 * The count badges, at the top right of their symbol (a dot's badge closer, a dot being smaller).
 * An icon layer with the symbols' filter, like theirs: deck.gl then draws the badges with the
 * symbols' shader program, and the first view compiles one program fewer than with text (two
 * fewer: text and its background). The badges of a window are already filtered; the GPU filter
 * keeps every one.
 */
export function symbolBadgeLayer(badges: SymbolBadge[], format: (count: number) => string) {
  return new IconLayer<SymbolBadge, DataFilterExtensionProps<SymbolBadge>>({
    id: LAYER_IDS.symbolBadges,
    data: badges,
    getIcon: (b) => badgeIcon(format(b.count)),
    getPosition: (b) => b.group.position,
    getPixelOffset: (b) => {
      const corner = (isDot(b.group) ? SITE_DOT_SIZE_PX : SYMBOL_SIZE_PX) / 2 - 1;
      return [b.group.offset[0] + corner, b.group.offset[1] - corner];
    },
    getSize: BADGE_HEIGHT_PX,
    sizeUnits: "pixels",
    ...ALWAYS_SHOWN,
  });
}
const isDot = (g: SymbolGroup) => g.category === "assistance" || g.category === "partnership";
