import { DataFilterExtension, type DataFilterExtensionProps } from "@deck.gl/extensions";
import { IconLayer } from "@deck.gl/layers";
import { SYMBOL_SIZE_PX } from "../../../core/atlas/fanOut";
import type { SymbolGroup } from "../../../core/atlas/symbolGroups";
import type { Category } from "../../../core/data/schema";
import type { YearWindow } from "../../../core/time/yearWindow";
import { LAYER_IDS } from "../layerIds";
import { iconAttributes } from "./iconAttributes";
import { leaderAngle, leaderPicture } from "./leaderPictures";
import type { PictureImage } from "./pictureCanvas";
import { symbolPictureProps } from "./symbolPictures";

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
  pictures: PictureImage,
) {
  const solid = `${category}-solid`;
  const hollow = `${category}-hollow`;
  return new IconLayer<SymbolGroup, DataFilterExtensionProps<SymbolGroup>>({
    id: LAYER_IDS.symbols(category),
    data: groups,
    visible,
    pickable: true,
    ...symbolPictureProps(pictures),
    getIcon: (g) => (g.hollow ? hollow : solid),
    getPosition: (g) => g.position,
    ...iconAttributes<SymbolGroup>({
      size: SYMBOL_SIZE_PX,
      colour: (g) => (g.faded ? [255, 255, 255, 140] : [255, 255, 255, 255]),
      pixelOffset: (g) => g.offset,
    }),
    sizeUnits: "pixels",
    ...filterProps(shown),
  });
}

/** Small dots where an assistance or partnership record names a site (city, venue); fanned out like the symbols. */
export function siteDotLayer(
  groups: SymbolGroup[],
  category: "assistance" | "partnership",
  shown: SymbolFilter,
  visible: boolean,
  pictures: PictureImage,
) {
  const dot = `${category}-dot`;
  return new IconLayer<SymbolGroup, DataFilterExtensionProps<SymbolGroup>>({
    id: LAYER_IDS.siteDots(category),
    data: groups,
    visible,
    pickable: true,
    ...symbolPictureProps(pictures),
    getIcon: () => dot,
    getPosition: (g) => g.position,
    ...iconAttributes<SymbolGroup>({ size: SITE_DOT_SIZE_PX, pixelOffset: (g) => g.offset }),
    sizeUnits: "pixels",
    ...filterProps(shown),
  });
}
export const SITE_DOT_SIZE_PX = 12;

/**
 * Leader lines from the symbols that a ring puts outside their country (or around a small
 * country's marker) back to their point. Built once (atlas.leaders); the window and the region
 * only change the filter, like the symbols', and the shown categories pick the data (leadersOf).
 * Each line is a picture of a stroke turned towards its symbol (leaderPictures.ts): an icon layer
 * with the symbols' filter, so deck.gl draws it with the symbols' program.
 */
export function leaderLineLayer(
  leaders: SymbolGroup[],
  shown: SymbolFilter,
  pictures: PictureImage,
) {
  return new IconLayer<SymbolGroup, DataFilterExtensionProps<SymbolGroup>>({
    id: LAYER_IDS.leaderLines,
    data: leaders,
    ...symbolPictureProps(pictures),
    getIcon: (g) => leaderPicture(Math.hypot(...g.offset)).name,
    ...iconAttributes<SymbolGroup>({
      size: (g) => leaderPicture(Math.hypot(...g.offset)).size,
      angle: (g) => leaderAngle(g.offset),
    }),
    getPosition: (g) => g.position,
    sizeUnits: "pixels",
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
