import type { Layer } from "@deck.gl/core";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import type { Category } from "../../core/data/schema";
import { ITU_REGIONS, type ItuRegion } from "../../core/geography/types";
import { fillsSignature } from "../../core/view/countryFills";
import type { AtlasViewModel } from "../../core/view/viewModel";

const regionIndex = (region: ItuRegion | null) => (region ? ITU_REGIONS.indexOf(region) : -1);

import {
  gapLineLayer,
  leaderLineLayer,
  leadersOf,
  partnerArcLayer,
  pointSymbolLayer,
  type ShownFilter,
  siteDotLayer,
} from "./layers/activityLayers";
import { smallCountryMarkerLayer } from "./layers/countryLayers";

/**
 * Every deck.gl layer of the map, bottom to top, from the view model. Pure. Country and region
 * fills are the base map's (see baseMapStyle.ts and countryFillStates); deck.gl draws on top.
 */
export function mapLayers(
  atlas: Atlas,
  model: Pick<
    AtlasViewModel,
    "categories" | "yearWindow" | "countryFills" | "gapLine" | "focusRegion"
  >,
  selectedCountry: string | null,
): Layer[] {
  const shows = (c: Category) => model.categories.includes(c);
  const w: ShownFilter = {
    yearWindow: model.yearWindow,
    regionIndexOf: (iso3) => regionIndex(atlas.countryByIso3.get(iso3)?.region ?? null),
    focusRegion: model.focusRegion ? regionIndex(model.focusRegion) : null,
  };
  const symbols = atlas.symbolsByCategory;
  return [
    smallCountryMarkerLayer(
      atlas,
      { fills: model.countryFills, signature: fillsSignature(model.countryFills) },
      selectedCountry,
    ),
    partnerArcLayer(atlas.partnerArcs, w, shows("partnership")),
    leaderLineLayer(leadersOf(atlas.leaders, model.categories), w),
    siteDotLayer(symbols.assistance, "assistance", w, shows("assistance")),
    siteDotLayer(symbols.partnership, "partnership", w, shows("partnership")),
    pointSymbolLayer(symbols.connectivity, "connectivity", w, shows("connectivity")),
    pointSymbolLayer(symbols.dtc, "dtc", w, shows("dtc")),
    pointSymbolLayer(symbols.cirt, "cirt", w, shows("cirt")),
    gapLineLayer(model.gapLine),
  ];
}
