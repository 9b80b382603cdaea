import type { Layer } from "@deck.gl/core";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { Category } from "../../core/data/schema";
import { ITU_REGIONS, type ItuRegion } from "../../core/geography/types";
import { fillsSignature } from "../../core/view/countryFills";
import type { AtlasViewModel } from "../../core/view/viewModel";

const regionIndex = (region: ItuRegion | null) => (region ? ITU_REGIONS.indexOf(region) : -1);

import type { BadgePainter } from "./layers/badgeAtlas";
import { type SymbolBadge, symbolBadgeLayer, symbolBadges } from "./layers/badgeLayer";
import { smallCountryMarkerLayers } from "./layers/countryLayers";
import type { PictureImage } from "./layers/pictureCanvas";
import {
  leaderLineLayer,
  leadersOf,
  pointSymbolLayer,
  type SymbolFilter,
  siteDotLayer,
} from "./layers/symbolLayers";

/** The badges of one window (counts), categories and region, kept while only other inputs change. */
const badgesCache = new WeakMap<Int32Array, { key: string; badges: SymbolBadge[] }>();
function badgesOf(atlas: Atlas, categories: readonly Category[], shown: SymbolFilter) {
  const key = `${categories.join(",")}|${shown.focusRegion}`;
  const kept = badgesCache.get(shown.counts);
  if (kept?.key === key) return kept.badges;
  const groups = categories.flatMap((c) => atlas.symbolsByCategory[c]);
  const badges = symbolBadges(groups, shown);
  badgesCache.set(shown.counts, { key, badges });
  return badges;
}

/**
 * A badge's number: Western digits, never grouped, so it stays short in every language; above 999,
 * "999+" (the exact number is in the symbol's tooltip and its country's panel). A badge is a
 * picture per number, so this also bounds the pictures to draw at any count of records.
 */
const badgeText = (count: number) => (count > 999 ? "999+" : String(count));

/** What of the view model the layers are made from. */
export type MapLayerModel = Pick<
  AtlasViewModel,
  "categories" | "yearWindow" | "countryFills" | "gapLine" | "focusRegion" | "symbolCounts"
>;

/**
 * The pictures of the icon layers: canvases the app draws (symbolPictures.ts, badgeAtlas.ts), blank
 * pixel arrays in the tests, so the layers themselves stay pure.
 */
export interface MapPictures {
  /** Every symbol, site dot and small-country disk. */
  symbols: PictureImage;
  /** The badges' numbers, for the numbers a window shows. */
  badges: BadgePainter;
}

/**
 * Every deck.gl layer of the map, bottom to top, from the view model. Pure, given pure `pictures`.
 * Country and region fills and the lines (partnership arcs, the gaps view's line) are the base
 * map's (baseMapStyle.ts, mapLines.ts); deck.gl draws on top, every layer with one icon program.
 */
export function mapLayers(
  atlas: Atlas,
  model: MapLayerModel,
  selectedCountry: string | null,
  pictures: MapPictures,
): Layer[] {
  const shows = (c: Category) => model.categories.includes(c);
  const symbols = atlas.symbolsByCategory;
  const s: SymbolFilter = {
    yearWindow: model.yearWindow,
    regionIndexOf: (iso3) => regionIndex(atlas.countryByIso3.get(iso3)?.region ?? null),
    focusRegion: model.focusRegion ? regionIndex(model.focusRegion) : null,
    counts: model.symbolCounts,
  };
  return [
    ...smallCountryMarkerLayers(
      atlas,
      { fills: model.countryFills, signature: fillsSignature(model.countryFills) },
      selectedCountry,
      pictures.symbols,
    ),
    leaderLineLayer(leadersOf(atlas.leaders, model.categories), s, pictures.symbols),
    siteDotLayer(symbols.assistance, "assistance", s, shows("assistance"), pictures.symbols),
    siteDotLayer(symbols.partnership, "partnership", s, shows("partnership"), pictures.symbols),
    pointSymbolLayer(
      symbols.connectivity,
      "connectivity",
      s,
      shows("connectivity"),
      pictures.symbols,
    ),
    pointSymbolLayer(symbols.dtc, "dtc", s, shows("dtc"), pictures.symbols),
    pointSymbolLayer(symbols.cirt, "cirt", s, shows("cirt"), pictures.symbols),
    symbolBadgeLayer(badgesOf(atlas, model.categories, s), badgeText, pictures.badges),
  ];
}

/**
 * The layers that draw something: shown, with data. deck.gl sets up every layer it is given, hidden
 * or empty, and setting one up compiles its shaders, the slowest step of the first view in software
 * WebGL; a layer left out is set up when it first has something to draw.
 */
export function drawnLayers(layers: Layer[]): Layer[] {
  return layers.filter(
    (layer) =>
      layer.props.visible && (!Array.isArray(layer.props.data) || layer.props.data.length > 0),
  );
}
